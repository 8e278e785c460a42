import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleShell } from "@/components/shell/console-shell";
import { PageHeader } from "@/components/ui/card";
import { docUrl } from "@/components/billing/labels";
import { type RuleEntry, RulesReference } from "@/components/rules/rules-reference";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";
import { RULES } from "@/lib/domain/rule-index";
import { RULE_TEXTS } from "@/lib/domain/rule-texts.data";

export const metadata: Metadata = { title: "Rules reference" };

const SANDBOX_GROUP = "Sandbox rules (not in the documentation)";

/** The catalogue's section names, shortened where they carry notes for the builders. */
const GROUP_TITLES: Record<string, string> = {
  "Tenant-level blocks (apply before any add-on rule)": "Tenant-level blocks",
  "Admin-center visibility and number-acquisition gates (not purchase, but the console should enforce them)":
    "Phone numbers and admin-center visibility",
  "Non-blocking recommendations the console should show": "Recommendations",
  "User license assignment rules": "Assigning licenses to users",
  "Contradictions inside the English docs": "Sandbox readings where the documentation is unclear",
  "Where the French seed (MT) differs from the English (C1) — follow the English": "Translation notes",
};

/** "skype-for-business-...-licensing#bkmk_whichaddons" -> "skype for business ... licensing". */
function pageName(doc: string): string {
  return doc.split("#")[0].replace(/-/g, " ");
}

/**
 * Every rule the sandbox enforces, grouped, searchable, each with the catalogue's statement and documentation
 * citation. `?tenant=` keeps the tenant the reader came from (its navigation stays on the left).
 */
export default async function RulesPage({ searchParams }: { searchParams: Promise<{ tenant?: string }> }) {
  const { tenant: tenantParam } = await searchParams;
  const tenantId = typeof tenantParam === "string" && /^[\w-]{1,64}$/.test(tenantParam) ? tenantParam : undefined;
  const actor = await requireActor(tenantId ? `/rules?tenant=${tenantId}` : "/rules");
  const { tenants, current } = await loadShell(actor, tenantId);
  const byGroup = new Map<string, RuleEntry[]>();
  for (const [id, rule] of Object.entries(RULES)) {
    const text = RULE_TEXTS[id];
    const group = text ? (GROUP_TITLES[text.section] ?? text.section) : SANDBOX_GROUP;
    const entry: RuleEntry = {
      id,
      title: rule.title,
      group,
      statement: text?.statement ?? [],
      source: text?.source ?? null,
      sourceUrl: text?.sourceUrl ?? null,
      docUrl: docUrl(rule.doc),
      docLabel: pageName(rule.doc),
    };
    (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(entry);
  }
  // The catalogue's order of sections, sandbox rules last.
  const order = [...new Set(Object.values(RULE_TEXTS).map((t) => GROUP_TITLES[t.section] ?? t.section)), SANDBOX_GROUP];
  const rules = order.flatMap((g) => byGroup.get(g) ?? []);
  return (
    <ConsoleShell actor={actor} tenants={tenants} current={current}>
      {current && (
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-neutral-600">
          <Link href={`/tenants/${current.id}`} className="hover:underline">
            {current.name}
          </Link>{" "}
          › Rules reference
        </nav>
      )}
      <PageHeader
        title="Rules reference"
        description="Every refusal in the sandbox names one of these rules. Ids starting with R- come from Microsoft's March 2018 documentation, A- ids are how the sandbox settles a point the documentation leaves open, and SBX- ids are sandbox rules the documentation doesn't cover. Each rule shows the catalogue's statement of it and where the documentation says it."
      />
      <RulesReference rules={rules} />
    </ConsoleShell>
  );
}
