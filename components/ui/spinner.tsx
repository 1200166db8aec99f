// Small spinning loader; decorative unless given a `label`, which makes it a polite status message.
import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

interface SpinnerProps {
  className?: string;
  /** Announced to screen readers (e.g. "Loading contacts"). Omit when the spinner is decorative. */
  label?: string;
}

export function Spinner({ className, label }: SpinnerProps) {
  const icon = <LoaderCircle aria-hidden="true" className={cn("size-4 shrink-0 animate-spin", className)} />;
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
