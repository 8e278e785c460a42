import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/card";
import { listHref, UsersTable, type UsersTableQuery } from "@/components/users/users-table";
import { UserFlyout } from "@/components/users/user-flyout";
import { EditUserForm } from "@/components/users/edit-user-form";
import { LicensePanelForm } from "@/components/licenses/license-panel-form";
import { CommandBar } from "@/components/ui/command-bar";
import type { TenantAccess } from "@/lib/auth/actor";
import { COUNTRIES } from "@/lib/domain/countries";
import { AppError } from "@/lib/domain/errors";
import { getLicenseOptions } from "@/lib/services/licenses";
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
  const tableQuery: UsersTableQuery = {
    search: query.search,
    sort: query.sort,
    page: page ? lastPage : query.page,
    pageSize: query.pageSize,
    license: query.license,
  };
  const base = `/tenants/${tenantId}/users`;
  const editing = manage && raw.edit ? await userToEdit(access, raw.edit) : null;
  return (
    <>
      <PageHeader
        title="Active users"
        description="The people and meeting rooms of this tenant. Select a user to manage their details and product licenses."
      />
      <CommandBar
        label="Users commands"
        commands={[
          ...(manage
            ? [
                { label: "Add a user", href: `${base}/new`, icon: "add" as const },
                { label: "Import users", href: `${base}/import`, icon: "import" as const },
              ]
            : []),
          { label: "Licenses", href: `/tenants/${tenantId}/billing/licenses`, icon: "licenses" as const },
        ]}
      />
      {deleted && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          The user was deleted and their licenses are free again.
        </p>
      )}
      <Card>
        <UsersTable tenantId={tenantId} users={page ? page.users : users} total={total} query={tableQuery} canEdit={manage} />
      </Card>
      {editing && (
        <UserFlyout
          key={editing.user.id}
          title={editing.user.displayName}
          subtitle={`${editing.user.userPrincipalName} · ${editing.user.kind === "room" ? "Meeting room" : "Person"}`}
          closeHref={listHref(base, tableQuery)}
          fullPageHref={`${base}/${editing.user.id}`}
        >
          <Card title="Details">
            <section id="user-details">
              <EditUserForm
                tenantId={tenantId}
                userId={editing.user.id}
                countries={countryOptions()}
                user={{
                  displayName: editing.user.displayName,
                  userPrincipalName: editing.user.userPrincipalName,
                  usageLocation: editing.user.usageLocation ?? "",
                  pstnConnectivity: editing.user.pstnConnectivity,
                  kind: editing.user.kind,
                }}
              />
            </section>
          </Card>
          <Card title="Product licenses">
            <LicensePanelForm
              tenantId={tenantId}
              userId={editing.user.id}
              options={editing.options}
              canAssign={can(access.role, "licenses:assign")}
            />
          </Card>
        </UserFlyout>
      )}
    </>
  );
}

function countryOptions() {
  return [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.code, label: c.name }));
}

/** The user the flyout edits (`?edit=<id>`), or null when there is none by that id in this tenant. */
async function userToEdit(access: TenantAccess, userId: string) {
  try {
    return await getLicenseOptions(access, userId);
  } catch (err) {
    if (err instanceof AppError && err.body.code === "NOT_FOUND") return null;
    throw err;
  }
}
