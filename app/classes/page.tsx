import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/classes/class-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listClasses } from "@/lib/services/classes";
import { listScenarios } from "@/lib/services/scenarios";
import { instanceRoleOf } from "@/lib/services/signins";

export const metadata: Metadata = { title: "Classes" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ scenarioId?: string }> }) {
  const actor = await requireActor("/classes");
  const role = await instanceRoleOf(actor);
  if (role === "member") {
    return (
      <>
        <PageHeader title="Classes" />
        <Card>
          <EmptyState title="Only trainers and owners run classes">
            Your sign-in is a member. Your trainer's class copy is in your tenant list, under the class's name.
          </EmptyState>
        </Card>
      </>
    );
  }
  const [classes, scenarios, sp] = await Promise.all([listClasses(actor), listScenarios(actor), searchParams]);
  const titles = new Map(scenarios.map((s) => [s.id, s.title]));
  return (
    <>
      <PageHeader
        title="Classes"
        description="Give every trainee a copy of the same starting tenant, then watch their goals on one board."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_26rem]">
        <Card title={`Your classes (${classes.length})`}>
          {classes.length === 0 ? (
            <EmptyState title="No classes yet">Create one with the form: pick a scenario and paste your trainees' emails.</EmptyState>
          ) : (
            <Table
              caption="Your classes"
              head={
                <>
                  <Th>Name</Th>
                  <Th>Scenario</Th>
                  <Th>Trainees</Th>
                  <Th>Created</Th>
                  <Th>Status</Th>
                </>
              }
            >
              {classes.map((c) => (
                <Tr key={c.id}>
                  <Td>
                    <Link href={`/classes/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                  </Td>
                  <Td>{titles.get(c.scenarioId) ?? c.scenarioId}</Td>
                  <Td>{c.seats.length}</Td>
                  <Td>{dateFmt.format(new Date(c.createdAt))}</Td>
                  <Td>{c.endedAt ? (c.keptCopies ? "Ended, copies kept" : "Ended, copies deleted") : "Running"}</Td>
                </Tr>
              ))}
            </Table>
          )}
        </Card>
        <Card title="Create a class">
          <CreateClassForm scenarios={scenarios.map((s) => ({ id: s.id, title: s.title }))} scenarioId={sp.scenarioId} />
        </Card>
      </div>
    </>
  );
}
