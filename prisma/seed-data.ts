import type { CreateTenantInput } from "@/lib/validation/tenants";
import type { SeedUser } from "@/lib/services/tenants";
import type { Role } from "@/lib/auth/permissions";

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
    { userPrincipalName: `lee.gu@${domain}`, displayName: "Lee Gu", usageLocation: country, pstnConnectivity: "onPremises", licenses: base },
    { userPrincipalName: `rainier.room@${domain}`, displayName: "Conference Room Rainier", usageLocation: country, kind: "room", licenses: [] },
  ];
}

interface DemoTenant {
  input: Omit<CreateTenantInput, "policy"> & { policy?: CreateTenantInput["policy"] };
  domain: string;
}

function demo(name: string, domain: string, fields: Partial<DemoTenant["input"]>): DemoTenant {
  return {
    domain,
    input: {
      name,
      country: "US",
      orgType: "commercial",
      cloud: "worldwide",
      channel: "direct",
      commitment: "annual",
      plan: "ENTERPRISEPACK",
      seats: 25,
      ...fields,
    },
  };
}

/** One tenant per situation the documentation walks through (issue 2's list). */
export const DEMO_TENANTS: DemoTenant[] = [
  demo("Contoso Business Premium (direct)", "contoso-bp.test", { plan: "O365_BUSINESS_PREMIUM" }),
  demo("Fabrikam Business Premium (GoDaddy)", "fabrikam-gd.test", { plan: "O365_BUSINESS_PREMIUM", channel: "godaddy" }),
  demo("Northwind E3 (monthly commitment)", "northwind-monthly.test", { plan: "ENTERPRISEPACK", commitment: "monthly" }),
  demo("Tailspin ProPlus", "tailspin-proplus.test", { plan: "OFFICESUBSCRIPTION" }),
  demo("Litware Skype for Business Plan 2", "litware-p2.test", { plan: "MCOSTANDARD" }),
  demo("Adatum E1", "adatum-e1.test", { plan: "STANDARDPACK" }),
  demo("Woodgrove E3", "woodgrove-e3.test", { plan: "ENTERPRISEPACK" }),
  demo("Proseware E4", "proseware-e4.test", { plan: "ENTERPRISEWITHSCAL" }),
  demo("Lamna E5 without Audio Conferencing (France)", "lamna-fr.test", { plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "FR" }),
  demo("Trey E5 without Audio Conferencing (India)", "trey-in.test", { plan: "ENTERPRISEPREMIUM_NOPSTNCONF", country: "IN" }),
  demo("Relecloud E5", "relecloud-e5.test", { plan: "ENTERPRISEPREMIUM" }),
  demo("Margie's Travel (partner, Action Pack)", "margies-partner.test", { plan: "ENTERPRISEPACK", channel: "partner" }),
  demo("Wingtip (operated by 21Vianet)", "wingtip-21v.test", { plan: "ENTERPRISEPACK", cloud: "21vianet", country: "CN" }),
];

export function demoTenantUsers(t: DemoTenant): SeedUser[] {
  return demoUsers(t.domain, t.input.country, t.input.plan);
}
