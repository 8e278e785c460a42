"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";

/** A disclosure menu (details/summary): opens with Enter or Space, no script needed to reach its links. */
export function AccountMenu({ name, email }: { name: string; email: string }) {
  return (
    <details className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded px-2 py-1 text-sm hover:bg-brand-700"
        aria-label={`Account: ${name}`}
      >
        <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-full bg-white text-xs font-bold text-brand-800">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden md:inline" data-testid="signed-in-name">
          {name}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-neutral-200 bg-white p-2 text-sm text-neutral-900 shadow-lg">
        <p className="px-3 py-2">
          <span className="block font-semibold">{name}</span>
          <span className="block text-neutral-600">{email}</span>
        </p>
        <Link href="/account" className="block rounded px-3 py-2 hover:bg-neutral-100">
          My account
        </Link>
        <Link href="/account/sign-ins" className="block rounded px-3 py-2 hover:bg-neutral-100">
          Sign-ins
        </Link>
        <Link href="/account/tokens" className="block rounded px-3 py-2 hover:bg-neutral-100">
          API tokens
        </Link>
        <button
          type="button"
          onClick={() => signOut({ callbackUrl: "/login" })}
          className="block w-full rounded px-3 py-2 text-left hover:bg-neutral-100"
        >
          Sign out
        </button>
      </div>
    </details>
  );
}
