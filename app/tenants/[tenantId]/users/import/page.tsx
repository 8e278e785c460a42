import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { ImportUsersForm } from "@/components/users/import-users-form";
import { can } from "@/lib/domain/roles";
import { requireTenantPage } from "@/app/_lib/page-context";
import { CSV_TEMPLATE } from "@/lib/validation/users";

export const metadata: Metadata = { title: "Import users" };

export default async function ImportUsersPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/users/import");
  return (
    <>
      <PageHeader
        title="Import users"
        description={
          <>
            Add many users at once from a CSV file. Every line is checked first; if any has a problem nothing is imported, unless you choose
            to import the valid lines.{" "}
            <Link className="text-brand-700 underline" href={`/tenants/${tenantId}/users`}>
              Back to Active users
            </Link>
          </>
        }
      />
      <Card>
        {can(access.role, "users:manage") ? (
          <ImportUsersForm tenantId={tenantId} template={CSV_TEMPLATE} />
        ) : (
          <p className="text-sm text-neutral-700">Your role in this tenant can&apos;t import users.</p>
        )}
      </Card>
    </>
  );
}
