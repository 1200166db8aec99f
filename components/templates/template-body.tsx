// A template's text with its placeholders highlighted: known ones in the accent colour, unknown ones as errors.
import { splitPlaceholders } from "@/lib/templates/fill";
import { cn } from "@/components/ui/cn";

export function TemplateBody({ body, className }: { body: string; className?: string }) {
  return (
    <p className={cn("break-words whitespace-pre-wrap", className)}>
      {splitPlaceholders(body).map((part, index) =>
        part.placeholder ? (
          <span
            key={index}
            className={cn(
              "rounded px-1 font-mono text-[0.9em]",
              part.known ? "bg-accent/10 text-accent" : "bg-destructive/10 text-destructive",
            )}
          >
            {part.text}
            {!part.known && <span className="sr-only"> (unknown placeholder)</span>}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
