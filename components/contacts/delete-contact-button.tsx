"use client";
// "Delete contact" behind a confirmation: deleting cannot be undone.
import { useRouter } from "next/navigation";
import { deleteContactAction } from "@/lib/contacts/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

export function DeleteContactButton({ contactId, name }: { contactId: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" className="text-destructive">
          Delete contact
        </Button>
      }
      title={`Delete ${name}?`}
      description={`Everything Rapport knows about ${name} will be deleted. This cannot be undone.`}
      cancelLabel="Keep contact"
      confirmLabel="Delete contact"
      onConfirm={async () => {
        const result = await deleteContactAction(contactId);
        if (!result.ok) return result.message;
        toast({ title: `${name} was deleted.` });
        router.replace("/contacts");
      }}
    />
  );
}
