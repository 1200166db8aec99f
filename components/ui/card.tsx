// Card surface with header/title/description/content/footer slots.
import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("rounded-xl border bg-card text-card-foreground shadow-xs", className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("grid gap-1 p-4 sm:p-5", className)} {...props} />;
}

interface CardTitleProps extends ComponentProps<"h3"> {
  /** Render the child element instead, e.g. `<CardTitle asChild><h2>…</h2></CardTitle>` to fix the heading level. */
  asChild?: boolean;
}

export function CardTitle({ className, asChild = false, ...props }: CardTitleProps) {
  const Comp = asChild ? Slot.Root : "h3";
  return <Comp className={cn("text-base leading-snug font-semibold", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-4 pb-4 sm:px-5 sm:pb-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-wrap items-center gap-2 px-4 pb-4 sm:px-5 sm:pb-5", className)} {...props} />;
}
