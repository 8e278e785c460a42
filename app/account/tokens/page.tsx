import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CreateTokenForm, RevokeTokenButton } from "@/components/tokens/token-forms";
import { requireActor } from "@/lib/auth/session";
import { listTokens } from "@/lib/services/accounts";

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
            <table className="w-full text-left text-sm">
              <thead className="border-b text-xs uppercase text-neutral-500">
                <tr>
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Starts with</th>
                  <th scope="col" className="py-2 pr-4">Created</th>
                  <th scope="col" className="py-2 pr-4">Expires</th>
                  <th scope="col" className="py-2 pr-4">Status</th>
                  <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id} className="border-b border-neutral-100 last:border-0">
                    <td className="py-2 pr-4 font-medium">{t.name}</td>
                    <td className="py-2 pr-4 font-mono text-xs">{t.prefix}…</td>
                    <td className="py-2 pr-4">{dateFmt.format(new Date(t.createdAt))}</td>
                    <td className="py-2 pr-4">{dateFmt.format(new Date(t.expiresAt))}</td>
                    <td className="py-2 pr-4">{t.revokedAt ? "Revoked" : new Date(t.expiresAt) < new Date() ? "Expired" : "Active"}</td>
                    <td className="py-2 text-right">{!t.revokedAt && <RevokeTokenButton tokenId={t.id} name={t.name} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title="Create a token">
          <CreateTokenForm />
        </Card>
      </div>
    </>
  );
}
