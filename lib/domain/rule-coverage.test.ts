/**
 * Every rule id cited in lib/domain source must exist (catalogue ids in shared/domain/rules-catalogue.md,
 * sandbox SBX- ids in RULES) and must be exercised by at least one lib/domain test file, on a line that is
 * code (a test title, a table row, an assertion), not a comment.
 * Every rule row of catalogue §2.1-§2.6 and §4.1 is either enforced (in RULES) or listed in NOT_ENFORCED
 * with the reason, never both.
 * The catalogue is read from ../shared relative to the project root (process.cwd()), as in CI.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "./rule-index";

const DOMAIN = resolve(process.cwd(), "lib/domain");
const CATALOGUE = readFileSync(resolve(process.cwd(), "../shared/domain/rules-catalogue.md"), "utf8");

/** Catalogue ids (R-..., A-n, F-n) and sandbox ids (SBX-...). */
const RULE_ID = /\b(R-[A-Z0-9]+(?:-[A-Za-z0-9/]+)*|A-\d+|F-\d+|SBX-[A-Z0-9]+(?:-[A-Z0-9]+)*)\b/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const isTest = (path: string) => path.endsWith(".test.ts");
/** This file lists ids itself; those mentions must not count as tests. */
const isThisFile = (path: string) => path.endsWith("rule-coverage.test.ts");
/**
 * Generated reference data (countries.data.ts, and rule-texts.data.ts: every catalogue row's text for the Rules
 * reference page) names rules without deciding anything, so its mentions don't count as citing a rule.
 */
const isGeneratedData = (path: string) => path.endsWith(".data.ts");
const files = tsFiles(DOMAIN).filter((f) => !isGeneratedData(f));
const sourceText = files.filter((f) => !isTest(f)).map((f) => [f, readFileSync(f, "utf8")] as const);

/** A comment line: `//`, `/*`, or a block comment's ` * ` continuation. */
const isCommentLine = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);
/** The code lines of the lib/domain tests (test titles, table rows, assertions), comments left out. */
const testCode = files
  .filter((f) => isTest(f) && !isThisFile(f))
  .flatMap((f) => readFileSync(f, "utf8").split("\n"))
  .filter((line) => !isCommentLine(line))
  .join("\n");

/**
 * Catalogue rule rows (§2.1-§2.6, §4.1) the sandbox does not enforce, each with why. Everything else in those
 * sections is in RULES. R-CC-4 (toll-free numbers need Communications Credits) and R-GEO-4 (Chile toll numbers for
 * organizations in Chile) are enforced when numbers are acquired (phone-numbers.ts).
 */
const NOT_ENFORCED: Record<string, string> = {
  "R-EA-1":
    "the tenant model has no Enterprise Agreement nor its billing-address region, and the docs only say a purchase might fail and to open a support incident: no rule to decide",
  "R-PS-CARRIER": "advice for keeping an existing carrier via Cloud Connector; carriers are not modelled",
  "R-CCE-1": "Cloud Connector (on-premises PSTN) deployment is not simulated; users on it are modelled only as pstnConnectivity onPremises",
  "R-CCE-2":
    "configuring Cloud Connector is not an action the sandbox has; the country list comes from a 2018 page (CCE:68@C2) with no console or API surface to gate",
  "R-CP-PBX": "third-party PBX systems are not modelled",
  "R-AC-3P":
    "the docs name no provider, price or set-up step for third-party audio conferencing, so it stays a remedy (thirdPartyProvider), not a modelled choice",
  "R-AC-PPM":
    "pay-per-minute Audio Conferencing (A-10) is sold only through a Volume Licensing account representative: the docs give no SKU, price or self-service step, and the tenant model has no Volume Licensing agreement",
  "R-AC-TRY": "free E5 trials are not simulated",
  "R-CC-6": "per-country dial-in bridge numbers are not simulated",
  "R-UI-VOICE": "there is no Skype for Business admin center Voice node in the console",
  "R-NUM-CAP": "the contact-support path above the caps; the caps themselves are R-NUM-USER and R-NUM-SVC",
  "R-ASG-1": "purchase sizing advice; seat counting is enforced as R-ASG-SEAT",
  "R-ASG-AC3P": "a user's conferencing provider is not modelled",
  "R-ASG-HYB-P2": "where a hybrid user is homed is not modelled (only pstnConnectivity)",
  "R-ASG-VM":
    "voicemail is provisioned by the service once Phone System and a number are assigned; the sandbox has no mailbox or voicemail state to show it in (numbers are modelled, the mailbox is not)",
  "R-ASG-ORDER": "click-path guidance; assignLicense judges the final set of one change, so order is free",
};

/** The section of the catalogue from the heading `from` up to the heading `to`. */
function section(from: string, to: string): string {
  const start = CATALOGUE.indexOf(from);
  const end = CATALOGUE.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`catalogue section ${from} not found`);
  return CATALOGUE.slice(start, end);
}

/** The ids of the rule rows (`| R-... |`) of catalogue §2.1-§2.6 and §4.1. */
const catalogueRuleRows = [section("### 2.1", "### 2.7"), section("### 4.1", "### 4.2")]
  .flatMap((text) => text.split("\n"))
  .filter((line) => line.startsWith("| R-"))
  .map((line) => line.split("|")[1].trim());

function idsIn(text: string): string[] {
  return [...text.matchAll(RULE_ID)].map((m) => m[1]);
}

/** Whole-token presence: "A-1" must not match inside "A-19", "R-CC-1" not inside "R-CC-10". */
function mentions(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9-])${escaped}(?![A-Za-z0-9/-])`).test(text);
}

const cited = [...new Set(sourceText.flatMap(([, text]) => idsIn(text)))].sort();

describe("rule coverage across lib/domain", () => {
  it("finds cited rule ids", () => {
    expect(cited.length).toBeGreaterThan(40);
  });

  it.each(cited)("%s exists (catalogue, or RULES for SBX- ids)", (id) => {
    if (id.startsWith("SBX-")) expect(RULES[id], `${id} missing from RULES`).toBeDefined();
    else expect(mentions(CATALOGUE, id), `${id} is not in rules-catalogue.md`).toBe(true);
  });

  it.each(cited.filter((id) => !(id in NOT_ENFORCED)))("%s is exercised by a lib/domain test (on a code line, not a comment)", (id) => {
    expect(mentions(testCode, id), `${id} appears on no code line of a lib/domain test file`).toBe(true);
  });

  it.each(Object.keys(RULES))("RULES entry %s is a real id", (id) => {
    if (id.startsWith("SBX-")) return;
    expect(mentions(CATALOGUE, id), `${id} is not in rules-catalogue.md`).toBe(true);
  });
});

describe("catalogue §2.1-§2.6 and §4.1: every rule row is enforced or listed as not enforced", () => {
  it("parses the rule rows", () => {
    expect(catalogueRuleRows.length).toBeGreaterThan(50);
    expect(catalogueRuleRows).toContain("R-CP-PP/S2");
    expect(catalogueRuleRows).toContain("R-ASG-ORDER");
  });

  it.each(catalogueRuleRows)("%s is in RULES or in NOT_ENFORCED", (id) => {
    expect(id in RULES || id in NOT_ENFORCED, `${id}: add it to RULES (and enforce it) or to NOT_ENFORCED with a reason`).toBe(true);
  });

  it.each(Object.keys(NOT_ENFORCED))("NOT_ENFORCED %s is a catalogue rule row, not in RULES, with a reason", (id) => {
    expect(catalogueRuleRows).toContain(id);
    expect(RULES[id], `${id} is both in RULES and in NOT_ENFORCED`).toBeUndefined();
    expect(NOT_ENFORCED[id].length).toBeGreaterThan(10);
  });

  it.each(catalogueRuleRows.filter((id) => id in RULES))("enforced %s is exercised by a lib/domain test (on a code line)", (id) => {
    expect(mentions(testCode, id), `${id} appears on no code line of a lib/domain test file`).toBe(true);
  });
});
