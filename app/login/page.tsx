import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only relative callback URLs are kept, so the sign-in page can't be used to redirect elsewhere. */
function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return "/tenants";
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid" && !value.startsWith("http://localhost") && !value.startsWith("http://127.0.0.1"))
      return "/tenants";
    return url.pathname.startsWith("/") && !url.pathname.startsWith("//") ? `${url.pathname}${url.search}` : "/tenants";
  } catch {
    return "/tenants";
  }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 to-white p-6">
      <div className="w-full max-w-sm rounded-md border border-neutral-200 bg-white p-8 shadow-md">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Billing Sandbox</p>
        <h1 className="mt-1 text-2xl font-semibold">Sign in</h1>
        <p className="mt-1 text-sm text-neutral-600">A practice admin center: nothing here costs money, and every tenant can be reset.</p>
        <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
      </div>
    </main>
  );
}
