// The end of a form: "Cancel" back to where the user came from, and the submit button (last, and
// first on a phone, under the thumb).
import Link from "next/link";
import { Button } from "./button";

export function FormActions({ cancelHref, submitLabel, pending }: { cancelHref: string; submitLabel: string; pending: boolean }) {
  return (
    <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
      <Button asChild variant="outline">
        <Link href={cancelHref}>Cancel</Link>
      </Button>
      <Button type="submit" pending={pending}>
        {submitLabel}
      </Button>
    </div>
  );
}
