import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-context";
import { listUsers } from "@/lib/services/users";
import { findCountry } from "@/lib/domain/countries";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import type { SkuPartNumber } from "@/lib/domain/types";

export const metadata: Metadata = { title: "Active users" };

export default async function UsersPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/users");
  const { users, total } = await listUsers(access, { pageSize: 100 });
  return (
    <>
      <PageHeader title="Active users" description={`${total} directory users in this tenant.`} />
      <Card>
        {users.length === 0 ? (
          <EmptyState title="No users yet" />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b text-xs uppercase text-neutral-500">
                <tr>
                  <th scope="col" className="py-2 pr-4">Display name</th>
                  <th scope="col" className="py-2 pr-4">Username</th>
                  <th scope="col" className="py-2 pr-4">Usage location</th>
                  <th scope="col" className="py-2 pr-4">PSTN</th>
                  <th scope="col" className="py-2 pr-4">Kind</th>
                  <th scope="col" className="py-2">Licenses</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id} className="border-b border-neutral-100 last:border-0">
                    <td className="py-2 pr-4 font-medium">{u.displayName}</td>
                    <td className="py-2 pr-4">{u.userPrincipalName}</td>
                    <td className="py-2 pr-4">{u.usageLocation ? findCountry(u.usageLocation)?.name ?? u.usageLocation : <span className="text-amber-800">Not set</span>}</td>
                    <td className="py-2 pr-4">{u.pstnConnectivity === "onPremises" ? "On-premises" : "Online"}</td>
                    <td className="py-2 pr-4">{u.kind === "room" ? "Meeting room" : "Person"}</td>
                    <td className="py-2">{u.assignedLicenses.map((l) => SKU_CATALOG[l.sku as SkuPartNumber]?.name ?? l.sku).join(", ") || <span className="text-neutral-500">Unlicensed</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
