"use client";
// "Restore a backup": sends the chosen JSON file to the restore route and shows what was restored, or
// why nothing was. A route rather than a server action, as server actions refuse bodies over 1 MB.
import { useActionState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";

type RestoreState = { ok: boolean; message?: string };

const UNREACHABLE = "Rapport could not be reached: check your connection and try again. Nothing was changed.";

async function restore(_previous: RestoreState, formData: FormData): Promise<RestoreState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.name === "") return { ok: false, message: "Choose a backup file to restore." };
  let response: Response;
  try {
    response = await fetch("/export/restore", { method: "POST", body: formData });
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
  const result = (await response.json().catch(() => null)) as RestoreState | null;
  if (!result || typeof result.message !== "string") {
    return { ok: false, message: `Rapport could not restore this backup (error ${response.status}). Nothing was changed.` };
  }
  return { ok: result.ok === true, message: result.message };
}

export function RestoreForm() {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (previous: RestoreState, formData: FormData) => {
    const next = await restore(previous, formData);
    if (next.ok) {
      toast({ title: "Backup restored" });
      // The page's counts (and every list) now include the restored rows.
      router.refresh();
    }
    return next;
  }, { ok: false });

  return (
    <form action={formAction} className="grid gap-4">
      <Field label="Backup file" description="The JSON file “Full backup (JSON)” downloaded.">
        <Input type="file" name="file" accept=".json,application/json" className="py-2" />
      </Field>
      {state.message &&
        (state.ok ? (
          <p role="status" className="rounded-md border border-accent/40 bg-accent/5 px-4 py-3 text-sm">
            {state.message}{" "}
            <Link href="/contacts" className="font-medium text-accent underline underline-offset-4">
              See your contacts
            </Link>
          </p>
        ) : (
          <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm">
            {state.message}
          </p>
        ))}
      <div>
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          {pending ? "Restoring…" : "Restore"}
        </Button>
      </div>
    </form>
  );
}
