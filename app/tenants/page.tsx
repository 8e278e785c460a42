import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CreateTenantForm } from "@/components/tenants/create-tenant-form";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CHANNEL_OPTIONS, optionLabel } from "@/components/tenants/options";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { listTenants } from "@/lib/services/tenants";
import { findCountry } from "@/lib/domain/countries";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import type { SkuPartNumber } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Tenants" };

const PREFILL = ["plan", "country", "channel", "commitment", "orgType", "cloud", "seats"];

/** Query parameters that prefill the create form (links from the eligibility matrix and what-if pages). */
function prefillFrom(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    if (typeof v === "string" && (PREFILL.includes(k) || k.startsWith("policy."))) out[k] = v;
  }
  return out;
}

export default async function TenantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const initial = prefillFrom(await searchParams);
  const tenants = await listTenants(actor);
  return (
    <ConsoleShell actor={actor} tenants={tenants.map((t) => ({ id: t.id, name: t.name, role: t.role }))}>
      <PageHeader
        title="Sandbox tenants"
        description="Each tenant is a practice organization with its own plan, users and Communications Credits. Open one to work in it, or create a new one."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card title={`Your tenants (${tenants.length})`}>
          {tenants.length === 0 ? (
            <EmptyState title="No tenants yet">Create your first sandbox tenant with the form on this page.</EmptyState>
          ) : (
            <Table
              caption="Your sandbox tenants"
              head={
                <>
                  <Th>Name</Th>
                  <Th>Plan</Th>
                  <Th>Channel</Th>
                  <Th>Country</Th>
                  <Th>Your role</Th>
                </>
              }
            >
              {tenants.map((t) => (
                <Tr key={t.id}>
                  <Td>
                    <Link href={`/tenants/${t.id}`} className="font-medium text-brand-700 hover:underline">
                      {t.name}
                    </Link>
                  </Td>
                  <Td>
                    {t.plan ? (
                      (SKU_CATALOG[t.plan as SkuPartNumber]?.name ?? t.plan)
                    ) : (
                      <span className="text-neutral-500">No plan yet</span>
                    )}
                  </Td>
                  <Td>{optionLabel(CHANNEL_OPTIONS, t.channel)}</Td>
                  <Td>{findCountry(t.country)?.name ?? t.country}</Td>
                  <Td>{ROLE_LABELS[t.role]}</Td>
                </Tr>
              ))}
            </Table>
          )}
        </Card>
        <div id="create-tenant">
          <Card title="Create a tenant">
            <CreateTenantForm initial={initial} />
          </Card>
        </div>
      </div>
    </ConsoleShell>
  );
}
