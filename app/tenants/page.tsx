import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CreateTenantForm } from "@/components/tenants/create-tenant-form";
import { requireActor } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listTenants } from "@/lib/services/tenants";
import { findCountry } from "@/lib/domain/countries";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import type { SkuPartNumber } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Tenants" };

const CHANNEL_LABELS: Record<string, string> = { direct: "Direct", godaddy: "GoDaddy", partner: "Partner (Action Pack)" };

export default async function TenantsPage() {
  const actor = await requireActor();
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
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">Name</th>
                    <th scope="col" className="py-2 pr-4">Plan</th>
                    <th scope="col" className="py-2 pr-4">Channel</th>
                    <th scope="col" className="py-2 pr-4">Country</th>
                    <th scope="col" className="py-2">Your role</th>
                  </tr>
                </thead>
                <tbody>
                  {tenants.map((t) => (
                    <tr key={t.id} className="border-b border-neutral-100 last:border-0">
                      <td className="py-2 pr-4">
                        <Link href={`/tenants/${t.id}`} className="font-medium text-brand-700 hover:underline">
                          {t.name}
                        </Link>
                      </td>
                      <td className="py-2 pr-4">{t.plan ? SKU_CATALOG[t.plan as SkuPartNumber]?.name ?? t.plan : <span className="text-neutral-500">No plan yet</span>}</td>
                      <td className="py-2 pr-4">{CHANNEL_LABELS[t.channel] ?? t.channel}</td>
                      <td className="py-2 pr-4">{findCountry(t.country)?.name ?? t.country}</td>
                      <td className="py-2">{ROLE_LABELS[t.role]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title="Create a tenant">
          <CreateTenantForm />
        </Card>
      </div>
    </ConsoleShell>
  );
}
