// The coach's verdict on an invitation template's preview: a score with words, and the checklist that turns green.
import { CircleCheck, CircleDashed, CircleX } from "lucide-react";
import { checklist, noteLength, scoreLabel, type Assessment } from "@/lib/invitations/assess";
import { cn } from "@/components/ui/cn";

type Props = { assessment: Assessment; text: string; noteLimit: 200 | 300 };

const METER = { Default: "bg-destructive", "Needs context": "bg-warning", Personal: "bg-success" } as const;

export function TemplateCoach({ assessment, text, noteLimit }: Props) {
  const label = scoreLabel(assessment.score);
  const length = noteLength(text);
  const messages = new Map(assessment.findings.map((finding) => [finding.code, finding.message]));
  return (
    <div className="grid gap-3">
      <div className="grid gap-1.5">
        <div className="flex items-baseline justify-between gap-3 text-sm">
          <p>
            <span className="font-semibold">{label}</span>
            <span className="text-muted-foreground"> · score {assessment.score} of 100</span>
          </p>
          <p className={cn("tabular-nums", length > noteLimit ? "font-medium text-destructive" : "text-muted-foreground")}>
            {length} / {noteLimit}
            <span className="sr-only"> characters</span>
          </p>
        </div>
        <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-muted">
          <div className={cn("h-full rounded-full transition-all", METER[label])} style={{ width: `${Math.max(assessment.score, 3)}%` }} />
        </div>
      </div>
      <ul className="grid gap-1.5 text-sm" aria-label="Checklist">
        {checklist(assessment).map((item) => (
          <li key={item.code} className="flex items-start gap-2">
            {item.state === "passed" ? (
              <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />
            ) : item.state === "failed" ? (
              <CircleX aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
            ) : (
              <CircleDashed aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            )}
            <span className="min-w-0">
              <span className="sr-only">{item.state === "passed" ? "Done: " : item.state === "failed" ? "To fix: " : "Not yet: "}</span>
              {item.label}
              {item.state === "failed" && messages.get(item.code) && (
                <span className="block text-muted-foreground">{messages.get(item.code)}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
