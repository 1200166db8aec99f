"use client";
// The signed-in person's menu: who is signed in, their settings, and "Sign out".
import { signOut } from "next-auth/react";
import Link from "next/link";
import { CalendarDays, ChartColumn, Download, FileText, KanbanSquare, LogOut, Settings, Upload, type LucideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

// `phoneOnly`: the board, events and insights have no room in the phone's bar, so they are here on narrow screens only.
const MENU_LINKS: { href: string; label: string; Icon: LucideIcon; phoneOnly?: boolean }[] = [
  { href: "/pipeline", label: "Pipeline", Icon: KanbanSquare, phoneOnly: true },
  { href: "/events", label: "Events", Icon: CalendarDays, phoneOnly: true },
  { href: "/insights", label: "Insights", Icon: ChartColumn, phoneOnly: true },
  { href: "/import", label: "Import", Icon: Upload },
  { href: "/export", label: "Export", Icon: Download },
  { href: "/templates", label: "Templates", Icon: FileText },
  { href: "/settings", label: "Settings", Icon: Settings },
];

export function AccountMenu({ name, email }: { name: string; email: string }) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full">
          <span className="sr-only">Account: {name}</span>
          <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-foreground">
            {initials || "?"}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>
          <span className="block font-medium">{name}</span>
          <span className="block text-xs font-normal text-muted-foreground">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {MENU_LINKS.map(({ href, label, Icon, phoneOnly }) => (
          <DropdownMenuItem key={href} asChild className={phoneOnly ? "sm:hidden" : undefined}>
            <Link href={href}>
              <Icon aria-hidden="true" />
              {label}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/login" })}>
          <LogOut aria-hidden="true" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
