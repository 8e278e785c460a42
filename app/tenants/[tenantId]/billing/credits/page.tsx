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
import { sandboxDate } from "@/components/credits/options";
import { ReasonBox } from "@/components/billing/reason-box";
import { skuLabel } from "@/components/billing/labels";
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
import { formatUsdAmount } from "@/lib/domain/money";

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
    time: Date.parse(e.at),
    type: e.type,
    balanceCents: centsOf(e.balanceAfter),
    rechargeCents: e.type === "autoRecharge" ? centsOf(e.balanceAfter) : null,
  }));

  const low = credits.balance.startsWith("-") || credits.balance === "0.00";
  const callCard = (
    <Card title="Simulate a call">
      {can(role, "credits:simulate") ? (
        callers.length > 0 ? (
          <SimulatedCallForm
            tenantId={tenantId}
            users={callers.map((u) => ({
              id: u.id,
              usageLocation: u.usageLocation,
              label: `${u.displayName} (${u.licenses.map(skuLabel).join(", ") || "no licenses"})`,
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
  );
  const clockCard = (
    <Card title="Sandbox clock">
      <div className="space-y-4 text-sm">
        <p className="max-w-md text-xs text-neutral-600">
          Moving the clock resets minute pools on the 1st of each month, expires funds 12 months after they were added, and renews
          subscriptions.
        </p>
        {can(role, "clock:advance") && <ClockForm tenantId={tenantId} />}
      </div>
    </Card>
  );
  const reports = (
    <div className="grid gap-6 lg:grid-cols-2" id="credits-reports">
      <Card title="PSTN minute pools">
        <MinutePoolsTable month={pools.month} pools={pools.pools} />
      </Card>
      <Card title="Users blocked from calling">
        <BlockedUsersTable tenantId={tenantId} users={blocked.users} />
      </Card>
    </div>
  );

  return (
    <>
      <PageHeader
        title="Communications Credits"
        description="A prepaid balance that pays for toll-free dial-in, dial-out from meetings, international calls and calls beyond the Calling Plan minutes."
      />
      {/* Summary on top, as the admin center's product pages have it; then the sections side by side. */}
      <section
        aria-label="Summary"
        className="mb-6 grid gap-4 rounded-md border border-neutral-200 bg-white p-5 shadow-sm sm:grid-cols-2 xl:grid-cols-4"
      >
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-neutral-500">Balance</p>
          {credits.enabled ? (
            <p className={`text-3xl font-semibold tabular-nums ${low ? "text-red-800" : ""}`} data-testid="credits-balance">
              {formatUsdAmount(credits.balance)}
            </p>
          ) : (
            <p className="text-lg font-semibold text-neutral-600">Not set up</p>
          )}
          {credits.enabled && low && (
            <p className="mt-1 text-sm text-red-900">Calls paid from credits are stopped until funds are added.</p>
          )}
        </div>
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-neutral-500">Auto-recharge</p>
          <p className="mt-1 text-sm">
            {!credits.enabled
              ? "Chosen at set-up."
              : credits.autoRecharge.enabled
                ? `Adds ${formatUsdAmount(credits.autoRecharge.amount)} when the balance falls below ${formatUsdAmount(credits.autoRecharge.threshold)}.`
                : "Auto-recharge is off."}
          </p>
        </div>
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-neutral-500">Today in this tenant</p>
          <p className="mt-1 text-lg font-semibold" data-testid="sandbox-now">
            {sandboxDate(tenant.now, true)} UTC
          </p>
        </div>
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-neutral-500">On this page</p>
          <ul className="mt-1 space-y-0.5 text-sm">
            {credits.enabled && (
              <li>
                <a href="#ledger" className="text-brand-700 underline">
                  Ledger ({ledger.matching} {ledger.matching === 1 ? "entry" : "entries"})
                </a>
              </li>
            )}
            <li>
              <a href="#simulate-call" className="text-brand-700 underline">
                Simulate a call
              </a>
            </li>
            <li>
              <a href="#credits-reports" className="text-brand-700 underline">
                Minute pools and blocked users
              </a>
            </li>
          </ul>
        </div>
      </section>

      {!credits.enabled ? (
        <div className="space-y-6">
          <div className="grid items-start gap-6 lg:grid-cols-3">
            <Card title="Set up Communications Credits" className="lg:col-span-2">
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
            {clockCard}
          </div>
          <div id="simulate-call" className="scroll-mt-4">
            {callCard}
          </div>
          {reports}
        </div>
      ) : (
        <div className="space-y-6">
          <div className="grid items-start gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
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
              <div id="simulate-call" className="scroll-mt-4">
                {callCard}
              </div>
              <Card title="Notifications">
                <NotificationsPanel notifications={notifications} />
              </Card>
            </div>
            <div className="space-y-6">
              <Card title="Add funds">
                {can(role, "credits:manage") ? (
                  <AddFundsForm tenantId={tenantId} minimumFunding={credits.minimumFunding} />
                ) : (
                  <p className="text-sm text-neutral-600">Your role can see the balance but not add funds.</p>
                )}
              </Card>
              <Card title="Auto-recharge">
                {can(role, "credits:manage") ? (
                  <AutoRechargeForm tenantId={tenantId} settings={{ ...credits.autoRecharge, paymentMethod: credits.paymentMethod }} />
                ) : (
                  <p className="text-sm text-neutral-600">Your role can&apos;t change auto-recharge.</p>
                )}
              </Card>
              {clockCard}
            </div>
          </div>
          <Card title="Ledger">
            <div id="ledger" className="scroll-mt-4" />
            <LedgerTable tenantId={tenantId} entries={ledger.ledger.slice(0, 200)} type={type} total={ledger.matching} />
          </Card>
          {reports}
        </div>
      )}
    </>
  );
}

/** An API decimal string back to integer cents (lib/domain/money.ts: no float maths). */
function centsOf(amount: string): number {
  return parseUsd(amount, { allowNegative: true }) ?? 0;
}
