import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { PolicyBadge } from "@/components/tenants/policy-flags";
import { ActivityControls, type ActivityQuery, EventList } from "@/components/tenants/event-list";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getTenantState } from "@/lib/services/tenants";
import { pageEvents } from "@/lib/services/audit";
import { isActivityCategory } from "@/lib/domain/audit-actions";
import { findCountry } from "@/lib/domain/countries";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import { formatUsdAmount } from "@/lib/domain/money";
import type { SkuPartNumber } from "@/lib/domain/types";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { FeaturePanel } from "@/components/tenants/feature-panel";
import { decideFeatureMatrix } from "@/lib/domain/features";
import { CHANNEL_OPTIONS, ORG_TYPE_OPTIONS, optionLabel } from "@/components/tenants/options";
import type { Cloud, OrgType } from "@/lib/domain/types";

const ACTIVITY_PAGE_SIZE = 20;

export default async function TenantHome({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ activity?: string; outcome?: string; page?: string }>;
}) {
  const { tenantId } = await params;
  const sp = await searchParams;
  const access = await requireTenantPage(tenantId);
  const category = isActivityCategory(sp.activity) ? sp.activity : undefined;
  const outcome = sp.outcome === "success" || sp.outcome === "denied" ? sp.outcome : undefined;
  const requestedPage = /^\d{1,6}$/.test(sp.page ?? "") ? Number(sp.page) : 1;
  const [tenant, activity] = await Promise.all([
    getTenantState(access),
    pageEvents(access, { page: requestedPage, pageSize: ACTIVITY_PAGE_SIZE, category, outcome }),
  ]);
  const query: ActivityQuery = { category, outcome, page: activity.page };
  const planName = tenant.plan ? (SKU_CATALOG[tenant.plan as SkuPartNumber]?.name ?? tenant.plan) : "No plan yet";
  const facts: [string, string][] = [
    ["Base plan", planName],
    ["Country or region", findCountry(tenant.country)?.name ?? tenant.country],
    ["Commitment", tenant.commitment === "monthly" ? "Monthly" : "Annual"],
    ["Purchase channel", optionLabel(CHANNEL_OPTIONS, tenant.channel)],
    ["Organization type", optionLabel(ORG_TYPE_OPTIONS, tenant.orgType)],
    ["Cloud", tenant.cloud === "21vianet" ? "Operated by 21Vianet" : "Worldwide"],
    ["Your role", ROLE_LABELS[tenant.role]],
  ];
  return (
    <>
      <PageHeader title={tenant.name} description="Home of this sandbox tenant: what it has, and everything that has happened in it." />
      <PolicyBadge tenantId={tenantId} policy={tenant.policy} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Tenant at a glance">
          <dl className="grid grid-cols-[10rem_1fr] gap-y-2 text-sm">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-neutral-600">{k}</dt>
                <dd className="font-medium">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card
          title="Products"
          actions={
            <Link href={`/tenants/${tenantId}/billing/subscriptions`} className="text-sm text-brand-700 hover:underline">
              Subscriptions
            </Link>
          }
        >
          {tenant.subscriptions.length === 0 ? (
            <p className="text-sm text-neutral-600">This tenant hasn&apos;t bought a plan yet.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {tenant.subscriptions.map((s) => (
                <li key={s.id} className="flex justify-between gap-4">
                  <span>
                    {SKU_CATALOG[s.sku as SkuPartNumber]?.name ?? s.sku}
                    {!s.commercial && <span className="ml-1 text-xs text-neutral-500">(Action Pack)</span>}
                  </span>
                  <span className="text-neutral-600">
                    {s.sku === "MCOPSTNC"
                      ? `${formatUsdAmount(tenant.credits.balance)} prepaid balance`
                      : `${s.assigned} of ${s.quantity} assigned`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title="What each organization type can have in this cloud" className="mt-6">
        <FeaturePanel
          orgType={tenant.orgType as OrgType}
          cloud={tenant.cloud as Cloud}
          columns={decideFeatureMatrix(tenant.cloud as Cloud)}
        />
      </Card>
      <Card title="Activity" className="mt-6">
        <div id="activity" className="scroll-mt-4">
          <p className="mb-3 text-xs text-neutral-600">
            Newest first. Times are the tenant&apos;s sandbox clock, the one the credits ledger uses.
          </p>
          <ActivityControls
            base={`/tenants/${tenantId}`}
            query={query}
            total={activity.total}
            pageSize={activity.pageSize}
            position="top"
          />
          <EventList events={activity.events} tenantId={tenantId} />
          {activity.total > activity.pageSize && (
            <ActivityControls
              base={`/tenants/${tenantId}`}
              query={query}
              total={activity.total}
              pageSize={activity.pageSize}
              position="bottom"
            />
          )}
        </div>
      </Card>
    </>
  );
}
