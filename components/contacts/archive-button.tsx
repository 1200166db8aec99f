"use client";
// Archive (or bring back) a contact; archiving can be undone from the toast.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Archive, ArchiveRestore } from "lucide-react";
import { setContactArchivedAction } from "@/lib/contacts/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

export function ArchiveButton({ contactId, name, archived }: { contactId: string; name: string; archived: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function set(archive: boolean, then?: () => void) {
    startTransition(async () => {
      try {
        const result = await setContactArchivedAction(contactId, archive);
        if (!result.ok) {
          toast({ title: result.message ?? "Could not change this contact.", variant: "destructive" });
          return;
        }
        then?.();
        router.refresh();
      } catch {
        toast({ title: "Could not reach Rapport. Try again.", variant: "destructive" });
      }
    });
  }

  if (archived) {
    return (
      <Button variant="outline" pending={pending} onClick={() => set(false, () => toast({ title: `${name} is back in your contacts.` }))}>
        <ArchiveRestore aria-hidden="true" />
        Unarchive
      </Button>
    );
  }
  return (
    <Button
      variant="outline"
      pending={pending}
      onClick={() =>
        set(true, () =>
          toast({ title: `${name} was archived.`, action: { label: "Undo", onClick: () => set(false) } }),
        )
      }
    >
      <Archive aria-hidden="true" />
      Archive
    </Button>
  );
}
