"use client";
// The contact page's next pipeline move: write the invitation, mark it as accepted, or write the thank-you.
// A move is confirmed by a toast and refreshes the page; a refused one says why, beside the button.
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CheckCheck, HeartHandshake, Send } from "lucide-react";
import type { Stage } from "@/lib/generated/prisma/enums";
import { moveContactAction } from "@/lib/pipeline/actions";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

type Props = { contactId: string; stage: Stage; firstName: string };

export function StageActions({ contactId, stage, firstName }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<string | null>(null);

  function markAccepted() {
    setRefusal(null);
    startTransition(async () => {
      try {
        const result = await moveContactAction(contactId, "CONNECTED");
        if (!result.ok) {
          setRefusal(result.message);
          return;
        }
        toast({ title: "Marked as accepted", description: `Now thank ${firstName || "them"} while it is fresh.` });
        router.refresh();
      } catch {
        setRefusal("Could not reach Rapport. Check your connection and try again.");
      }
    });
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
          <Button type="button" onClick={markAccepted} pending={pending}>
            {!pending && <CheckCheck aria-hidden="true" />}
            Mark as accepted
          </Button>
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
      {refusal && (
        <p role="alert" className="text-sm text-destructive">
          {refusal}
        </p>
      )}
    </div>
  );
}
