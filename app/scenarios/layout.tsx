import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/shell/console-shell";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";

export default async function Layout({ children }: { children: ReactNode }) {
  const actor = await requireActor("/scenarios");
  const { tenants } = await loadShell(actor);
  return (
    <ConsoleShell actor={actor} tenants={tenants}>
      {children}
    </ConsoleShell>
  );
}
