// Friendly placeholder for an empty list: optional icon, heading, explanation and call to action.
import type { ReactNode } from "react";
import { cn } from "./cn";

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Usually a Button (or `<Button asChild><Link/></Button>`). */
  action?: ReactNode;
  /** A decorative icon element, e.g. `<Users />`. */
  icon?: ReactNode;
  className?: string;
}

export function EmptyState({ title, description, action, icon, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center gap-3 rounded-xl border border-dashed px-4 py-10 text-center sm:py-14", className)}>
      {icon && (
        <div aria-hidden="true" className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6">
          {icon}
        </div>
      )}
      <div className="grid max-w-sm gap-1">
        <h2 className="text-base font-semibold text-foreground">{title}</h2>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {action && <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div>}
    </div>
  );
}
