import type { ReactNode } from "react";

export default function TenantsLayout({ children }: { children: ReactNode }) {
  return children;
}
