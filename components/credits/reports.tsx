import type { BlockedUserRow, MinutePoolRow } from "@/lib/validation/credits";
import Link from "next/link";
import { CALL_TYPE_OPTIONS } from "./options";
import { Table, Td, Th, Tr } from "@/components/ui/table";

const CALL_LABEL = Object.fromEntries(CALL_TYPE_OPTIONS.map((o) => [o.value, o.label]));

export function MinutePoolsTable({ month, pools }: { month: string; pools: MinutePoolRow[] }) {
  if (pools.length === 0) {
    return <p className="text-sm text-neutral-600">No Calling Plan licenses are assigned, so there are no minute pools for {month}.</p>;
  }
  return (
    <Table
      label="PSTN minute pools"
      note={`Month ${month} (sandbox clock, UTC). Minutes, pooled per country and plan.`}
      head={
        <>
          <Th>Pool</Th>
          <Th>Licenses</Th>
          <Th className="text-right">Allowance</Th>
          <Th className="text-right">Used</Th>
          <Th className="text-right">Left</Th>
        </>
      }
    >
      {pools.map((p) => (
        <Tr key={p.poolId}>
          <Td>
            {p.country} · {p.planName}
            {p.exhausted && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900">used up</span>}
          </Td>
          <Td className="tabular-nums">{p.licenses}</Td>
          <Td className="text-right tabular-nums">{minutes(p.allowance)}</Td>
          <Td className="text-right tabular-nums">{minutes(p.used)}</Td>
          <Td className="text-right tabular-nums">{minutes(p.left)}</Td>
        </Tr>
      ))}
    </Table>
  );
}

function minutes(c: { domestic: number; international: number }): string {
  return c.international > 0
    ? `${c.domestic.toLocaleString("en-US")} dom. / ${c.international.toLocaleString("en-US")} intl.`
    : c.domestic.toLocaleString("en-US");
}

export function BlockedUsersTable({ tenantId, users }: { tenantId: string; users: BlockedUserRow[] }) {
  if (users.length === 0) return <p className="text-sm text-neutral-600">Nobody is blocked from making calls right now.</p>;
  return (
    <Table
      label="Users blocked from calling"
      head={
        <>
          <Th>User</Th>
          <Th>Blocked</Th>
          <Th>Why</Th>
        </>
      }
    >
      {users.map((u) => (
        <Tr key={u.userId} className="align-top">
          <Td>
            <Link href={`/tenants/${tenantId}/users/${u.userId}`} className="font-medium text-brand-800 underline">
              {u.displayName}
            </Link>
            <span className="block text-xs text-neutral-600">{u.userPrincipalName}</span>
          </Td>
          <Td>
            <ul>
              {u.blockedCallTypes.map((t) => (
                <li key={t}>{CALL_LABEL[t] ?? t}</li>
              ))}
            </ul>
          </Td>
          <Td>
            <ul className="space-y-1">
              {[...new Map(u.reasons.map((r) => [r.message, r])).values()].map((r, i) => (
                <li key={i}>
                  {r.message} <span className="text-xs text-neutral-500">({r.ruleId})</span>
                </li>
              ))}
            </ul>
            {/* R-ASG-CC: the user lacks the (unlimited) Communications Credits license; the fix is on their page. */}
            {u.reasons.some((r) => r.ruleId === "R-ASG-CC") && (
              <Link
                href={`/tenants/${tenantId}/users/${u.userId}`}
                className="mt-1 inline-block text-sm font-semibold text-brand-800 underline"
              >
                Assign a Communications Credits license
              </Link>
            )}
          </Td>
        </Tr>
      ))}
    </Table>
  );
}
