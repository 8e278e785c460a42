import Link from "next/link";

export default function TenantNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Tenant not found</h1>
      <p className="mt-2 text-neutral-600">It doesn&apos;t exist, or you aren&apos;t a member of it.</p>
      <Link href="/tenants" className="mt-4 inline-block text-brand-700 underline">
        Back to your tenants
      </Link>
    </div>
  );
}
