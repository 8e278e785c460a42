/**
 * Generates lib/domain/rule-texts.data.ts (and doc-pages.data.ts, the documentation pages) from the rule tables of the rules catalogue, for the Rules reference
 * page: each rule's statement (the catalogue's own columns: preconditions, action, outcome...), its section,
 * and where the documentation says it (the catalogue's citation and short quote, with a link to that line).
 *
 *   npx tsx scripts/generate-rule-texts.ts
 *
 * The catalogue's "Message" column (documentation sentences it drew messages from) is left out: the sandbox's
 * own sentences are in lib/domain/reasons.ts. Run it again whenever the catalogue changes; never edit the output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cataloguePath = resolve(root, "../shared/domain/rules-catalogue.md");
const ruleTextsPath = resolve(root, "lib/domain/rule-texts.data.ts");
const docPagesPath = resolve(root, "lib/domain/doc-pages.data.ts");

const REPO = "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob";
const ID = /^(R|A|F|SBX)-[A-Za-z0-9/-]+$/;
/** Columns that are where the documentation says it (the rest is the rule's statement). */
const SOURCE_COLUMNS = new Set(["Source and quote", "Source", "Evidence", "Seed line"]);
const LEFT_OUT = new Set(["ID", "#", "Message"]);

function cells(line: string): string[] {
  // Split on | not escaped as \|, dropping the empty first and last cells.
  return line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim().replace(/\\\|/g, "|"));
}

/** Markdown to plain text: bold, code and links become their text. */
function plain(md: string): string {
  return md
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/<br\s*\/?>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface RuleText {
  section: string;
  statement: [string, string][];
  source: string | null;
  sourceUrl: string | null;
}

/** Source ids of §0 (M, CP, AF...) -> repository path; and the commits C0..C6. */
function sources(catalogue: string): {
  paths: Record<string, string>;
  commits: Record<string, string>;
  pathCommit: Record<string, string>;
} {
  const paths: Record<string, string> = {};
  const commits: Record<string, string> = {};
  const pathCommit: Record<string, string> = {};
  let listedAt = "C1"; // the source table's "At C2" row: the files after it exist from C2 on
  for (const line of catalogue.split("\n")) {
    if (!line.startsWith("|")) continue;
    const c = cells(line);
    const id = plain(c[0] ?? "");
    const at = /^At (C\d)$/.exec(id);
    if (at) listedAt = at[1];
    const commit = /^[0-9a-f]{40}$/.exec(plain(c[1] ?? ""));
    if (/^C\d$/.test(id) && commit) commits[id] = commit[0];
    const path = /^`([^`]+\.md)`/.exec(c[1] ?? "");
    if (path && /^[A-Z][A-Z0-9@-]*$/.test(id)) {
      paths[id] = path[1]
        .replace(/^LIC\//, "Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/")
        .replace(/^SfbO\//, "Skype/SfbOnline/");
      pathCommit[id] = /@(C\d)$/.exec(id)?.[1] ?? listedAt;
    }
  }
  return { paths, commits, pathCommit };
}

/** "M:210 ..." or "WC:75@C4 ..." -> the line on GitHub at that commit (C1 unless said). */
function citationUrl(source: string, where: ReturnType<typeof sources>): string | null {
  const m = /^([A-Z][A-Z0-9-]*):(\d+)(?:-\d+)?(?:@(C\d))?/.exec(source);
  if (!m) return null;
  const path = where.paths[m[1]];
  const commit = where.commits[m[3] ?? where.pathCommit[m[1]] ?? "C1"];
  return path && commit ? `${REPO}/${commit}/${path}#L${m[2]}` : null;
}

export function parseRuleTexts(catalogue: string): { rules: Record<string, RuleText>; pages: Record<string, string> } {
  const where = sources(catalogue);
  const rules: Record<string, RuleText> = {};
  let chapter = "";
  let section = "";
  let header: string[] = [];
  for (const line of catalogue.split("\n")) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading) {
      const title = plain(heading[2]).replace(/^\d+(\.\d+)*\.? /, "");
      if (heading[1] === "##") chapter = title;
      // A generic sub-heading ("General") says little on its own: name its chapter instead.
      section = heading[1] === "###" && title === "General" ? chapter : title;
      header = [];
      continue;
    }
    if (!line.startsWith("|")) continue;
    const c = cells(line);
    if (c.every((x) => /^:?-+:?$/.test(x))) continue;
    const id = plain(c[0] ?? "");
    if (!ID.test(id)) {
      header = c.map(plain);
      continue;
    }
    if (rules[id]) continue;
    const statement: [string, string][] = [];
    let source: string | null = null;
    header.forEach((name, i) => {
      const text = plain(c[i] ?? "");
      if (!text || LEFT_OUT.has(name)) return;
      if (SOURCE_COLUMNS.has(name)) source = source ? `${source} ${text}` : text;
      else statement.push([name, text]);
    });
    rules[id] = { section, statement, source, sourceUrl: source ? citationUrl(source, where) : null };
  }
  const pages: Record<string, string> = {};
  for (const [id, path] of Object.entries(where.paths)) {
    const page = /([^/]+)\.md$/.exec(path)?.[1];
    const commit = where.commits[where.pathCommit[id] ?? "C1"];
    if (page && commit && !pages[page]) pages[page] = `${REPO}/${commit}/${path}`;
  }
  return { rules, pages };
}

export function renderRuleTexts(catalogue: string): { ruleTexts: string; docPages: string } {
  const { rules, pages } = parseRuleTexts(catalogue);
  if (Object.keys(rules).length < 100) throw new Error(`expected the catalogue's rules, parsed ${Object.keys(rules).length}`);
  const banner =
    "// generated, do not edit: run `npx tsx scripts/generate-rule-texts.ts` after changing ../shared/domain/rules-catalogue.md.";
  return {
    ruleTexts: [
      banner,
      'import type { RuleText } from "./rule-texts";',
      "",
      `export const RULE_TEXTS: Record<string, RuleText> = ${JSON.stringify(rules, null, 2)};`,
      "",
    ].join("\n"),
    docPages: [
      banner,
      "/** Documentation page name -> the page in MicrosoftDocs/OfficeDocs-SkypeForBusiness at the catalogue's commit. */",
      `export const DOC_PAGES: Record<string, string> = ${JSON.stringify(pages, null, 2)};`,
      "",
    ].join("\n"),
  };
}

function main(): void {
  const { ruleTexts, docPages } = renderRuleTexts(readFileSync(cataloguePath, "utf8"));
  writeFileSync(ruleTextsPath, ruleTexts);
  writeFileSync(docPagesPath, docPages);
  console.log(`wrote ${ruleTextsPath} and ${docPagesPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
