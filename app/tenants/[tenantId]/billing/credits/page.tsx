import type { Metadata } from "next";
import { parseUsd } from "@/lib/domain/money";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { AddFundsForm } from "@/components/credits/add-funds-form";
import { AutoRechargeForm } from "@/components/credits/auto-recharge-form";
import { BalanceChart, type BalancePoint } from "@/components/credits/balance-chart";
import { SimulatedCallForm } from "@/components/credits/call-form";
import { ClockForm } from "@/components/credits/clock-form";
import { LedgerTable } from "@/components/credits/ledger-table";
import { NotificationsPanel } from "@/components/credits/notifications-panel";
import { sandboxDate, usd } from "@/components/credits/options";
import { ReasonBox } from "@/components/billing/reason-box";
import { BlockedUsersTable, MinutePoolsTable } from "@/components/credits/reports";
import { CreditsSignUpForm } from "@/components/credits/signup-form";
import { can } from "@/lib/domain/roles";
import { getCredits } from "@/lib/services/credits/reads";
import { getCreditsSignUpStatus } from "@/lib/services/credits/sign-up";
import { listCallers } from "@/lib/services/credits/calls";
import { listNotifications } from "@/lib/services/notifications";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getBlockedUsersReport, getMinutePoolsReport } from "@/lib/services/reports";
import { getTenantState } from "@/lib/services/tenants";
import { LEDGER_TYPES, type LedgerType } from "@/lib/validation/credits";

export const metadata: Metadata = { title: "Communications Credits" };

const CHART_POINTS = 500;

export default async function CreditsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ type?: string }>;
}) {
  const { tenantId } = await params;
  const { type: rawType } = await searchParams;
  const type = (LEDGER_TYPES as readonly string[]).includes(rawType ?? "") ? (rawType as LedgerType) : undefined;
  const access = await requireTenantPage(tenantId, "/billing/credits");
  const role = access.role;
  const [tenant, status, credits, filtered, notifications, callers, pools, blocked] = await Promise.all([
    getTenantState(access),
    getCreditsSignUpStatus(access),
    getCredits(access, { limit: CHART_POINTS }),
    type ? getCredits(access, { type, limit: 200 }) : null,
    listNotifications(access, 20),
    listCallers(access),
    getMinutePoolsReport(access),
    getBlockedUsersReport(access),
  ]);
  const ledger = filtered ?? credits;
  const points: BalancePoint[] = [...credits.ledger].reverse().map((e) => ({
    seq: e.seq,
    at: e.at,
    type: e.type,
    balanceCents: centsOf(e.balanceAfter),
    rechargeCents: e.type === "autoRecharge" ? centsOf(e.balanceAfter) : null,
  }));

  return (
    <>
      <PageHeader
        title="Communications Credits"
        description="A prepaid balance that pays for toll-free dial-in, dial-out from meetings, international calls and calls beyond the Calling Plan minutes."
      />
      <div className="space-y-6">
        <Card title="Sandbox clock">
          <div className="flex flex-wrap items-start justify-between gap-6">
            <div className="text-sm">
              <p className="text-neutral-600">Today in this tenant</p>
              <p className="text-lg font-semibold" data-testid="sandbox-now">
                {sandboxDate(tenant.now, true)} UTC
              </p>
              <p className="mt-1 max-w-md text-xs text-neutral-600">
                Moving the clock resets minute pools on the 1st of each month, expires funds 12 months after they were added, and renews
                subscriptions.
              </p>
            </div>
            {can(role, "clock:advance") && <ClockForm tenantId={tenantId} />}
          </div>
        </Card>

        {!credits.enabled ? (
          <Card title="Set up Communications Credits">
            {status.canSetUp ? (
              can(role, "billing:purchase") ? (
                <div className="space-y-4">
                  <p className="text-sm text-neutral-700">
                    This tenant has what Communications Credits need. Add a first amount and choose how to keep the balance topped up.
                  </p>
                  <CreditsSignUpForm tenantId={tenantId} minimumFunding={status.minimumFunding} />
                </div>
              ) : (
                <p className="text-sm text-neutral-700">
                  This tenant can set up Communications Credits, but your role can&apos;t buy them. Ask a Billing or Global admin.
                </p>
              )
            ) : status.reason ? (
              <div className="space-y-3">
                <p className="text-sm font-medium">This tenant can&apos;t set up Communications Credits yet.</p>
                <ReasonBox tenantId={tenantId} reason={status.reason} alert />
                <p className="text-sm">
                  <Link href={`/tenants/${tenantId}/billing/buy`} className="font-semibold text-brand-700 underline">
                    Go to Buy add-ons
                  </Link>
                </p>
              </div>
            ) : null}
          </Card>
        ) : (
          <>
            <div className="grid gap-6 lg:grid-cols-3">
              <Card title="Balance">
                <p
                  className={`text-3xl font-semibold tabular-nums ${credits.balance.startsWith("-") || credits.balance === "0.00" ? "text-red-800" : ""}`}
                  data-testid="credits-balance"
                >
                  {usd(credits.balance)}
                </p>
                <p className="mt-1 text-sm text-neutral-600">
                  {credits.autoRecharge.enabled
                    ? `Auto-recharge adds ${usd(credits.autoRecharge.amount)} when the balance falls below ${usd(credits.autoRecharge.threshold)}.`
                    : "Auto-recharge is off."}
                </p>
                {(credits.balance.startsWith("-") || credits.balance === "0.00") && (
                  <p className="mt-2 rounded bg-red-50 p-2 text-sm text-red-900">
                    Calls paid from credits are stopped until funds are added.
                  </p>
                )}
              </Card>
              <Card title="Add funds" className="lg:col-span-2">
                {can(role, "credits:manage") ? (
                  <AddFundsForm tenantId={tenantId} minimumFunding={credits.minimumFunding} />
                ) : (
                  <p className="text-sm text-neutral-600">Your role can see the balance but not add funds.</p>
                )}
              </Card>
            </div>
            <Card title="Balance over time">
              {points.length > 0 ? (
                <BalanceChart
                  points={points}
                  thresholdCents={credits.autoRecharge.enabled ? centsOf(credits.autoRecharge.threshold) : null}
                />
              ) : (
                <p className="text-sm text-neutral-600">No entries yet.</p>
              )}
            </Card>
            <div className="grid gap-6 lg:grid-cols-2">
              <Card title="Auto-recharge">
                {can(role, "credits:manage") ? (
                  <AutoRechargeForm tenantId={tenantId} settings={{ ...credits.autoRecharge, paymentMethod: credits.paymentMethod }} />
                ) : (
                  <p className="text-sm text-neutral-600">Your role can&apos;t change auto-recharge.</p>
                )}
              </Card>
              <Card title="Notifications">
                <NotificationsPanel notifications={notifications} />
              </Card>
            </div>
          </>
        )}

        <Card title="Simulate a call">
          {can(role, "credits:simulate") ? (
            callers.length > 0 ? (
              <SimulatedCallForm
                tenantId={tenantId}
                users={callers.map((u) => ({
                  id: u.id,
                  usageLocation: u.usageLocation,
                  label: `${u.displayName} (${u.licenses.join(", ") || "no licenses"})`,
                }))}
              />
            ) : (
              <p className="text-sm text-neutral-600">
                This tenant has no users yet.{" "}
                <Link href={`/tenants/${tenantId}/users`} className="text-brand-700 underline">
                  Add users
                </Link>{" "}
                and assign licenses, then place calls here.
              </p>
            )
          ) : (
            <p className="text-sm text-neutral-600">Your role can&apos;t place simulated calls.</p>
          )}
        </Card>

        {credits.enabled && (
          <Card title="Ledger">
            <div id="ledger" />
            <LedgerTable tenantId={tenantId} entries={ledger.ledger.slice(0, 200)} type={type} total={ledger.matching} />
          </Card>
        )}

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="PSTN minute pools">
            <MinutePoolsTable month={pools.month} pools={pools.pools} />
          </Card>
          <Card title="Users blocked from calling">
            <BlockedUsersTable tenantId={tenantId} users={blocked.users} />
          </Card>
        </div>
      </div>
    </>
  );
}

/** An API decimal string back to integer cents (lib/domain/money.ts: no float maths). */
function centsOf(amount: string): number {
  return parseUsd(amount, { allowNegative: true }) ?? 0;
}
