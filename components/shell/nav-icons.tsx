import type { ReactNode } from "react";

/**
 * Left-navigation icons, drawn inline (24x24, stroked like the 2018 admin center's line icons). Inline SVG
 * rather than an icon package: a dozen small paths, no dependency to keep up to date, nothing for the client
 * to download beyond the page. Decorative: the link's text names it, so every icon is aria-hidden.
 */
const PATHS: Record<string, ReactNode> = {
  home: <path d="M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5" />,
  users: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c.5-3.5 3.2-6 6.5-6s6 2.5 6.5 6M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.5c2 .8 3.2 2.8 3.5 5.5" />
    </>
  ),
  subscriptions: (
    <>
      <rect x="3.5" y="4" width="17" height="16" rx="1.5" />
      <path d="M7 9h10M7 13h10M7 17h6" />
    </>
  ),
  buy: (
    <>
      <path d="M3 4h2.5l2.2 10.5h10.6L20.5 7H6.4" />
      <circle cx="9" cy="19" r="1.5" />
      <circle cx="17" cy="19" r="1.5" />
    </>
  ),
  credits: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M14.8 9.2c-.5-1-1.6-1.6-2.8-1.6-1.6 0-2.8.9-2.8 2.2 0 3 5.8 1.5 5.8 4.5 0 1.3-1.3 2.2-3 2.2-1.3 0-2.5-.6-3-1.7M12 6v1.6M12 16.5V18" />
    </>
  ),
  licenses: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="1.5" />
      <circle cx="8.5" cy="11" r="2" />
      <path d="M5.5 16c.4-1.5 1.6-2.4 3-2.4s2.6.9 3 2.4M14 10h4M14 13.5h4" />
    </>
  ),
  phone: <path d="M6.5 3.5h3l1.5 4.2-2 1.3a11 11 0 0 0 6 6l1.3-2 4.2 1.5v3a2 2 0 0 1-2.2 2A16.5 16.5 0 0 1 4.5 5.7a2 2 0 0 1 2-2.2Z" />,
  timeline: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  settings: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2.8v2.4M12 18.8v2.4M2.8 12h2.4M18.8 12h2.4M5.5 5.5l1.7 1.7M16.8 16.8l1.7 1.7M5.5 18.5l1.7-1.7M16.8 7.2l1.7-1.7" />
    </>
  ),
  rules: (
    <>
      <path d="M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5Z" />
      <path d="M5 19.5A1.5 1.5 0 0 0 6.5 21H19v-3M9 7.5h6M9 11h6" />
    </>
  ),
  tenants: (
    <>
      <rect x="3.5" y="3.5" width="7" height="7" rx="1" />
      <rect x="13.5" y="3.5" width="7" height="7" rx="1" />
      <rect x="3.5" y="13.5" width="7" height="7" rx="1" />
      <rect x="13.5" y="13.5" width="7" height="7" rx="1" />
    </>
  ),
  matrix: (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="1.5" />
      <path d="M3.5 9.5h17M3.5 15h17M9.5 3.5v17M15 3.5v17" />
    </>
  ),
  whatIf: <path d="M9 9a3 3 0 1 1 4.5 2.6c-.9.5-1.5 1.2-1.5 2.2v.7M12 18.5v.1" />,
  tokens: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l8.5-8.5M16.5 6.5l2.5 2.5M14 9l2 2" />
    </>
  ),
  other: <circle cx="12" cy="12" r="3" />,
};

/** The icon for a navigation link, chosen by where it goes (entries added later get a neutral dot). */
export function navIconName(href: string): string {
  const path = href.split("?")[0];
  if (/^\/tenants\/[^/]+$/.test(path)) return "home";
  if (path.startsWith("/rules")) return "rules";
  if (path === "/tenants") return "tenants";
  if (path === "/matrix") return "matrix";
  if (path === "/what-if") return "whatIf";
  if (path === "/account/tokens") return "tokens";
  const rules: [RegExp, string][] = [
    [/\/users$/, "users"],
    [/\/billing\/subscriptions$/, "subscriptions"],
    [/\/billing\/buy$/, "buy"],
    [/\/billing\/credits$/, "credits"],
    [/\/billing\/licenses$/, "licenses"],
    [/\/billing\/phone-numbers$/, "phone"],
    [/\/timeline$/, "timeline"],
    [/\/settings$/, "settings"],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? "other";
}

export function NavIcon({ href }: { href: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="shrink-0"
      data-icon={navIconName(href)}
    >
      {PATHS[navIconName(href)]}
    </svg>
  );
}
