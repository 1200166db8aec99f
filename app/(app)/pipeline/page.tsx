// The pipeline board: everyone in the network by step — personalize, send with context, thank and follow up.
import type { Metadata } from "next";
import Link from "next/link";
import { UserRoundPlus } from "lucide-react";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/dates/clock";
import { getContactsSummary } from "@/lib/contacts/queries";
import { listEventOptions } from "@/lib/events/queries";
import { listBoard } from "@/lib/pipeline/queries";
import { parseBoardFilters } from "@/lib/pipeline/board";
import { BoardFilters } from "@/components/pipeline/board-filters";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Pipeline" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PipelinePage({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseBoardFilters(await searchParams);
  const [board, { total, tags }, events] = await Promise.all([listBoard(user.id, filters), getContactsSummary(user.id), listEventOptions(user.id)]);
  const filtered = Boolean(filters.tag || filters.event);

  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Pipeline</h1>
        <p className="text-sm text-muted-foreground">Personalize, send with context, then thank and follow up: nobody falls through.</p>
      </div>
      {total === 0 ? (
        <EmptyState
          icon={<UserRoundPlus aria-hidden="true" />}
          title="Your board is empty"
          description="Met someone? Capture them in ten seconds."
          action={
            <Button asChild>
              <Link href="/capture">Capture someone</Link>
            </Button>
          }
        />
      ) : (
        <>
          <BoardFilters filters={filters} tags={tags} events={events} />
          {filtered && board.cards.length === 0 && <p className="text-sm text-muted-foreground">Nobody matches these filters.</p>}
          <PipelineBoard board={board} filters={filters} now={await now()} timeZone={user.timezone} />
        </>
      )}
    </div>
  );
}
