import Link from "next/link";
import type { ReactNode } from "react";
import { can, ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { SavePointButton } from "@/components/snapshots/save-point-button";
import { AccountMenu } from "./account-menu";
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

function AllTenantsNav() {
  return (
    <ul className="space-y-1 px-2 text-sm">
      <li>
        <Link href="/tenants" className="block rounded px-3 py-2 font-medium hover:bg-neutral-100">
          All tenants
        </Link>
      </li>
      <li>
        <Link href="/scenarios" className="block rounded px-3 py-2 hover:bg-neutral-100">
          Scenario library
        </Link>
      </li>
      <li>
        <Link href="/classes" className="block rounded px-3 py-2 hover:bg-neutral-100">
          Classes
        </Link>
      </li>
      <li>
        <Link href="/rules" className="block rounded px-3 py-2 hover:bg-neutral-100">
          Rules reference
        </Link>
      </li>
      <li>
        <Link href="/matrix" className="block rounded px-3 py-2 hover:bg-neutral-100">
          Eligibility matrix
        </Link>
      </li>
      <li>
        <Link href="/what-if" className="block rounded px-3 py-2 hover:bg-neutral-100">
          What-if
        </Link>
      </li>
      <li>
        <Link href="/account/tokens" className="block rounded px-3 py-2 hover:bg-neutral-100">
          API tokens
        </Link>
      </li>
    </ul>
  );
}
