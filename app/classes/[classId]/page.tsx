import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndClassForm } from "@/components/classes/class-forms";
import { ProgressBoard } from "@/components/classes/progress-board";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/domain/errors";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { classProgress, getClass } from "@/lib/services/classes";
import { listScenarios } from "@/lib/services/scenarios";

export const metadata: Metadata = { title: "Progress board" };

export default async function ClassBoardPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const actor = await requireActor(`/classes/${classId}`);
  let cls: Awaited<ReturnType<typeof getClass>>;
  try {
    cls = await getClass(actor, classId);
  } catch (err) {
    if (err instanceof AppError && err.body.code === "NOT_FOUND") notFound();
    throw err;
  }
  const [progress, scenarios] = await Promise.all([classProgress(actor, classId), listScenarios(actor)]);
  const scenario = scenarios.find((s) => s.id === cls.scenarioId);
  const ended = cls.endedAt !== null;
  return (
    <>
      <PageHeader
        title={`${cls.name}: progress board`}
        description={
          <>
            Scenario: {scenario?.title ?? cls.scenarioId}. You are {ROLE_LABELS[cls.trainerRole]} in every copy.
            {ended &&
              (cls.keptCopies ? " The class has ended; the copies are read-only." : " The class has ended; the copies are deleted.")}
          </>
        }
        actions={
          <a href={`/api/v1/classes/${cls.id}/progress?format=csv`} download className={buttonClass("secondary")}>
            Export CSV
          </a>
        }
      />
      <div className="space-y-6">
        <Card title="Trainees and goals">
          <ProgressBoard classId={cls.id} initial={progress} ended={ended} />
        </Card>
        {!ended && (
          <Card title="End the class">
            <EndClassForm classId={cls.id} />
          </Card>
        )}
        <Link href="/classes" className="text-sm text-brand-700 hover:underline">
          All classes
        </Link>
      </div>
    </>
  );
}
