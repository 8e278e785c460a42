import type { BlockedUserRow, MinutePoolRow } from "@/lib/services/reports";
import { CALL_TYPE_OPTIONS } from "./options";

const CALL_LABEL = Object.fromEntries(CALL_TYPE_OPTIONS.map((o) => [o.value, o.label]));

export function MinutePoolsTable({ month, pools }: { month: string; pools: MinutePoolRow[] }) {
  if (pools.length === 0) {
    return <p className="text-sm text-neutral-600">No Calling Plan licenses are assigned, so there are no minute pools for {month}.</p>;
  }
  return (
    <table className="w-full text-left text-sm" aria-label="PSTN minute pools">
      <caption className="mb-2 text-left text-xs text-neutral-600">Month {month} (sandbox clock, UTC). Minutes, pooled per country and plan.</caption>
      <thead className="border-b text-xs uppercase text-neutral-500">
        <tr>
          <th scope="col" className="py-2 pr-2">Pool</th>
          <th scope="col" className="py-2 pr-2">Licenses</th>
          <th scope="col" className="py-2 pr-2 text-right">Allowance</th>
          <th scope="col" className="py-2 pr-2 text-right">Used</th>
          <th scope="col" className="py-2 text-right">Left</th>
        </tr>
      </thead>
      <tbody>
        {pools.map((p) => (
          <tr key={p.poolId} className="border-b border-neutral-100 last:border-0">
            <td className="py-1.5 pr-2">
              {p.country} · {p.planName}
              {p.exhausted && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900">used up</span>}
            </td>
            <td className="py-1.5 pr-2 tabular-nums">{p.licenses}</td>
            <td className="py-1.5 pr-2 text-right tabular-nums">{minutes(p.allowance)}</td>
            <td className="py-1.5 pr-2 text-right tabular-nums">{minutes(p.used)}</td>
            <td className="py-1.5 text-right tabular-nums">{minutes(p.left)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function minutes(c: { domestic: number; international: number }): string {
  return c.international > 0 ? `${c.domestic.toLocaleString("en-US")} dom. / ${c.international.toLocaleString("en-US")} intl.` : c.domestic.toLocaleString("en-US");
}

export function BlockedUsersTable({ users }: { users: BlockedUserRow[] }) {
  if (users.length === 0) return <p className="text-sm text-neutral-600">Nobody is blocked from making calls right now.</p>;
  return (
    <table className="w-full text-left text-sm" aria-label="Users blocked from calling">
      <thead className="border-b text-xs uppercase text-neutral-500">
        <tr>
          <th scope="col" className="py-2 pr-2">User</th>
          <th scope="col" className="py-2 pr-2">Blocked</th>
          <th scope="col" className="py-2">Why</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.userId} className="border-b border-neutral-100 align-top last:border-0">
            <td className="py-1.5 pr-2">
              <span className="font-medium">{u.displayName}</span>
              <span className="block text-xs text-neutral-600">{u.userPrincipalName}</span>
            </td>
            <td className="py-1.5 pr-2">
              <ul>{u.blockedCallTypes.map((t) => <li key={t}>{CALL_LABEL[t] ?? t}</li>)}</ul>
            </td>
            <td className="py-1.5">
              <ul className="space-y-1">
                {[...new Map(u.reasons.map((r) => [r.message, r])).values()].map((r, i) => (
                  <li key={i}>
                    {r.message} <span className="text-xs text-neutral-500">({r.ruleId})</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
