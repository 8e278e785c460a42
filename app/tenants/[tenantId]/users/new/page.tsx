import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { AddUserForm } from "@/components/users/add-user-form";
import { can } from "@/lib/domain/roles";
import { COUNTRIES } from "@/lib/domain/countries";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getTenantState } from "@/lib/services/tenants";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/users/new");
  const { country } = await getTenantState(access);
  const countries = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.code, label: c.name }));
  return (
    <>
      <PageHeader
        title="Add a user"
        description={
          <Link className="text-brand-700 underline" href={`/tenants/${tenantId}/users`}>
            Back to Active users
          </Link>
        }
      />
      <Card>
        {can(access.role, "users:manage") ? (
          <AddUserForm tenantId={tenantId} countries={countries} defaultCountry={country} />
        ) : (
          <p className="text-sm text-neutral-700">Your role in this tenant can&apos;t add users.</p>
        )}
      </Card>
    </>
  );
}
