// The coach's verdict on the message as typed: a score meter with its words and a checklist that turns green.
// The invitation's checklist by default; the thank-you composer passes its own findings and checklist. Before the
// first keystroke an empty message is shown neutrally: "0/100 Default" in red would scold the user for not having
// started.
import { Check, CircleAlert, Circle, TriangleAlert } from "lucide-react";
import { checklist, scoreLabel, type Assessment, type ChecklistItem } from "@/lib/invitations/assess";
import { cn } from "@/components/ui/cn";

/** Any coach's verdict: findings and checklist lines share their codes. */
type CoachVerdict = { score: number; findings: { code: string; severity: "error" | "warning"; message: string }[] };
type CoachLine = { code: string; label: string; state: ChecklistItem["state"] };
type Props = ({ assessment: Assessment; items?: undefined } | { assessment: CoachVerdict; items: CoachLine[] }) & {
  /** False until the user first changes the message; an empty message is then not scored yet. */
  started?: boolean;
};

export function CoachPanel(props: Props) {
  const { assessment } = props;
  const checked: CoachLine[] = props.items === undefined ? checklist(props.assessment) : props.items;
  const waiting = props.started === false && assessment.findings.some((finding) => finding.code === "EMPTY");
  const items = waiting ? checked.map((item) => ({ ...item, state: "pending" as const })) : checked;
  const messages = new Map(assessment.findings.map((finding) => [finding.code, finding]));
  const passed = items.filter((item) => item.state === "passed").length;
  const started = items.some((item) => item.state !== "pending");
  const label = scoreLabel(assessment.score);
  const summary = !started
    ? "Start writing: the checks update as you type."
    : passed === items.length
      ? `All ${items.length} checks pass.`
      : `${passed} of ${items.length} checks pass.`;

  return (
    <section aria-labelledby="coach-heading" className="grid gap-4 rounded-lg border border-border bg-card p-4">
      <div className="grid gap-2">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="coach-heading" className="text-sm font-semibold">
            <label htmlFor="coach-score">Coach score</label>
          </h2>
          {waiting ? (
            <p className="text-sm text-muted-foreground">Not scored yet</p>
          ) : (
            <p className="text-sm">
              <span className="font-semibold tabular-nums">{assessment.score}/100</span>{" "}
              <span className={cn("font-medium", label === "Personal" ? "text-success" : label === "Default" ? "text-destructive" : "text-warning")}>
                {label}
              </span>
            </p>
          )}
        </div>
        <meter
          id="coach-score"
          min={0}
          max={100}
          low={21}
          high={80}
          optimum={100}
          value={assessment.score}
          aria-valuetext={waiting ? "Not scored yet" : `${assessment.score} out of 100: ${label}`}
          className="h-2.5 w-full"
        />
      </div>
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {summary}
      </p>
      <ul className="grid gap-2" aria-label="Checklist">
        {items.map((item) => {
          const finding = messages.get(item.code);
          return (
            <li key={item.code} className="flex items-start gap-2 text-sm" data-state={item.state}>
              {item.state === "passed" ? (
                <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />
              ) : item.state === "pending" ? (
                <Circle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
              ) : finding?.severity === "error" ? (
                <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
              ) : (
                <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" />
              )}
              <span className="min-w-0">
                <span className={cn(item.state === "passed" && "text-success", item.state === "pending" && "text-muted-foreground")}>
                  {item.label}
                  <span className="sr-only">{item.state === "passed" ? ": done" : item.state === "pending" ? "" : ": not yet"}</span>
                </span>
                {item.state === "failed" && finding && <span className="block text-muted-foreground">{finding.message}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
