import { SKU_CATALOG } from "@/lib/domain/catalog";
import type { Remedy, SkuPartNumber } from "@/lib/domain/types";
import { DOC_PAGES } from "@/lib/domain/doc-pages.data";

/** Features a plan includes that aren't SKUs of their own (catalog FEATURES), in words. */
const FEATURE_LABELS: Record<string, string> = {
  voicemail: "Phone System voicemail",
  exchangeOnlinePlan1: "Exchange Online (Plan 1)",
  skypeForBusinessOnlinePlan1: "Skype for Business Online (Plan 1)",
  officeApps: "Office apps",
};

export function skuLabel(sku: string): string {
  return SKU_CATALOG[sku as SkuPartNumber]?.name ?? FEATURE_LABELS[sku] ?? sku;
}

/** Pages the catalogue doesn't hold a copy of, at their current address. */
const OTHER_DOC_PAGES: Record<string, string> = {
  "licensing-service-plan-reference": "https://learn.microsoft.com/en-us/entra/identity/users/licensing-service-plan-reference",
  // The sandbox faults' pages (SBX-FAULT-*): what each fault imitates.
  "about-admin-roles": "https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/about-admin-roles",
  "microsoft-graph-error-responses-and-resource-types": "https://learn.microsoft.com/en-us/graph/errors",
  "microsoft-graph-throttling-guidance": "https://learn.microsoft.com/en-us/graph/throttling",
  "best-practices-for-working-with-microsoft-graph": "https://learn.microsoft.com/en-us/graph/best-practices-concept",
};

/**
 * The documentation page a rule cites ("page#anchor") as a link to that page and anchor: the 2018 page in
 * MicrosoftDocs/OfficeDocs-SkypeForBusiness at the catalogue's commit (the text the rules were read from).
 */
export function docUrl(doc: string): string {
  const [page, anchor] = doc.split("#");
  const url =
    DOC_PAGES[page] ??
    OTHER_DOC_PAGES[page] ??
    `https://learn.microsoft.com/en-us/search/?terms=${encodeURIComponent(page.replace(/-/g, " "))}`;
  return anchor ? `${url}#${anchor}` : url;
}

export interface RemedyLink {
  label: string;
  href?: string;
}

/** Where a refusal is shown: the user it is about, and whether their page (with its Details form) is this one. */
export interface RemedyContext {
  userId?: string;
  onUserPage?: boolean;
}

/** A remedy as something to click that does it, or a plain instruction when the sandbox can't do it. */
export function remedyLink(remedy: Remedy, tenantId: string, code?: string, context: RemedyContext = {}): RemedyLink {
  const base = `/tenants/${tenantId}`;
  switch (remedy.action) {
    case "purchase":
      if (remedy.sku === "MCOPSTNC") return { label: "Set up Communications Credits", href: `${base}/billing/credits` };
      return {
        // Out of seats, the way forward is more of the same; otherwise something else comes first.
        label: code === "INSUFFICIENT_LICENSES" ? `Buy more seats of ${skuLabel(remedy.sku)}` : `Buy ${skuLabel(remedy.sku)} first`,
        href: `${base}/billing/buy/${remedy.sku}`,
      };
    case "switchPlan":
      return {
        label: remedy.to.length === 1 ? `Switch to ${skuLabel(remedy.to[0])}` : "Go to Switch plans",
        href: `${base}/billing/switch-plan${remedy.to.length === 1 ? `?to=${remedy.to[0]}` : ""}`,
      };
    case "changeCommitment":
      return { label: "Change to an annual commitment", href: `${base}/settings#tenant-settings` };
    case "addFunds":
      return { label: "Add funds", href: `${base}/billing/credits` };
    case "assign":
      return { label: `Also assign ${skuLabel(remedy.sku)} to the user, in the same change` };
    case "setUsageLocation":
      // On the user's own page the field is right there: go to it (the ticked licenses stay ticked).
      if (context.onUserPage) return { label: "Set the user's usage location", href: "#usageLocation" };
      return {
        label: "Set the user's usage location",
        href: context.userId ? `${base}/users/${context.userId}#usageLocation` : `${base}/users`,
      };
    case "contactSupport":
      return { label: "Contact support (in the real admin center: Support > New service request)" };
    case "thirdPartyProvider":
      return { label: "Use a third-party audio conferencing provider" };
    case "cancelSubscription":
      return { label: `Cancel the ${skuLabel(remedy.sku)} subscription first`, href: `${base}/billing/subscriptions` };
    case "unassign":
      return { label: `Take ${skuLabel(remedy.sku)} away from the users who hold it first`, href: `${base}/billing/licenses` };
    case "changePolicy":
      return { label: `Change the "${remedy.flag}" policy in Settings`, href: `${base}/settings#policy` };
  }
}

/** One line on what each add-on does, in our words, for the Buy add-ons cards. */
export const ADDON_DESCRIPTIONS: Record<string, string> = {
  MCOMEETADV: "Lets meeting organizers add dial-in phone numbers to their meetings. Attendees who dial in need no license.",
  MCOEV: "Turns users' Skype for Business or Teams into a phone system: call handling, voicemail, auto attendants.",
  MCOPSTN1: "Gives a user a phone number and a monthly pool of minutes for calls inside their country.",
  MCOPSTN2: "Like the Domestic plan, plus a monthly allowance of international minutes.",
  MCOPSTNC: "A prepaid balance that pays for toll-free dial-in, dial-out and calls beyond the plan minutes.",
  EXCHANGEENTERPRISE: "Exchange Online mailbox (Plan 2). Phone System voicemail needs it on E1 and E4.",
};
