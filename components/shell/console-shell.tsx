import Link from "next/link";
import type { ReactNode } from "react";
import { can, ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { SavePointButton } from "@/components/snapshots/save-point-button";
import { AccountMenu } from "./account-menu";
import { NavIcon } from "./nav-icons";
import { TenantNav } from "./tenant-nav";
import { TenantSwitcher } from "./tenant-switcher";

export interface ShellTenant {
  id: string;
  name: string;
  role: Role;
  /** the switcher's group: "Mine", "Class: ...", "Shared with me" */
  group?: string;
}

/** The admin-center frame: a top bar with the tenant switcher and account, a left navigation, the page. */
export function ConsoleShell({
  actor,
  tenants,
  current,
  children,
}: {
  actor: { name: string; email: string };
  tenants: ShellTenant[];
  current?: ShellTenant;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex h-12 items-center gap-4 bg-brand-800 px-4 text-white">
        <Link href="/tenants" className="whitespace-nowrap font-semibold">
          Billing Sandbox <span className="font-normal text-brand-100">· Admin center</span>
        </Link>
        <div className="ml-4 flex-1">
          <TenantSwitcher tenants={tenants.map((t) => ({ id: t.id, name: t.name, group: t.group }))} current={current} />
        </div>
        {current && can(current.role, "tenant:reset") && <SavePointButton tenantId={current.id} />}
        {current && (
          <span className="hidden rounded bg-brand-900 px-2 py-0.5 text-xs sm:inline" data-testid="current-role">
            {ROLE_LABELS[current.role]}
          </span>
        )}
        <AccountMenu name={actor.name} email={actor.email} />
      </header>
      <div className="flex flex-1">
        <nav aria-label="Admin center" className="w-60 shrink-0 border-r border-neutral-200 bg-white py-4">
          {current ? <TenantNav tenantId={current.id} /> : <AllTenantsNav />}
        </nav>
        <main id="main" className="min-w-0 flex-1 p-6 lg:p-8">
          {children}
        </main>
      </div>
    </div>
  );
}

const ALL_TENANTS_LINKS: { label: string; href: string }[] = [
  { label: "All tenants", href: "/tenants" },
  { label: "Scenario library", href: "/scenarios" },
  { label: "Classes", href: "/classes" },
  { label: "Rules reference", href: "/rules" },
  { label: "Eligibility matrix", href: "/matrix" },
  { label: "What-if", href: "/what-if" },
  { label: "API tokens", href: "/account/tokens" },
];

function AllTenantsNav() {
  return (
    <ul className="space-y-1 px-2 text-sm">
      {ALL_TENANTS_LINKS.map((l, i) => (
        <li key={l.href}>
          <Link
            href={l.href}
            className={`flex items-center gap-2.5 rounded px-3 py-2 hover:bg-neutral-100 ${i === 0 ? "font-medium" : ""}`}
          >
            <NavIcon href={l.href} />
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
