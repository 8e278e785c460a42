import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Billing Sandbox</p>
        <h1 className="mt-2 text-2xl font-semibold">We couldn&apos;t find that page</h1>
        <p className="mt-2 text-neutral-600">It doesn&apos;t exist, or it belongs to a tenant you aren&apos;t a member of.</p>
        <Link href="/tenants" className="mt-4 inline-block font-semibold text-brand-700 underline">
          Go to your tenants
        </Link>
      </div>
    </main>
  );
}
