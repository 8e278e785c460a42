import type { Metadata } from "next";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { docUrl } from "@/components/billing/labels";
import { requireActor } from "@/lib/auth/session";
import { loadShell } from "@/app/_lib/page-context";
import { RULES } from "@/lib/domain/rule-index";

export const metadata: Metadata = { title: "Rules reference" };

/** Every rule the sandbox enforces, with its id (as cited in refusals and the audit trail) and its source. */
export default async function RulesPage() {
  const actor = await requireActor("/rules");
  const { tenants } = await loadShell(actor);
  const rules = Object.entries(RULES);
  return (
    <ConsoleShell actor={actor} tenants={tenants}>
      <PageHeader
        title="Rules reference"
        description="Every refusal in the sandbox names one of these rules. Ids starting with R- come from Microsoft's March 2018 documentation, A- ids are how the sandbox settles a point the documentation leaves open, and SBX- ids are sandbox rules the documentation doesn't cover."
      />
      <Card>
        <Table
          caption="Rules the sandbox enforces"
          head={
            <>
              <Th>Rule</Th>
              <Th>What it says</Th>
              <Th>Source</Th>
            </>
          }
        >
          {rules.map(([id, rule]) => (
            <Tr key={id}>
              <Td className="whitespace-nowrap font-mono text-xs" id={id}>
                {id}
              </Td>
              <Td>{rule.title}</Td>
              <Td>
                <a href={docUrl(rule.doc)} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                  {rule.doc.split("#")[0]}
                </a>
              </Td>
            </Tr>
          ))}
        </Table>
      </Card>
    </ConsoleShell>
  );
}
