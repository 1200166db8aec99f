"use client";
// Styled multi-line text input that matches Input; grows with content where the browser supports it.
// A textarea that arrives with text (an edit form, a saved draft) is read-only until the page has hydrated: React's
// hydration puts the server's text back into the field, which would silently replace anything typed before it.
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { inputClasses } from "./input";
import { useHydrated } from "./use-hydrated";

export function Textarea({ className, rows = 4, readOnly, ...props }: ComponentProps<"textarea">) {
  const hydrated = useHydrated();
  const startsWithText = Boolean(props.value ?? props.defaultValue);
  return (
    <textarea
      rows={rows}
      readOnly={readOnly || (!hydrated && startsWithText)}
      className={cn(inputClasses, "field-sizing-content min-h-24 py-2 leading-relaxed", className)}
      {...props}
    />
  );
}
