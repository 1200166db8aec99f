// The last section of a composer: its title, "Copy message" and "Open LinkedIn profile" (the message is sent on
// LinkedIn, not by Rapport), then the composer's own fields, main action and notes.
import type { ReactNode } from "react";
import { Copy, ExternalLink } from "lucide-react";
import { Button } from "@/components/ui/button";

type Props = {
  title: string;
  message: string;
  linkedinUrl: string | null;
  onCopy: () => Promise<void>;
  /** Shown above the buttons. */
  fields?: ReactNode;
  /** The main button, last in the row. */
  action: ReactNode;
  /** Notes under the buttons. */
  children?: ReactNode;
};

export function SendSection({ title, message, linkedinUrl, onCopy, fields, action, children }: Props) {
  return (
    <section aria-labelledby="send-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4">
      <h2 id="send-heading" className="text-sm font-semibold">
        {title}
      </h2>
      {fields}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button type="button" variant="outline" onClick={() => void onCopy()} disabled={!message.trim()}>
          <Copy aria-hidden="true" />
          Copy message
        </Button>
        {linkedinUrl && (
          <Button asChild variant="outline">
            <a href={linkedinUrl} target="_blank" rel="noopener noreferrer">
              <ExternalLink aria-hidden="true" />
              Open LinkedIn profile
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          </Button>
        )}
        {action}
      </div>
      {children}
    </section>
  );
}
