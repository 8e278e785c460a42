import type { Metadata } from "next";
import { AcquireNumbersForm, AssignNumberForm, ReleaseNumberForm } from "@/components/billing/phone-number-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireTenantPage } from "@/app/_lib/page-context";
import { COUNTRIES, findCountry } from "@/lib/domain/countries";
import { can } from "@/lib/domain/roles";
import { listPhoneNumbers } from "@/lib/services/phone-numbers";
import { getTenantState } from "@/lib/services/tenants";
import { listUsers } from "@/lib/services/users";

export const metadata: Metadata = { title: "Phone numbers" };

const KIND_LABEL = { user: "User", serviceToll: "Service, toll", serviceTollFree: "Service, toll-free" } as const;

export default async function PhoneNumbersPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const access = await requireTenantPage(tenantId, "/billing/phone-numbers");
  const [{ capacity, numbers }, tenant] = await Promise.all([listPhoneNumbers(access), getTenantState(access)]);
  const canAcquire = can(access.role, "billing:purchase");
  const canAssign = can(access.role, "licenses:assign");
  const users = canAssign ? (await listUsers(access, { pageSize: 200 })).users : [];
  const userOptions = users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.usageLocation ?? "no location"})` }));
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  const used = (kind: keyof typeof capacity) => numbers.filter((n) => n.kind === kind).length;
  return (
    <>
      <PageHeader
        title="Phone numbers"
        description="Numbers this tenant holds. How many it may hold comes from its licenses: Calling Plans for user numbers, Phone System and Audio Conferencing for service numbers."
      />
      <Card title="Capacity">
        <dl className="grid gap-4 sm:grid-cols-3" aria-label="Capacity">
          {(Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]).map((kind) => (
            <div key={kind}>
              <dt className="text-sm text-neutral-600">{KIND_LABEL[kind]} numbers</dt>
              <dd className="text-lg font-semibold">
                {used(kind)} of {capacity[kind]} used
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      {canAcquire && (
        <Card title="Get numbers" className="mt-4">
          <AcquireNumbersForm
            tenantId={tenantId}
            defaultCountry={tenant.country}
            countries={COUNTRIES.map((c) => ({ value: c.code, label: c.name }))}
          />
        </Card>
      )}
      <Card title="Numbers" className="mt-4">
        {numbers.length === 0 ? (
          <EmptyState title="No phone numbers yet">
            Get user numbers for Calling Plan users, or service numbers for conference bridges and auto attendants.
          </EmptyState>
        ) : (
          <Table
            caption="Phone numbers"
            head={
              <>
                <Th>Number</Th>
                <Th>Kind</Th>
                <Th>Country</Th>
                <Th>Assigned to</Th>
                {canAcquire && <Th className="text-right">Release</Th>}
              </>
            }
          >
            {numbers.map((n) => (
              <Tr key={n.id}>
                <Td className="font-mono">{n.number}</Td>
                <Td>{KIND_LABEL[n.kind]}</Td>
                <Td>{findCountry(n.country)?.name ?? n.country}</Td>
                <Td>
                  {n.kind !== "user" ? (
                    <span className="text-neutral-500">Service number</span>
                  ) : canAssign ? (
                    <AssignNumberForm tenantId={tenantId} numberId={n.id} number={n.number} assignedTo={n.assignedTo} users={userOptions} />
                  ) : (
                    ((n.assignedTo && nameOf.get(n.assignedTo)) ?? (n.assignedTo ? "A user" : "Nobody"))
                  )}
                </Td>
                {canAcquire && (
                  <Td className="text-right">
                    <ReleaseNumberForm tenantId={tenantId} numberId={n.id} number={n.number} />
                  </Td>
                )}
              </Tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
