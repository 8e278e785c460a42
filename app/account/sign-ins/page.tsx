import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { BulkSignInsForm, CreateSignInForm, SignInRowActions } from "@/components/signins/signin-forms";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { instanceRoleOf, listManagedAccounts } from "@/lib/services/signins";

export const metadata: Metadata = { title: "Sign-ins" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function SignInsPage() {
  const actor = await requireActor("/account/sign-ins");
  const role = await instanceRoleOf(actor);
  if (role === "member") {
    return (
      <>
        <PageHeader title="Sign-ins" />
        <Card>
          <EmptyState title="Only owners and trainers manage sign-ins">
            Your sign-in is a member. Ask a trainer or the sandbox owner if you need sign-ins for others.
          </EmptyState>
        </Card>
      </>
    );
  }
  const accounts = await listManagedAccounts(actor);
  return (
    <>
      <PageHeader
        title="Sign-ins"
        description={
          role === "owner"
            ? "Every sign-in of this sandbox. Passwords are generated and shown once; disabling a sign-in ends its sessions and tokens at once."
            : "The trainee sign-ins you created. Passwords are generated and shown once; disabling a sign-in ends its sessions and tokens at once."
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card title={role === "owner" ? "All sign-ins" : "Your trainees"}>
          {accounts.length === 0 ? (
            <EmptyState title="No sign-ins yet">Create one, or paste a list of trainees.</EmptyState>
          ) : (
            <Table
              caption="Sign-ins"
              head={
                <>
                  <Th>Name</Th>
                  <Th>Email</Th>
                  <Th>Role</Th>
                  <Th>Created</Th>
                  <Th>Status</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </>
              }
            >
              {accounts.map((a) => (
                <Tr key={a.id}>
                  <Td className="font-medium">{a.name}</Td>
                  <Td>{a.email}</Td>
                  <Td>{a.instanceRole}</Td>
                  <Td>{dateFmt.format(new Date(a.createdAt))}</Td>
                  <Td>{a.disabled ? "Disabled" : "Active"}</Td>
                  <Td className="text-right">
                    {a.id !== actor.accountId && <SignInRowActions id={a.id} email={a.email} disabled={a.disabled} />}
                  </Td>
                </Tr>
              ))}
            </Table>
          )}
        </Card>
        <div className="space-y-6">
          <Card title="Create a sign-in">
            <CreateSignInForm canChooseRole={role === "owner"} />
          </Card>
          <Card title="Create many at once">
            <BulkSignInsForm />
          </Card>
        </div>
      </div>
    </>
  );
}
