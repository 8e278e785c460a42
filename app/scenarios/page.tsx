import type { Metadata } from "next";
import Link from "next/link";
import { ComposeScenarioForm, type SourceOption } from "@/components/classes/compose-scenario-form";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { startScenarioAction } from "@/lib/actions/classes";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/roles";
import { listScenarios } from "@/lib/services/scenarios";
import { instanceRoleOf } from "@/lib/services/signins";
import { listSnapshots } from "@/lib/services/snapshots";
import { getTenantAccess, listTenants } from "@/lib/services/tenants";

export const metadata: Metadata = { title: "Scenario library" };

/** The tenants and save points a trainer may publish from (issue 12 "Scenario library"). */
async function sourcesOf(actor: Awaited<ReturnType<typeof requireActor>>): Promise<SourceOption[]> {
  const tenants = (await listTenants(actor)).filter((t) => can(t.role, "tenant:reset"));
  const out: SourceOption[] = [];
  for (const t of tenants) {
    out.push({ value: `tenant:${t.id}`, label: `${t.name} (as it is now)` });
    const points = await listSnapshots(await getTenantAccess(actor, t.id));
    for (const p of points) out.push({ value: `snap:${t.id}:${p.id}`, label: `${t.name} · save point "${p.name}"` });
  }
  return out;
}

export default async function ScenarioLibraryPage() {
  const actor = await requireActor("/scenarios");
  const [scenarios, role] = await Promise.all([listScenarios(actor), instanceRoleOf(actor)]);
  const composes = role !== "member";
  const builtIn = scenarios.filter((s) => s.builtIn);
  const own = scenarios.filter((s) => !s.builtIn);
  const list = (items: typeof scenarios, title: string, empty: string) => (
    <Card title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <p className="text-sm text-neutral-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-neutral-200">
          {items.map((s) => (
            <li key={s.id} className="py-3" data-testid={`scenario-${s.id}`}>
              <div className="flex items-start justify-between gap-4">
                <div>
                  <h3 className="font-semibold">{s.title}</h3>
                  <p className="text-sm text-neutral-700">{s.description}</p>
                  <ul className="mt-1 list-disc pl-5 text-xs text-neutral-600">
                    {s.goals.map((g) => (
                      <li key={g.id}>{g.text}</li>
                    ))}
                  </ul>
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1">
                  <form action={startScenarioAction}>
                    <input type="hidden" name="scenarioId" value={s.id} />
                    <Button type="submit" variant="secondary" aria-label={`Start ${s.title}`}>
                      Start
                    </Button>
                  </form>
                  {composes && (
                    <Link href={`/classes?scenarioId=${encodeURIComponent(s.id)}`} className="text-xs text-brand-700 hover:underline">
                      Run as a class
                    </Link>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
  return (
    <>
      <PageHeader
        title="Scenario library"
        description="A scenario is a starting tenant plus goals. Start one and you get a fresh tenant of your own in that state, with its goals shown on every page."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_30rem]">
        <div className="space-y-6">
          {list(own, "This sandbox's scenarios", composes ? "None yet: publish one with the form." : "None of yours yet.")}
          {list(builtIn, "Built-in scenarios", "")}
        </div>
        {composes ? (
          <Card title="Publish a scenario">
            <ComposeScenarioForm sources={await sourcesOf(actor)} />
          </Card>
        ) : (
          <Card title="Publish a scenario">
            <p className="text-sm text-neutral-600">Trainers and owners publish scenarios. Yours is a member sign-in.</p>
          </Card>
        )}
      </div>
    </>
  );
}
