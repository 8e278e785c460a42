import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { LicensePanelForm } from "@/components/licenses/license-panel-form";
import { DeleteUserForm } from "@/components/users/delete-user-form";
import { EditUserForm } from "@/components/users/edit-user-form";
import { RoomScenarios } from "@/components/users/room-scenarios";
import { can } from "@/lib/domain/roles";
import { COUNTRIES, findCountry } from "@/lib/domain/countries";
import { AppError } from "@/lib/domain/errors";
import { getLicenseOptions } from "@/lib/services/licenses";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getRoomScenarios } from "@/lib/services/users";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string; userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenantId, userId } = await params;
  const access = await requireTenantPage(tenantId, `/users/${userId}`);
  let data: Awaited<ReturnType<typeof getLicenseOptions>>;
  try {
    data = await getLicenseOptions(access, userId);
  } catch (err) {
    if (err instanceof AppError && err.body.code === "NOT_FOUND") notFound();
    throw err;
  }
  const { user, options } = data;
  const rooms = user.kind === "room" ? await getRoomScenarios(access, userId) : null;
  const manage = can(access.role, "users:manage");
  const countries = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.code, label: c.name }));
  const created = (await searchParams).created === "1";
  return (
    <>
      <PageHeader
        title={user.displayName}
        description={
          <>
            {user.userPrincipalName} · {user.kind === "room" ? "Meeting room" : "Person"} ·{" "}
            {user.usageLocation ? (findCountry(user.usageLocation)?.name ?? user.usageLocation) : "No usage location"} ·{" "}
            <Link className="text-brand-700 underline" href={`/tenants/${tenantId}/users`}>
              Back to Active users
            </Link>
          </>
        }
      />
      {created && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          User added. Give them licenses below.
        </p>
      )}
      <div className="grid items-start gap-6 xl:grid-cols-2">
        <Card title="Product licenses">
          <LicensePanelForm tenantId={tenantId} userId={userId} options={options} canAssign={can(access.role, "licenses:assign")} />
        </Card>
        <div className="space-y-6">
          <section id="user-details">
            <Card title="Details">
              {manage ? (
                <EditUserForm
                  tenantId={tenantId}
                  userId={userId}
                  countries={countries}
                  user={{
                    displayName: user.displayName,
                    userPrincipalName: user.userPrincipalName,
                    usageLocation: user.usageLocation ?? "",
                    pstnConnectivity: user.pstnConnectivity,
                    kind: user.kind,
                  }}
                />
              ) : (
                <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
                  <dt className="text-neutral-600">Usage location</dt>
                  <dd>{user.usageLocation ? (findCountry(user.usageLocation)?.name ?? user.usageLocation) : "Not set"}</dd>
                  <dt className="text-neutral-600">PSTN connectivity</dt>
                  <dd>{user.pstnConnectivity === "onPremises" ? "On-premises (hybrid)" : "Online"}</dd>
                </dl>
              )}
            </Card>
          </section>
          {rooms && (
            <Card title="Meeting room: Skype Room Systems v2">
              <RoomScenarios scenarios={rooms} />
            </Card>
          )}
          {manage && (
            <Card title="Delete">
              <DeleteUserForm tenantId={tenantId} userId={userId} name={user.displayName} licenseCount={user.assignedLicenses.length} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
