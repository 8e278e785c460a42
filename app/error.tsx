"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Something broke on our side: a generic message here, the details in the server logs only. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-6">
      <div role="alert" className="max-w-md text-center">
        <h1 className="text-2xl font-semibold">Something went wrong</h1>
        <p className="mt-2 text-neutral-600">
          The sandbox hit an unexpected problem. Nothing you did caused it. Try again, and if it keeps happening, reset the tenant from
          Settings.
        </p>
        {error.digest && <p className="mt-2 font-mono text-xs text-neutral-500">Reference: {error.digest}</p>}
        <Button className="mt-4" onClick={reset}>
          Try again
        </Button>
      </div>
    </main>
  );
}
