"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NavIcon } from "./nav-icons";

interface Item {
  label: string;
  href: string;
  exact?: boolean;
}

function sections(base: string): { heading?: string; items: Item[] }[] {
  return [
    {
      items: [
        { label: "Home", href: base, exact: true },
        { label: "Users", href: `${base}/users` },
      ],
    },
    {
      heading: "Billing",
      items: [
        { label: "Subscriptions", href: `${base}/billing/subscriptions` },
        { label: "Buy add-ons", href: `${base}/billing/buy` },
        { label: "Communications Credits", href: `${base}/billing/credits` },
        { label: "Licenses", href: `${base}/billing/licenses` },
        { label: "Phone numbers", href: `${base}/billing/phone-numbers` },
      ],
    },
    {
      items: [
        { label: "Timeline", href: `${base}/timeline` },
        { label: "Settings", href: `${base}/settings` },
      ],
    },
    { heading: "Sandbox", items: [{ label: "Rules reference", href: `/rules?tenant=${base.split("/")[2]}` }] },
  ];
}

export function TenantNav({ tenantId }: { tenantId: string }) {
  const pathname = usePathname();
  const base = `/tenants/${tenantId}`;
  return (
    <div className="space-y-4 px-2 text-sm">
      {sections(base).map((section, i) => (
        <div key={i}>
          {section.heading && <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-neutral-500">{section.heading}</p>}
          <ul className="space-y-0.5">
            {section.items.map((item) => {
              const active = item.exact ? pathname === item.href : pathname.startsWith(item.href.split("?")[0]);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={`flex items-center gap-2.5 rounded px-3 py-2 ${active ? "bg-brand-50 font-semibold text-brand-800" : "hover:bg-neutral-100"}`}
                  >
                    <NavIcon href={item.href} />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
