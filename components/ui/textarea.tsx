// Styled multi-line text input that matches Input; grows with content where the browser supports it.
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { inputClasses } from "./input";

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(inputClasses, "field-sizing-content min-h-24 py-2 leading-relaxed", className)} {...props} />;
}
