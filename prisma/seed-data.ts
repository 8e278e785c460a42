import type { CreateTenantInput } from "@/lib/validation/tenants";
import type { SeedUser } from "@/lib/services/tenants";
import type { Role } from "@/lib/domain/roles";
import { DEMO_SITUATIONS } from "@/lib/domain/fixtures";

/** The four demo sign-ins: one per role, one shared password (printed at start). */
export const DEMO_PASSWORD = "Sandbox-2018!";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "global.admin@sandbox.test", name: "Gloria Admin", role: "GLOBAL_ADMIN" },
  { email: "billing.admin@sandbox.test", name: "Bill Ingram", role: "BILLING_ADMIN" },
  { email: "license.admin@sandbox.test", name: "Lena Icense", role: "LICENSE_ADMIN" },
  { email: "global.reader@sandbox.test", name: "Reed Only", role: "GLOBAL_READER" },
];

/** A handful of directory users, located in `country`; the first ones get the base plan. */
function demoUsers(domain: string, country: string, plan: string | null): SeedUser[] {
  const base = plan ? [plan] : [];
  return [
    { userPrincipalName: `adele.vance@${domain}`, displayName: "Adele Vance", usageLocation: country, licenses: base },
    { userPrincipalName: `alex.wilber@${domain}`, displayName: "Alex Wilber", usageLocation: country, licenses: base },
    { userPrincipalName: `megan.bowen@${domain}`, displayName: "Megan Bowen", usageLocation: null, licenses: [] },
    {
      userPrincipalName: `lee.gu@${domain}`,
      displayName: "Lee Gu",
      usageLocation: country,
      pstnConnectivity: "onPremises",
      licenses: base,
    },
    {
      userPrincipalName: `rainier.room@${domain}`,
      displayName: "Conference Room Rainier",
      usageLocation: country,
      kind: "room",
      licenses: [],
    },
  ];
}

interface DemoTenant {
  /** The rules engine's fixture this tenant reproduces (lib/domain/fixtures.ts DEMO_SITUATIONS). */
  situation: string;
  input: Omit<CreateTenantInput, "policy"> & { policy?: CreateTenantInput["policy"] };
  domain: string;
}

/** Name and mail domain of the demo tenant for each documented situation. */
const NAMES: Record<string, [name: string, domain: string]> = {
  "bp-direct": ["Contoso Business Premium (direct)", "contoso-bp.test"],
  "bp-godaddy": ["Fabrikam Business Premium (GoDaddy)", "fabrikam-gd.test"],
  "e3-monthly": ["Northwind E3 (monthly commitment)", "northwind-monthly.test"],
  proplus: ["Tailspin ProPlus", "tailspin-proplus.test"],
  "sfb-plan2": ["Litware Skype for Business Plan 2", "litware-p2.test"],
  e1: ["Adatum E1", "adatum-e1.test"],
  e3: ["Woodgrove E3", "woodgrove-e3.test"],
  e4: ["Proseware E4", "proseware-e4.test"],
  "e5-noac-fr": ["Lamna E5 without Audio Conferencing (France)", "lamna-fr.test"],
  "e5-noac-in": ["Trey E5 without Audio Conferencing (India)", "trey-in.test"],
  e5: ["Relecloud E5", "relecloud-e5.test"],
  partner: ["Margie's Travel (partner, Action Pack)", "margies-partner.test"],
  "21vianet": ["Wingtip (operated by 21Vianet)", "wingtip-21v.test"],
};

/**
 * One tenant per situation the documentation walks through (issue 2's list), built from the same
 * fixtures the rules engine's tests use, so the seed and the tested situations can't drift apart.
 */
export const DEMO_TENANTS: DemoTenant[] = DEMO_SITUATIONS.filter((d) => d.key in NAMES).map((d) => {
  const [name, domain] = NAMES[d.key];
  const s = d.snapshot;
  return {
    situation: d.key,
    domain,
    input: {
      name,
      country: s.country,
      orgType: s.orgType,
      cloud: s.cloud,
      channel: s.channel,
      commitment: s.commitment,
      plan: s.plan,
      seats: 25,
    },
  };
});

export function demoTenantUsers(t: DemoTenant): SeedUser[] {
  return demoUsers(t.domain, t.input.country, t.input.plan);
}
