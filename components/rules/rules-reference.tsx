"use client";

import { useEffect, useId, useMemo, useState } from "react";

export interface RuleEntry {
  id: string;
  /** Our short title (lib/domain/reasons.ts RULES). */
  title: string;
  group: string;
  /** The catalogue's statement of the rule: [column, text]. */
  statement: [string, string][];
  /** The catalogue's citation and short quote of the documentation. */
  source: string | null;
  sourceUrl: string | null;
  /** The documentation page and anchor the rule cites. */
  docUrl: string;
  docLabel: string;
}

const matches = (r: RuleEntry, words: string[]) => {
  const text = [r.id, r.title, r.group, r.source ?? "", ...r.statement.map(([, t]) => t)].join(" ").toLowerCase();
  return words.every((w) => text.includes(w));
};

/** The hash names a rule ("#R-GD-1", "#R-CP-PP%2FS2"): that rule, or null. */
function linkedId(ids: Set<string>): string | null {
  if (typeof window === "undefined" || !window.location.hash) return null;
  const id = decodeURIComponent(window.location.hash.slice(1));
  return ids.has(id) ? id : null;
}

/**
 * Every rule, grouped as the catalogue groups them, with a search box; the rule a refusal linked to
 * (the URL's #id) is highlighted, scrolled to and focused, also when the hash changes on this page.
 */
export function RulesReference({ rules }: { rules: RuleEntry[] }) {
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [linked, setLinked] = useState<string | null>(null);
  const ids = useMemo(() => new Set(rules.map((r) => r.id)), [rules]);

  useEffect(() => {
    const go = () => {
      const id = linkedId(ids);
      setLinked(id);
      if (!id) return;
      setQuery("");
      // After the (possibly cleared) search has rendered the rule.
      requestAnimationFrame(() => {
        const el = document.getElementById(id);
        el?.scrollIntoView({ block: "start" });
        el?.focus({ preventScroll: true });
      });
    };
    go();
    window.addEventListener("hashchange", go);
    return () => window.removeEventListener("hashchange", go);
  }, [ids]);

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length ? rules.filter((r) => matches(r, words)) : rules;
  const groups = new Map<string, RuleEntry[]>();
  for (const r of shown) (groups.get(r.group) ?? groups.set(r.group, []).get(r.group)!).push(r);

  return (
    <div>
      <form role="search" className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <div className="flex flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-medium">
            Search rules
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="An id, a product, a word"
            className="w-80 max-w-full rounded border border-neutral-300 bg-white px-3 py-2 text-sm"
          />
        </div>
        <p className="pb-2 text-sm text-neutral-600" aria-live="polite" data-testid="rules-count">
          {shown.length === rules.length ? `${rules.length} rules` : `${shown.length} of ${rules.length} rules match`}
        </p>
      </form>
      {groups.size > 0 && (
        <nav aria-label="Rule groups" className="mb-6 flex flex-wrap gap-2 text-sm">
          {[...groups].map(([group, list]) => (
            <a
              key={group}
              href={`#group-${slug(group)}`}
              className="rounded border border-neutral-300 bg-white px-2 py-1 hover:bg-neutral-100"
            >
              {group} <span className="text-neutral-500">({list.length})</span>
            </a>
          ))}
        </nav>
      )}
      {shown.length === 0 && <p className="text-sm text-neutral-600">No rule matches. Try fewer words.</p>}
      <div className="space-y-8">
        {[...groups].map(([group, list]) => (
          <section key={group} aria-labelledby={`group-${slug(group)}`}>
            <h2 id={`group-${slug(group)}`} className="mb-3 scroll-mt-4 text-lg font-semibold">
              {group}
            </h2>
            <ul className="space-y-3">
              {list.map((r) => (
                <li key={r.id}>
                  <RuleCard rule={r} highlighted={r.id === linked} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function RuleCard({ rule, highlighted }: { rule: RuleEntry; highlighted: boolean }) {
  return (
    <article
      id={rule.id}
      tabIndex={-1}
      aria-labelledby={`${rule.id}-title`}
      aria-current={highlighted ? "true" : undefined}
      data-testid="rule-card"
      className={`scroll-mt-4 rounded-md border bg-white p-4 shadow-sm focus:outline-2 focus:outline-brand-700 ${highlighted ? "border-brand-600 ring-4 ring-brand-100" : "border-neutral-200"}`}
    >
      <h3 id={`${rule.id}-title`} className="flex flex-wrap items-baseline gap-x-3 font-semibold">
        <span className="font-mono text-sm text-brand-800">{rule.id}</span>
        <span>{rule.title}</span>
        {highlighted && (
          <span className="rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-900">The rule you followed</span>
        )}
      </h3>
      {rule.statement.length > 0 ? (
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[11rem_1fr]">
          {rule.statement.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-neutral-600">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-neutral-700">
          A sandbox rule: the documentation doesn&apos;t state it, and the title says what the sandbox does.
        </p>
      )}
      <div className="mt-3 border-t border-neutral-100 pt-2 text-sm">
        {rule.source && (
          <blockquote className="border-l-4 border-neutral-200 pl-3 text-neutral-700" cite={rule.sourceUrl ?? undefined}>
            <span className="sr-only">Where the documentation says it: </span>
            {rule.source}
          </blockquote>
        )}
        <p className="mt-1 flex flex-wrap gap-x-4">
          <a href={rule.docUrl} target="_blank" rel="noreferrer" className="text-brand-700 underline">
            Documentation: {rule.docLabel}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
          {rule.sourceUrl && (
            <a href={rule.sourceUrl} target="_blank" rel="noreferrer" className="text-brand-700 underline">
              The cited line
              <span className="sr-only"> of the documentation for {rule.id} (opens in a new tab)</span>
            </a>
          )}
        </p>
      </div>
    </article>
  );
}
