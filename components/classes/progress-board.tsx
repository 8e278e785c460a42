"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { ClassProgress } from "@/lib/domain/classes";
import { ResetSeatForm } from "./class-forms";

/** How often the board asks for progress. Polling, not server-sent events: see README "Running a class". */
export const BOARD_POLL_MS = 2000;

const timeFmt = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });
const time = (iso: string | null) => (iso ? `${timeFmt.format(new Date(iso))} UTC` : "—");

/**
 * Trainees x goals, live: the board polls GET /api/v1/classes/{id}/progress (read from the database, so any
 * server instance answers the same) and redraws without a reload.
 */
export function ProgressBoard({ classId, initial, ended }: { classId: string; initial: ClassProgress; ended: boolean }) {
  const [board, setBoard] = useState(initial);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [failing, setFailing] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(`/api/v1/classes/${classId}/progress`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        if (!stopped) {
          setBoard((await res.json()) as ClassProgress);
          setCheckedAt(new Date());
          setFailing(false);
        }
      } catch {
        if (!stopped) setFailing(true);
      }
      if (!stopped) timer = setTimeout(tick, BOARD_POLL_MS);
    };
    timer = setTimeout(tick, BOARD_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [classId]);

  return (
    <div className="space-y-2">
      <p className="text-xs text-neutral-600" aria-live="off" data-testid="board-status">
        {failing
          ? "Can't reach the server; retrying…"
          : `Live: checked every ${BOARD_POLL_MS / 1000} s${checkedAt ? `, last at ${time(checkedAt.toISOString())}` : ""}.`}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="progress-board">
          <caption className="sr-only">Trainees and the goals each has met</caption>
          <thead>
            <tr className="border-b border-neutral-300">
              <th scope="col" className="px-2 py-2">
                Trainee
              </th>
              {board.goals.map((g) => (
                <th scope="col" key={g.id} className="px-2 py-2 text-xs font-semibold">
                  {g.text}
                </th>
              ))}
              <th scope="col" className="px-2 py-2">
                Score
              </th>
              <th scope="col" className="px-2 py-2">
                Last activity
              </th>
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {board.seats.map((s) => (
              <tr key={s.accountId} className="border-b border-neutral-200" data-testid={`seat-${s.email}`}>
                <th scope="row" className="px-2 py-2 font-normal">
                  <div className="font-medium">{s.name}</div>
                  <div className="text-xs text-neutral-600">{s.email}</div>
                </th>
                {board.goals.map((g) => {
                  const at = s.metAt[g.id];
                  return (
                    <td key={g.id} className="px-2 py-2" data-testid={`cell-${s.email}-${g.id}`} data-met={at ? "true" : "false"}>
                      {at ? (
                        <span className="inline-flex items-center gap-1 rounded bg-green-100 px-2 py-0.5 text-xs text-green-900">
                          <span aria-hidden="true">✓</span> Met {time(at)}
                        </span>
                      ) : (
                        <span className="inline-flex items-center gap-1 rounded bg-neutral-100 px-2 py-0.5 text-xs text-neutral-700">
                          Not yet
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="px-2 py-2">{s.score}%</td>
                <td className="px-2 py-2 text-xs">{time(s.lastActivityAt)}</td>
                <td className="space-x-2 whitespace-nowrap px-2 py-2">
                  {s.tenantId ? (
                    <>
                      <Link href={`/tenants/${s.tenantId}`} className="text-brand-700 hover:underline">
                        Open copy<span className="sr-only"> of {s.name}</span>
                      </Link>
                      {!ended && <ResetSeatForm classId={classId} tenantId={s.tenantId} trainee={s.name} />}
                    </>
                  ) : (
                    <span className="text-xs text-neutral-600">Copy deleted</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
