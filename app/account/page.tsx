import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/signins/signin-forms";
import { requireActor } from "@/lib/auth/session";
import { instanceRoleOf } from "@/lib/services/signins";

export const metadata: Metadata = { title: "My account" };

export default async function MyAccountPage() {
  const actor = await requireActor("/account");
  const role = await instanceRoleOf(actor);
  return (
    <>
      <PageHeader title="My account" description={`${actor.name} · ${actor.email} · instance role: ${role}`} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Change your password">
          <p className="mb-3 text-sm text-neutral-700">Changing it signs you out everywhere else and ends your API tokens.</p>
          <ChangePasswordForm />
        </Card>
        <Card title="More">
          <ul className="list-disc pl-5 text-sm">
            <li>
              <Link className="underline" href="/account/tokens">
                API tokens
              </Link>
            </li>
            {role !== "member" && (
              <li>
                <Link className="underline" href="/account/sign-ins">
                  Sign-ins
                </Link>
              </li>
            )}
          </ul>
        </Card>
      </div>
    </>
  );
}
