"use client";

import { formatUsdDisplay } from "@/lib/domain/money";
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

export interface BalancePoint {
  seq: number;
  at: string;
  /** `at` in epoch milliseconds: the x-axis is sandbox time, not the entry's number. */
  time: number;
  type: string;
  /** Integer cents; plotted as is, shown as dollars. */
  balanceCents: number;
  /** Set on auto-recharge entries only: where to draw the marker. */
  rechargeCents: number | null;
}

const dollars = formatUsdDisplay;
const DAY_MS = 24 * 60 * 60 * 1000;
const shortDate = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Balance after each ledger entry over sandbox time, oldest first, with auto-recharges marked and the trigger drawn. */
export function BalanceChart({ points, thresholdCents }: { points: BalancePoint[]; thresholdCents: number | null }) {
  // Only the recharges carry a marker: a Scatter with its own data (null values would still draw a symbol).
  const rechargePoints = points.filter((p) => p.rechargeCents !== null);
  const recharges = rechargePoints.length;
  // Entries made at one sandbox instant stack on one x; with no time between them at all, show the day around it.
  const times = points.map((p) => p.time);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const domain: [number, number] = first === last ? [first - DAY_MS, last + DAY_MS] : [first, last];
  return (
    <figure aria-label="Balance over time" className="m-0">
      <div className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e5e5" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={domain}
              padding={{ left: 12, right: 16 }}
              tick={{ fontSize: 12 }}
              tickFormatter={(t: number) => shortDate.format(new Date(t))}
              label={{ value: "Sandbox date (UTC)", position: "insideBottom", offset: -5, fontSize: 12 }}
            />
            <YAxis tickFormatter={(v: number) => dollars(v)} tick={{ fontSize: 12 }} width={80} />
            <Tooltip
              formatter={(value, name) => [typeof value === "number" ? dollars(value) : String(value), name]}
              labelFormatter={(t) => (typeof t === "number" ? `${longDate.format(new Date(t))} UTC` : String(t))}
            />
            <Legend verticalAlign="top" height={28} />
            {thresholdCents !== null && (
              <ReferenceLine
                y={thresholdCents}
                stroke="#d83b01"
                strokeDasharray="4 4"
                label={{ value: "Trigger", position: "insideTopRight", fontSize: 11, fill: "#d83b01" }}
              />
            )}
            <Line
              type="stepAfter"
              dataKey="balanceCents"
              name="Balance"
              stroke="#0078d4"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Scatter
              data={rechargePoints}
              dataKey="balanceCents"
              name="Auto-recharge"
              fill="#107c10"
              shape="diamond"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-neutral-600" data-testid="chart-caption">
        {points.length} ledger {points.length === 1 ? "entry" : "entries"} · {recharges} auto-{recharges === 1 ? "recharge" : "recharges"}{" "}
        marked
      </figcaption>
    </figure>
  );
}
