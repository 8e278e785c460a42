import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CreateTokenForm, RevokeTokenButton } from "@/components/tokens/token-forms";
import { requireActor } from "@/lib/auth/session";
import { listTokens } from "@/lib/services/accounts";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export const metadata: Metadata = { title: "API tokens" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function TokensPage() {
  const actor = await requireActor("/account/tokens");
  const tokens = await listTokens(actor);
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Scripts use a token to call the sandbox API (see /api/v1/openapi.json). A token acts with your role in each tenant. It is shown once; we keep only a hash."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card title="Your tokens">
          {tokens.length === 0 ? (
            <EmptyState title="No tokens yet">Create one to script the sandbox.</EmptyState>
          ) : (
            <Table
              caption="Your API tokens"
              head={
                <>
                  <Th>Name</Th>
                  <Th>Starts with</Th>
                  <Th>Created</Th>
                  <Th>Expires</Th>
                  <Th>Status</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </>
              }
            >
              {tokens.map((t) => (
                <Tr key={t.id}>
                  <Td className="font-medium">{t.name}</Td>
                  <Td className="font-mono text-xs">{t.prefix}…</Td>
                  <Td>{dateFmt.format(new Date(t.createdAt))}</Td>
                  <Td>{dateFmt.format(new Date(t.expiresAt))}</Td>
                  <Td>{t.revokedAt ? "Revoked" : new Date(t.expiresAt) < new Date() ? "Expired" : "Active"}</Td>
                  <Td className="text-right">{!t.revokedAt && <RevokeTokenButton tokenId={t.id} name={t.name} />}</Td>
                </Tr>
              ))}
            </Table>
          )}
        </Card>
        <Card title="Create a token">
          <CreateTokenForm />
        </Card>
      </div>
    </>
  );
}
