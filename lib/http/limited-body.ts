// A request body read with a hard limit on its bytes. Content-Length is only a claim (and a chunked upload has
// none), so the limit counts what actually arrives, and stops reading the moment it is passed: a client that sends
// gigabytes costs at most the limit in memory.

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = "BodyTooLargeError";
  }
}

/** The body's bytes as they arrive, failing with BodyTooLargeError (and cancelling the upload) past `limit` bytes. */
export function limitedBody(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > limit) {
        controller.error(new BodyTooLargeError(limit));
        // Stop the upload rather than drain it: the rest is never read.
        reader.cancel(new BodyTooLargeError(limit)).catch(() => {});
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/**
 * The request's multipart or urlencoded form, read through limitedBody: rejects with BodyTooLargeError past
 * `limit` bytes, and with a TypeError when the body is not a form.
 */
export async function readLimitedFormData(request: Request, limit: number): Promise<FormData> {
  if (!request.body) throw new TypeError("The request has no body.");
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(limitedBody(request.body, limit), { headers: { "content-type": contentType } }).formData();
}
