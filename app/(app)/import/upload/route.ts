// POST /import/upload: the file as the request body (its name in X-File-Name). Streams the body into PostgreSQL
// (lib/imports/uploads.ts, where it waits for the confirm on any instance), reads it,
// and answers NDJSON lines — {"type":"progress","rows":N} while reading, then {"type":"preview",…} or
// {"type":"refused","message":…} — so the page can show rows read on a 10,000-row export. An upload refused before
// it is read (too large, cut short, too many at once, no room left) is one such line with its own status: 413, 400,
// 429 or 507. A route handler rather than an action: actions buffer their body (1 MB by default) and cannot answer
// with a stream.
import { getCurrentUser } from "@/lib/auth/session";
import { isSameOrigin, NOT_SAME_ORIGIN_MESSAGE } from "@/lib/http/same-origin";
import { isImportRefusal } from "@/lib/imports/refusal";
import { previewUpload } from "@/lib/imports/mutations";
import { DEFAULT_THANK_WINDOW_DAYS, MAX_IMPORT_BYTES, MAX_IMPORT_MB, type ImportOptions } from "@/lib/imports/schema";
import { cleanFileName, saveUpload, UploadRefusal } from "@/lib/imports/uploads";

export const dynamic = "force-dynamic";

function json(status: number, body: unknown): Response {
  return Response.json(body, { status });
}

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return json(401, { type: "refused", message: "Sign in again to import." });
  if (!isSameOrigin(request)) return json(403, { type: "refused", message: NOT_SAME_ORIGIN_MESSAGE });
  const fileName = cleanFileName(decodeURIComponent(request.headers.get("x-file-name") ?? ""));
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > MAX_IMPORT_BYTES) return json(413, { type: "refused", message: `${fileName} is larger than ${MAX_IMPORT_MB} MB, the most Rapport imports at once.` });
  if (!request.body) return json(400, { type: "refused", message: `${fileName} is empty.` });
  const body = request.body;
  const days = Number(new URL(request.url).searchParams.get("thankWindowDays") ?? DEFAULT_THANK_WINDOW_DAYS);
  const options: ImportOptions = { thankWindowDays: Number.isInteger(days) && days >= 0 && days <= 3650 ? days : DEFAULT_THANK_WINDOW_DAYS, skipInvalid: false };

  let token: string;
  try {
    ({ token } = await saveUpload(user.id, fileName, body, Number.isFinite(declared) ? declared : undefined));
  } catch (error) {
    if (error instanceof UploadRefusal) return json(error.status, { type: "refused", message: error.message });
    console.error("import upload failed", error);
    return json(500, { type: "refused", message: "Rapport could not keep this file. Try again." });
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ type: "progress", rows: 0 });
        const outcome = await previewUpload(user, token, options, (rows) => send({ type: "progress", rows }));
        if (outcome.ok) send({ type: "preview", preview: outcome.preview, mappingProblem: outcome.mappingProblem });
        else send({ type: "refused", message: outcome.message });
      } catch (error) {
        if (isImportRefusal(error)) send({ type: "refused", message: error.message });
        else {
          console.error("import upload failed", error);
          send({ type: "refused", message: "Rapport could not read this file. Try again, or export it again." });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
