// Styled single-line text input; 44px tall, 16px text on phones (no iOS zoom), red border when aria-invalid.
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const inputClasses =
  "w-full min-w-0 rounded-md border border-input bg-card px-3 text-base text-foreground shadow-xs transition-colors placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive sm:text-sm";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(inputClasses, "h-11 file:mr-3 file:border-0 file:bg-transparent file:font-medium file:text-foreground", className)} {...props} />;
}
