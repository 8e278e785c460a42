/**
 * The tenant policy flags: the documentation's ambiguities (catalogue §7, §5.3, §6.2) made explicit. Each flag
 * has a plain-language question, the documentation's reading (the default) and what the other setting does.
 * Settings shows these words; a refusal a flag causes names it (details.policyFlag, a changePolicy remedy and
 * a sentence in the message, see withPolicy).
 */
import { DEFAULT_POLICY, type PolicyFlag, type Reason, type TenantPolicy } from "./types";

export interface PolicyFlagInfo {
  flag: PolicyFlag;
  /** Catalogue ids of the ambiguity. */
  ruleIds: string[];
  /** What the flag decides, in our words. */
  question: string;
  /** The documentation's reading, which is the default. */
  defaultReading: string;
  /** What the other setting does. */
  alternative: string;
}

export const POLICY_FLAGS: readonly PolicyFlagInfo[] = [
  {
    flag: "monthlyCommitmentBlocksAddOns",
    ruleIds: ["R-MC-1", "A-6"],
    question: "Does a monthly commitment stop add-on purchases?",
    defaultReading: "Yes: the documentation calls it a known issue that blocks some monthly-commitment customers.",
    alternative: "No: monthly-commitment tenants buy add-ons like annual ones.",
  },
  {
    flag: "sfbPlan2PhoneSystem",
    ruleIds: ["R-PS-S2", "A-1"],
    question: "Can a Skype for Business Online Plan 2 tenant buy Phone System and Calling Plans?",
    defaultReading: "Allow, with advice to compare Enterprise E5 (one sentence of the documentation says they can be bought).",
    alternative: "Switch: the tenant must move to an Enterprise plan first (the section's step list).",
  },
  {
    flag: "canadaCallingPlansPreview",
    ruleIds: ["R-GEO-3"],
    question: "Is this tenant in the Canada Calling Plan preview?",
    defaultReading: "No: Canadian Calling Plans are only for preview and early-adopter customers.",
    alternative: "Yes: users located in Canada can get Calling Plans.",
  },
  {
    flag: "minimumFundingCents",
    ruleIds: ["A-8"],
    question: "What is the smallest amount that can be added to Communications Credits?",
    defaultReading: "$20, the figure of March 2018 (later raised to $50).",
    alternative: "Any other amount you set.",
  },
  {
    flag: "callingPlanPurchaseCountry",
    ruleIds: ["R-GEO-2", "R-GEO-3"],
    question: "What decides whether Calling Plans can be bought: the users' locations or the tenant's country?",
    defaultReading: "The users' usage locations, checked when a plan is assigned; the billing country doesn't matter.",
    alternative: "The tenant's country also has to sell Calling Plans before any can be bought.",
  },
  {
    flag: "diPoolExhaustion",
    ruleIds: ["A-14"],
    question: "When a Domestic and International minute pool uses up one of its two allowances, what stops?",
    defaultReading: 'Every call from that pool ("whichever is reached first", read literally).',
    alternative: "Only the kind of call whose allowance is used up (per category).",
  },
  {
    flag: "creditsInBahrainBrazilBrunei",
    ruleIds: ["R-CC-5"],
    question: "Can tenants in Bahrain, Brazil and Brunei set up Communications Credits?",
    defaultReading: "Yes, as the country pages say (the spreadsheet leaves these three out).",
    alternative: "No, as the spreadsheet's list reads.",
  },
  {
    flag: "phoneSystemOn21Vianet",
    ruleIds: ["R-21V-1"],
    question: "Can a tenant on Office 365 operated by 21Vianet buy Phone System?",
    defaultReading: "Yes, following the China country page (there is no statement about 21Vianet itself).",
    alternative: "No: treat Phone System like the other add-ons 21Vianet doesn't offer.",
  },
];

export function policyFlagInfo(flag: PolicyFlag): PolicyFlagInfo {
  const info = POLICY_FLAGS.find((f) => f.flag === flag);
  if (!info) throw new RangeError(`unknown policy flag ${flag}`);
  return info;
}

/** The default value of a flag (the documentation's reading). */
export function policyDefault<F extends PolicyFlag>(flag: F): TenantPolicy[F] {
  return DEFAULT_POLICY[flag];
}

/** Marks a refusal as caused by a policy flag: names it in details, the message and a changePolicy remedy. */
export function withPolicy(reason: Reason, flag: PolicyFlag): Reason {
  return {
    ...reason,
    message: `${reason.message} This follows the tenant policy "${flag}" (${policyFlagInfo(flag).question}); an admin can change it in Settings.`,
    remedies: [...reason.remedies, { action: "changePolicy", flag }],
    details: { ...reason.details, policyFlag: flag },
  };
}
