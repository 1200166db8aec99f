"use client";
// The app's navigation: one link per area that exists, the current one marked for screen readers too.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/**
 * `phone: false` leaves an item out of the bar on narrow screens; the account menu has it there.
 * `count` is a number worth acting on (thank-yous owed), shown beside the label and read out with it.
 */
export type NavItem = { href: string; label: string; phone?: boolean; count?: number; countLabel?: string };

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex gap-0.5 overflow-x-auto sm:gap-1">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "inline-flex min-h-11 shrink-0 items-center rounded-md px-2 text-sm sm:px-3 font-medium text-muted-foreground hover:bg-muted hover:text-foreground",
              current && "bg-muted text-foreground",
              item.phone === false && "hidden sm:inline-flex",
            )}
          >
            {item.label}
            {item.count ? (
              <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold text-accent-foreground">
                {item.count}
                <span className="sr-only"> {item.countLabel}</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
