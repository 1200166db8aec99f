// The signed-in app's shell: header with navigation and the account menu.
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { MainNav, type NavItem } from "@/components/shell/main-nav";
import { AccountMenu } from "@/components/shell/account-menu";
import { countThankYousOwed } from "@/lib/today/queries";
import { countNewInvitations } from "@/lib/inbox/queries";

function navItems(thankYousOwed: number, newInvitations: number): NavItem[] {
  return [
    { href: "/today", label: "Today", count: thankYousOwed, countLabel: thankYousOwed === 1 ? "thank-you owed" : "thank-yous owed" },
    { href: "/inbox", label: "Inbox", count: newInvitations, countLabel: newInvitations === 1 ? "new invitation" : "new invitations" },
    { href: "/contacts", label: "Contacts" },
    { href: "/pipeline", label: "Pipeline", phone: false },
    { href: "/events", label: "Events", phone: false },
    { href: "/capture", label: "Capture" },
    { href: "/templates", label: "Templates", phone: false },
    { href: "/insights", label: "Insights", phone: false },
    { href: "/settings", label: "Settings", phone: false },
  ];
}

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [thankYousOwed, newInvitations] = await Promise.all([countThankYousOwed(user.id), countNewInvitations(user.id)]);
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-border bg-background/95 backdrop-blur">
        <div className="mx-auto flex h-14 w-full max-w-5xl items-center gap-3 px-4">
          <Link href="/today" className="hidden shrink-0 text-sm font-semibold tracking-wide text-accent uppercase sm:block">
            Rapport
          </Link>
          <div className="min-w-0 flex-1">
            <MainNav items={navItems(thankYousOwed, newInvitations)} />
          </div>
          <AccountMenu name={user.name} email={user.email} />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
