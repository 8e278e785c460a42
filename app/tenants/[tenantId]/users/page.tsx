import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/card";
import { UsersTable } from "@/components/users/users-table";
import { can } from "@/lib/domain/roles";
import { requireTenantPage } from "@/app/_lib/page-context";
import { listUsers } from "@/lib/services/users";
import { usersQuery } from "@/lib/validation/users";

export const metadata: Metadata = { title: "Active users" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ params, searchParams }: { params: Promise<{ tenantId: string }>; searchParams: SearchParams }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/users");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = usersQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : usersQuery.parse({});
  const { users, total } = await listUsers(access, query);
  // A page past the end (e.g. after a search narrowed the list) shows the last page instead.
  const lastPage = Math.max(1, Math.ceil(total / query.pageSize));
  const page = query.page > lastPage ? await listUsers(access, { ...query, page: lastPage }) : null;
  const manage = can(access.role, "users:manage");
  const deleted = raw.deleted === "1";
  return (
    <>
      <PageHeader
        title="Active users"
        description="The people and meeting rooms of this tenant. Select a user to manage their details and product licenses."
        actions={
          manage ? (
            <div className="flex gap-2">
              <Link href={`/tenants/${tenantId}/users/new`} className={buttonClass("primary")}>
                Add a user
              </Link>
              <Link href={`/tenants/${tenantId}/users/import`} className={buttonClass("secondary")}>
                Import users
              </Link>
            </div>
          ) : undefined
        }
      />
      {deleted && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          The user was deleted and their licenses are free again.
        </p>
      )}
      <Card>
        <UsersTable
          tenantId={tenantId}
          users={page ? page.users : users}
          total={total}
          query={{
            search: query.search,
            sort: query.sort,
            page: page ? lastPage : query.page,
            pageSize: query.pageSize,
            license: query.license,
          }}
        />
      </Card>
    </>
  );
}
