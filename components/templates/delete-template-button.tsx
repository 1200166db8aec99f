"use client";
// "Delete" behind a confirmation, with "Undo" in the toast: the template is written again from what was deleted.
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import { deleteTemplateAction, restoreTemplateAction } from "@/lib/templates/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

type Props = {
  templateId: string;
  name: string;
  /** Where to go once it is deleted; stays on the page when left out. */
  redirectTo?: string;
  size?: "sm" | "default";
};

export function DeleteTemplateButton({ templateId, name, redirectTo, size = "default" }: Props) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size={size} className="text-destructive">
          <Trash2 aria-hidden="true" />
          Delete<span className="sr-only"> {name}</span>
        </Button>
      }
      title={`Delete ${name}?`}
      description="Messages you already wrote with it stay as they are."
      cancelLabel="Keep template"
      confirmLabel="Delete template"
      onConfirm={async () => {
        const result = await deleteTemplateAction(templateId);
        if (!result.ok) return result.message;
        const deleted = result.values;
        toast({
          title: `${name} was deleted.`,
          action: deleted
            ? {
                label: "Undo",
                onClick: async () => {
                  const restored = await restoreTemplateAction(deleted).catch(() => null);
                  if (restored?.ok) {
                    toast({ title: `${name} is back.` });
                    router.refresh();
                  } else {
                    toast({ title: restored?.message ?? "Could not reach Rapport. Try again.", variant: "destructive" });
                  }
                },
              }
            : undefined,
        });
        if (redirectTo) router.replace(redirectTo);
        else router.refresh();
      }}
    />
  );
}
