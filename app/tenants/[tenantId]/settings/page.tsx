import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { RenameTenantForm } from "@/components/tenants/rename-form";
import { DeleteTenantForm, ResetTenantForm } from "@/components/tenants/danger-zone";
import { AddMemberForm } from "@/components/tenants/add-member-form";
import { TenantSettingsForm } from "@/components/tenants/settings-form";
import { PolicyFlagList } from "@/components/tenants/policy-flags";
import { CHANNEL_OPTIONS, CLOUD_OPTIONS, COMMITMENT_OPTIONS, ORG_TYPE_OPTIONS, optionLabel } from "@/components/tenants/options";
import { findCountry } from "@/lib/domain/countries";
import { requireTenantPage } from "@/app/_lib/page-context";
import { getTenantState } from "@/lib/services/tenants";
import { listMembers } from "@/lib/services/members";
import { can, ROLE_LABELS } from "@/lib/domain/roles";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CreateAppRegistrationForm, RevokeAppRegistrationButton } from "@/components/graph/app-registration-forms";
import { listAppRegistrations, type AppRegistrationView } from "@/lib/services/app-registrations";
import { getFaults } from "@/lib/services/faults";
import { FaultsForm, FaultsSummary } from "@/components/faults/faults-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/settings");
  const [tenant, members, faults] = await Promise.all([getTenantState(access), listMembers(access), getFaults(access)]);
  const role = access.role;
  const apps: AppRegistrationView[] = can(role, "members:manage") ? await listAppRegistrations(access) : [];
  return (
    <>
      <PageHeader title="Settings" description="The tenant's name, who can work in it, and the sandbox controls." />
      <div className="space-y-6">
        <Card title="Organization">
          {can(role, "tenant:update") ? (
            <RenameTenantForm tenantId={tenantId} name={tenant.name} />
          ) : (
            <p className="text-sm">
              <span className="font-medium">{tenant.name}</span>
              <span className="ml-2 text-neutral-600">Your role can view these settings but not change them.</span>
            </p>
          )}
        </Card>
        <Card title="Tenant situation">
          {can(role, "tenant:update") ? (
            <TenantSettingsForm tenantId={tenantId} current={tenant} />
          ) : (
            <div className="space-y-4">
              <dl className="grid grid-cols-[16rem_1fr] gap-y-1 text-sm">
                <dt className="text-neutral-600">Country or region</dt>
                <dd>{findCountry(tenant.country)?.name ?? tenant.country}</dd>
                <dt className="text-neutral-600">Commitment</dt>
                <dd>{optionLabel(COMMITMENT_OPTIONS, tenant.commitment)}</dd>
                <dt className="text-neutral-600">Purchase channel</dt>
                <dd>{optionLabel(CHANNEL_OPTIONS, tenant.channel)}</dd>
                <dt className="text-neutral-600">Organization type</dt>
                <dd>{optionLabel(ORG_TYPE_OPTIONS, tenant.orgType)}</dd>
                <dt className="text-neutral-600">Cloud</dt>
                <dd>{optionLabel(CLOUD_OPTIONS, tenant.cloud)}</dd>
              </dl>
              <h3 className="text-sm font-semibold">Where the documentation is ambiguous</h3>
              <PolicyFlagList policy={tenant.policy} />
            </div>
          )}
        </Card>
        <Card title="Members">
          <Table
            caption="Members of this tenant"
            head={
              <>
                <Th>Name</Th>
                <Th>Email</Th>
                <Th>Role</Th>
              </>
            }
          >
            {members.map((m) => (
              <Tr key={m.accountId}>
                <Td>{m.name}</Td>
                <Td>{m.email}</Td>
                <Td>{ROLE_LABELS[m.role]}</Td>
              </Tr>
            ))}
          </Table>
          <div className="mb-4" />
          {can(role, "members:manage") && <AddMemberForm tenantId={tenantId} />}
        </Card>
        {can(role, "members:manage") && (
          <Card title="Graph app registrations">
            <p className="mb-3 text-sm text-neutral-600">
              Scripts written for Microsoft Graph sign in here with a client id and secret, through /{tenantId}/oauth2/v2.0/token, and call
              /graph/v1.0 on this tenant only.
            </p>
            <Table
              caption="App registrations of this tenant"
              head={
                <>
                  <Th>Name</Th>
                  <Th>Client id</Th>
                  <Th>Secret</Th>
                  <Th>Status</Th>
                  <Th>Actions</Th>
                </>
              }
            >
              {apps.map((a) => (
                <Tr key={a.id}>
                  <Td>{a.displayName}</Td>
                  <Td>
                    <code className="text-xs">{a.clientId}</code>
                  </Td>
                  <Td>
                    <code className="text-xs">{a.secretHint}…</code>
                  </Td>
                  <Td>{a.revokedAt ? "Revoked" : "Active"}</Td>
                  <Td>{a.revokedAt ? null : <RevokeAppRegistrationButton tenantId={tenantId} appId={a.id} name={a.displayName} />}</Td>
                </Tr>
              ))}
            </Table>
            <div className="mb-4" />
            <CreateAppRegistrationForm tenantId={tenantId} />
          </Card>
        )}
        <Card title={<span id="sandbox-faults">Sandbox faults</span>}>
          <p className="mb-3 text-sm text-neutral-600">
            Provoke failures on purpose to see how your scripts cope: declined card charges, slow requests, throttled Graph calls and failed
            requests. A provoked failure answers before the request does anything, so the tenant never changes; each firing is listed in the
            audit trail.
          </p>
          {can(role, "faults:manage") ? <FaultsForm tenantId={tenantId} faults={faults} /> : <FaultsSummary faults={faults} />}
        </Card>
        {(can(role, "tenant:reset") || can(role, "tenant:delete")) && (
          <Card title="Sandbox controls">
            <div className="flex flex-wrap gap-6">
              {can(role, "tenant:reset") && <ResetTenantForm tenantId={tenantId} />}
              {can(role, "tenant:delete") && <DeleteTenantForm tenantId={tenantId} name={tenant.name} />}
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
