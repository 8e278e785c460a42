import type { NotificationView } from "@/lib/validation/credits";
import { sandboxDate } from "./options";

const STYLE: Record<string, string> = {
  autoRechargeSucceeded: "border-green-300 bg-green-50",
  autoRechargeFailed: "border-red-300 bg-red-50",
  autoRechargeDisabled: "border-red-300 bg-red-50",
  balanceDepleted: "border-amber-300 bg-amber-50",
  fundsExpired: "border-amber-300 bg-amber-50",
};

const TITLE: Record<string, string> = {
  autoRechargeSucceeded: "Auto-recharge succeeded",
  autoRechargeFailed: "Auto-recharge failed",
  autoRechargeDisabled: "Auto-recharge turned off",
  balanceDepleted: "Balance used up",
  fundsExpired: "Funds expired",
};

export function NotificationsPanel({ notifications }: { notifications: NotificationView[] }) {
  if (notifications.length === 0) return <p className="text-sm text-neutral-600">No notifications yet.</p>;
  return (
    <ul aria-label="Notifications" className="max-h-80 space-y-2 overflow-auto">
      {notifications.map((n) => (
        <li key={n.id} className={`rounded border p-2 text-sm ${STYLE[n.kind] ?? "border-neutral-200"}`}>
          <p className="flex flex-wrap justify-between gap-2">
            <span className="font-semibold">{TITLE[n.kind] ?? n.kind}</span>
            <span className="text-xs text-neutral-600">{sandboxDate(n.at, true)}</span>
          </p>
          <p className="mt-0.5">{n.message}</p>
        </li>
      ))}
    </ul>
  );
}
