import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CreateTenantForm } from "@/components/tenants/create-tenant-form";
import { ImportTenantForm } from "@/components/snapshots/import-tenant-form";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CHANNEL_OPTIONS, optionLabel } from "@/components/tenants/options";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { groupedTenants } from "@/lib/services/classes";
import { listTenants } from "@/lib/services/tenants";
import type { TenantSummary } from "@/lib/validation/responses";
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
  const sp = await searchParams;
  const initial = prefillFrom(sp);
  const query = typeof sp.q === "string" ? sp.q : "";
  const showAll = sp.all === "1";
  const tenants = await listTenants(actor);
  const { groups, hidden } = await groupedTenants(actor, { query, showAll }, tenants);
  const shell = query || showAll ? (await groupedTenants(actor, {}, tenants)).groups : groups;
  const shown = groups.reduce((n, g) => n + g.tenants.length, 0);
  const table = (caption: string, rows: TenantSummary[]) => (
    <Table
      caption={caption}
      head={
        <>
          <Th>Name</Th>
          <Th>Plan</Th>
          <Th>Channel</Th>
          <Th>Country</Th>
          <Th>Your role</Th>
          <Th>
            <span className="sr-only">Export</span>
          </Th>
        </>
      }
    >
      {rows.map((t) => (
        <Tr key={t.id}>
          <Td>
            <Link href={`/tenants/${t.id}`} className="font-medium text-brand-700 hover:underline">
              {t.name}
            </Link>
          </Td>
          <Td>{t.plan ? (SKU_CATALOG[t.plan as SkuPartNumber]?.name ?? t.plan) : <span className="text-neutral-500">No plan yet</span>}</Td>
          <Td>{optionLabel(CHANNEL_OPTIONS, t.channel)}</Td>
          <Td>{findCountry(t.country)?.name ?? t.country}</Td>
          <Td>{ROLE_LABELS[t.role]}</Td>
          <Td>
            <a href={`/api/v1/tenants/${t.id}/export?download=1`} download className="text-brand-700 hover:underline">
              Export
            </a>
          </Td>
        </Tr>
      ))}
    </Table>
  );
  return (
    <ConsoleShell
      actor={actor}
      tenants={shell.flatMap((g) => g.tenants.map((t) => ({ id: t.id, name: t.name, role: t.role, group: g.label })))}
    >
      <PageHeader
        title="Sandbox tenants"
        description="Each tenant is a practice organization with its own plan, users and Communications Credits. Open one to work in it, or create a new one."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card title={`Your tenants (${shown}${shown === tenants.length ? "" : ` of ${tenants.length}`})`}>
          <form role="search" className="mb-4 flex flex-wrap items-end gap-2" action="/tenants">
            <div>
              <label htmlFor="tenant-search" className="block text-sm font-medium text-neutral-800">
                Search tenants
              </label>
              <input
                id="tenant-search"
                name="q"
                type="search"
                defaultValue={query}
                className="mt-1 rounded border border-neutral-300 px-3 py-1.5 text-sm"
              />
            </div>
            {showAll && <input type="hidden" name="all" value="1" />}
            <button type="submit" className="rounded border border-neutral-300 px-3 py-1.5 text-sm hover:bg-neutral-100">
              Search
            </button>
            {hidden > 0 && (
              <Link
                href={`/tenants?all=1${query ? `&q=${encodeURIComponent(query)}` : ""}`}
                className="text-sm text-brand-700 hover:underline"
              >
                Show {hidden} copies of ended classes
              </Link>
            )}
            {showAll && (
              <Link href="/tenants" className="text-sm text-brand-700 hover:underline">
                Hide ended classes' copies
              </Link>
            )}
          </form>
          {tenants.length === 0 ? (
            <EmptyState title="No tenants yet">
              Create your first sandbox tenant with the form on this page, or start one from the scenario library.
            </EmptyState>
          ) : shown === 0 ? (
            <EmptyState title="No tenant matches">Try another search.</EmptyState>
          ) : (
            <div className="space-y-6">
              {groups.map((g) => (
                <section key={g.key} aria-labelledby={`group-${g.key}`} data-testid={`tenant-group-${g.key}`}>
                  <h3 id={`group-${g.key}`} className="mb-2 text-sm font-semibold text-neutral-800">
                    {g.label} ({g.tenants.length})
                  </h3>
                  {table(`${g.label}: tenants`, g.tenants)}
                </section>
              ))}
            </div>
          )}
        </Card>
        <div id="create-tenant" className="space-y-6">
          <Card title="Create a tenant">
            <CreateTenantForm initial={initial} />
          </Card>
          <Card title="Import a tenant">
            <ImportTenantForm />
          </Card>
        </div>
      </div>
    </ConsoleShell>
  );
}
