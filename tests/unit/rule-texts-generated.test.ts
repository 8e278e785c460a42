import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRuleTexts } from "../../scripts/generate-rule-texts";
import { RULES } from "@/lib/domain/rule-index";
import { RULE_TEXTS } from "@/lib/domain/rule-texts.data";
import { docUrl } from "@/components/billing/labels";

describe("the Rules reference texts are generated from the rules catalogue", () => {
  it("regenerating rule-texts.data.ts and doc-pages.data.ts from ../shared/domain/rules-catalogue.md gives the committed files", () => {
    const catalogue = readFileSync(path.resolve("../shared/domain/rules-catalogue.md"), "utf8");
    const { ruleTexts, docPages } = renderRuleTexts(catalogue);
    expect(ruleTexts).toBe(readFileSync(path.resolve("lib/domain/rule-texts.data.ts"), "utf8"));
    expect(docPages).toBe(readFileSync(path.resolve("lib/domain/doc-pages.data.ts"), "utf8"));
  });

  it("every catalogue rule the sandbox cites has the catalogue's statement; only SBX- rules have none", () => {
    const without = Object.keys(RULES).filter((id) => !RULE_TEXTS[id]);
    expect(without.every((id) => id.startsWith("SBX-"))).toBe(true);
    for (const id of Object.keys(RULES).filter((id) => RULE_TEXTS[id])) expect(RULE_TEXTS[id].statement.length).toBeGreaterThan(0);
  });

  it("documentation links go to the page and its anchor, never a search", () => {
    for (const rule of Object.values(RULES)) {
      const url = docUrl(rule.doc);
      expect(url).not.toContain("search");
      const anchor = rule.doc.split("#")[1];
      if (anchor) expect(url.endsWith(`#${anchor}`)).toBe(true);
    }
    expect(docUrl("skype-for-business-and-microsoft-teams-add-on-licensing#bkmk_whichaddons")).toBe(
      "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#bkmk_whichaddons",
    );
  });
});
