"use client";
// The contact page's next pipeline move: write the invitation, mark it as accepted (on the day they did), or write
// the thank-you. A move is confirmed by a toast and refreshes the page; a refused one says why, in the dialog.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CheckCheck, HeartHandshake, Send } from "lucide-react";
import type { Stage } from "@/lib/generated/prisma/enums";
import { moveContactAction } from "@/lib/pipeline/actions";
import { MarkAcceptedDialog } from "@/components/pipeline/mark-accepted-dialog";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

type Props = { contactId: string; stage: Stage; firstName: string; name: string; today: string };

export function StageActions({ contactId, stage, firstName, name, today }: Props) {
  const router = useRouter();

  async function markAccepted(day: string) {
    const result = await moveContactAction(contactId, "CONNECTED", day);
    if (!result.ok) return result.message;
    toast({ title: "Marked as accepted", description: `Now thank ${firstName || "them"} while it is fresh.` });
    router.refresh();
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {(stage === "PERSONALIZE" || stage === "READY") && (
          <Button asChild>
            <Link href={`/contacts/${contactId}/invite`}>
              <Send aria-hidden="true" />
              Write invitation
            </Link>
          </Button>
        )}
        {stage === "SENT" && (
          <MarkAcceptedDialog
            name={name}
            today={today}
            onAccept={markAccepted}
            trigger={
              <Button type="button">
                <CheckCheck aria-hidden="true" />
                Mark as accepted
              </Button>
            }
          />
        )}
        {stage === "CONNECTED" && (
          <Button asChild>
            <Link href={`/contacts/${contactId}/thank`}>
              <HeartHandshake aria-hidden="true" />
              Write thank-you
            </Link>
          </Button>
        )}
      </div>
    </div>
  );
}
