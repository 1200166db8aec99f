// Native <select> styled like Input, with a CSS-drawn chevron; native is the best picker on phones.
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { inputClasses } from "./input";

export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cn(
        inputClasses,
        "h-11 cursor-pointer appearance-none pr-9",
        "bg-[linear-gradient(45deg,transparent_50%,var(--color-muted-foreground)_50%),linear-gradient(135deg,var(--color-muted-foreground)_50%,transparent_50%)] bg-size-[0.3125rem_0.3125rem] bg-position-[calc(100%-1.125rem)_50%,calc(100%-0.8125rem)_50%] bg-no-repeat",
        className,
      )}
      {...props}
    />
  );
}
