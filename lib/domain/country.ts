/** One country as the rules see it (the table itself is generated into countries.data.ts). */
export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  name: string;
  /** R-GEO-1: Audio Conferencing can be bought by a tenant in this country. */
  audioConferencing: boolean;
  /** R-GEO-2: Calling Plans are sold for users located here. */
  callingPlans: boolean;
  /** R-GEO-3: Calling Plans only for preview tenants (Canada). */
  callingPlansPreviewOnly: boolean;
  /** R-CC-5: Communications Credits can be set up (§5.3: Bahrain, Brazil, Brunei = yes). */
  communicationsCredits: boolean;
  tollNumbers: boolean;
  tollFreeNumbers: boolean;
  /** §5.3: Belarus is "not available" although its page says otherwise. */
  callMeDialOut: boolean;
  /** Auto-assigned shared Audio Conferencing numbers, normalized ("Yes: Paris", "No", ...). */
  acSharedNumbers: string;
  /** Monthly minutes per assigned license (§3.8): Domestic plan, and Domestic and International plan. */
  callingPlanMinutes: { domestic: number; domesticAndInternational: { domestic: number; international: number } } | null;
  /** Minute pool this country's users draw from: "US" for both US and PR (one shared pool); null without Calling Plans. */
  minutePoolKey: string | null;
  notes: string[];
}
