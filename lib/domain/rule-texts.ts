/** A rule as the catalogue states it (generated into rule-texts.data.ts by scripts/generate-rule-texts.ts). */
export interface RuleText {
  /** The catalogue section it is in ("Tenant-level blocks", "Phone System and Calling Plan"...). */
  section: string;
  /** The catalogue's columns for it, in order: [column, text]. */
  statement: [string, string][];
  /** Where the documentation says it: the catalogue's citation (file:line) and short quote. */
  source: string | null;
  /** That line of the documentation page at the catalogue's commit, when the citation names one. */
  sourceUrl: string | null;
}
