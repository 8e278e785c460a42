// generated, do not edit: run `npx tsx scripts/generate-rule-texts.ts` after changing ../shared/domain/rules-catalogue.md.
import type { RuleText } from "./rule-texts";

export const RULE_TEXTS: Record<string, RuleText> = {
  "R-GD-1": {
    "section": "Tenant-level blocks (apply before any add-on rule)",
    "statement": [
      [
        "Preconditions",
        "plan = Business Premium AND reseller = GoDaddy"
      ],
      [
        "Action",
        "buy any SfB/Teams add-on (AC, Phone System, Calling Plan, Communications Credits)"
      ],
      [
        "Outcome",
        "BLOCK: the \"Buy add-ons\" option is not shown. Remedy: switch to E3, which GoDaddy doesn't sell."
      ]
    ],
    "source": "M:210 \"In this case, you can't buy Skype for Business and Microsoft Teams add-ons.\" (At C2 this moved to E134@C2:68.)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L210"
  },
  "R-MC-1": {
    "section": "Tenant-level blocks (apply before any add-on rule)",
    "statement": [
      [
        "Preconditions",
        "commitment term = monthly (not annual); this is not the payment frequency"
      ],
      [
        "Action",
        "buy any SfB/Teams add-on"
      ],
      [
        "Outcome",
        "BLOCK \"in some cases\" (a known issue). Simulator: a flag monthly_commitment_blocks_addons (default true) or a per-tenant random draw; see §7 A-6."
      ]
    ],
    "source": "M:212 \"In some cases, customers who have a monthly commitment can't buy the add-ons (this is different from the payment method, which can be monthly).\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L212"
  },
  "R-MC-2": {
    "section": "Tenant-level blocks (apply before any add-on rule)",
    "statement": [
      [
        "Preconditions",
        "commitment = annual, payment = monthly"
      ],
      [
        "Action",
        "buy add-on"
      ],
      [
        "Outcome",
        "ALLOW (monthly payment alone does not block)"
      ]
    ],
    "source": "M:212 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L212"
  },
  "R-ADM-1": {
    "section": "Tenant-level blocks (apply before any add-on rule)",
    "statement": [
      [
        "Preconditions",
        "tenant has no Office 365 plan yet"
      ],
      [
        "Action",
        "see prices / buy add-ons"
      ],
      [
        "Outcome",
        "BLOCK: add-ons are only bought after a plan"
      ]
    ],
    "source": "M:154 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L154"
  },
  "R-EA-1": {
    "section": "Tenant-level blocks (apply before any add-on rule)",
    "statement": [
      [
        "Preconditions",
        "customer pays through an Enterprise Agreement AND org region ≠ EA billing-address region"
      ],
      [
        "Action",
        "buy Communications Credits"
      ],
      [
        "Outcome",
        "BLOCK (docs: \"might not be able to\"); remedy: open a support incident"
      ]
    ],
    "source": "WC:47 \"If your organization is located in a different region than the billing address of your Enterprise Agreement (EA), you might not be able to purchase Communications Credits.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/what-are-communications-credits.md#L47"
  },
  "R-21V-1": {
    "section": "Tenant-level blocks (apply before any add-on rule)",
    "statement": [
      [
        "Preconditions",
        "tenant = Office 365 operated by 21Vianet"
      ],
      [
        "Action",
        "AC purchase or setup"
      ],
      [
        "Outcome",
        "BLOCK"
      ]
    ],
    "source": "SAC:90 and TPA:94 (same sentence). M:297: \"Some but not all Skype for Business features are available to customers using Office 365 operated by 21Vianet in China.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/audio-conferencing-in-office-365/set-up-audio-conferencing.md#L90"
  },
  "R-CP-1": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "tenant owns no Phone System (neither the add-on nor included via E5 / E5-without-AC)"
      ],
      [
        "Action",
        "buy Calling Plan"
      ],
      [
        "Outcome",
        "PREREQ (Phone System). The Calling Plan option is not even listed until Phone System is owned."
      ]
    ],
    "source": "CP:52 \"You must first purchase a Phone System add-on license\". M:84/108/124 \"you can only buy this after you buy the Phone System add-on.\" SCP:37 \"to see the option to purchase Calling Plans, you must first have the Phone System licenses.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md#L52"
  },
  "R-CP-2": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "owns Phone System (add-on or included) AND the Calling Plan country is purchasable (R-GEO-2)"
      ],
      [
        "Action",
        "buy Domestic or Domestic & International Calling Plan"
      ],
      [
        "Outcome",
        "ALLOW. Different users may get different plan types."
      ]
    ],
    "source": "M:181/M:192 (same sentence). CP:63 \"You can buy and assign different Calling Plans to different users\".",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L181"
  },
  "R-PS-BP": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan = Business Premium"
      ],
      [
        "Action",
        "buy Phone System"
      ],
      [
        "Outcome",
        "SWITCH_PLAN → E1 or E3 (docs also suggest evaluating E5, or E3)"
      ]
    ],
    "source": "M:78 (same sentence). M:175 \"Switch to the E1 or E3 plan.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L78"
  },
  "R-CP-BP": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan = Business Premium"
      ],
      [
        "Action",
        "buy Calling Plan"
      ],
      [
        "Outcome",
        "SWITCH_PLAN (E1/E3), then R-CP-1"
      ]
    ],
    "source": "M:80-84; M:173-181",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L80"
  },
  "R-PS-PP": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan = Office 365 ProPlus"
      ],
      [
        "Action",
        "buy Phone System"
      ],
      [
        "Outcome",
        "SWITCH_PLAN. Upgrading to E5 recommended; on E1/E3 the add-on appears."
      ]
    ],
    "source": "M:107 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L107"
  },
  "R-PS-S2": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan = SfB Online Plan 2 (standalone)"
      ],
      [
        "Action",
        "buy Phone System"
      ],
      [
        "Outcome",
        "Ambiguous. Default RECOMMEND (allowed, with an \"evaluate E5\" hint); alternative SWITCH_PLAN. See §7 A-1."
      ]
    ],
    "source": "M:100 (same sentence) vs M:107 \"1. Switch to a different Office 365 for business plan.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L100"
  },
  "R-CP-PP/S2": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {ProPlus, SfB Online Plan 2}"
      ],
      [
        "Action",
        "buy Calling Plan"
      ],
      [
        "Outcome",
        "Follows the Phone System outcome, then R-CP-1"
      ]
    ],
    "source": "M:108 \"1. Switch to a different Office 365 for business plan. 2. Phone System add-on 3. Calling Plan\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L108"
  },
  "R-PS-E": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {E1, E3, E4}"
      ],
      [
        "Action",
        "buy Phone System"
      ],
      [
        "Outcome",
        "ALLOW"
      ]
    ],
    "source": "M:122 (same text)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L122"
  },
  "R-PS-E5": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {E5, E5 without AC}"
      ],
      [
        "Action",
        "buy Phone System"
      ],
      [
        "Outcome",
        "N/A_INCLUDED"
      ]
    ],
    "source": "M:137; M:149",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L137"
  },
  "R-PS-HYB": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "some users get PSTN via on-premises connectivity (Cloud Connector or existing SfB Server), i.e. hybrid"
      ],
      [
        "Action",
        "buy Calling Plan for those users"
      ],
      [
        "Outcome",
        "RECOMMEND not to buy: a Calling Plan is not needed. Phone System (or E5) only."
      ]
    ],
    "source": "CP:67 (same sentence). M:273 \"you *only* assign Phone System licenses to your users. DO NOT also assign a Calling Plan.\" (The assignment-time block is R-ASG-HYB in §4.)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md#L67"
  },
  "R-PS-CARRIER": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "customer wants to keep an existing carrier or calling plan"
      ],
      [
        "Action",
        "path"
      ],
      [
        "Outcome",
        "RECOMMEND: buy the Phone System add-on and use the free Cloud Connector"
      ]
    ],
    "source": "M:271 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L271"
  },
  "R-VM-E14": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {E1, E4} AND wants Phone System voicemail"
      ],
      [
        "Action",
        "buy"
      ],
      [
        "Outcome",
        "PREREQ: Exchange Online Plan 2 (or switch to a suite that has it, e.g. E3)"
      ]
    ],
    "source": "M:123 (same sentence, plus \"Or, switch to an Office Suite that comes with Exchange Online Plan 2, such as Office 365 E3.\")",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L123"
  },
  "R-VM-E5": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {E5, E5 without AC}"
      ],
      [
        "Action",
        "voicemail"
      ],
      [
        "Outcome",
        "N/A_INCLUDED"
      ]
    ],
    "source": "M:138 \"You don't need anything else.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L138"
  },
  "R-VM-GEN": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "any plan without Exchange Online"
      ],
      [
        "Action",
        "voicemail"
      ],
      [
        "Outcome",
        "PREREQ (may need an Exchange Online license)"
      ]
    ],
    "source": "VM:38 (same sentence). VM:48 says \"You also need to purchase an Exchange Online license.\" for on-premises PSTN setups.",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-is-phone-system-in-office-365/phone-system-voicemail/set-up-phone-system-voicemail.md#L38"
  },
  "R-PART-1": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "tenant = partner with Action Pack (E3 included via Action Pack) AND no commercially bought E3 seat"
      ],
      [
        "Action",
        "buy Phone System or AC"
      ],
      [
        "Outcome",
        "PREREQ: buy one E3 seat from the marketing site and add it to the existing tenant"
      ]
    ],
    "source": "M:197 \"The E3 plan is part of your Action Pack.\" M:199 (same message sentence). M:203 \"Now you'll see the prices and option to buy the Phone System and Audio Conferencing add-ons.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L197"
  },
  "R-CCE-1": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "wants Cloud Connector (on-premises PSTN)"
      ],
      [
        "Action",
        "prerequisite"
      ],
      [
        "Outcome",
        "PREREQ: a tenant plan that includes SfB Online and Phone System. Users need E5, or E3 + Phone System add-on."
      ]
    ],
    "source": "CCE:46@C2 \"Note that you'll need to sign up for a plan that includes Skype for Business Online.\" CCI:94@C2 \"assign an E5 license or Phone System in Office 365 add-on to the E3 license to these users.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/2f9055fe0bbfd8ac9c2a129b29d34f0c551866b1/Skype/SfbServer/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/plan-skype-for-business-cloud-connector-edition.md#L46"
  },
  "R-CCE-2": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "tenant location ∈ {Algeria, Bangladesh, Botswana, Brunei, Cameroon, Cote d'Ivoire, Ghana, Lebanon, Macau, Mauritius, Namibia, Paraguay, Senegal}"
      ],
      [
        "Action",
        "configure Cloud Connector"
      ],
      [
        "Outcome",
        "BLOCK"
      ]
    ],
    "source": "CCE:68@C2 \"Cloud Connector cannot be configured if the tenant location is set to one of the following countries: …\" (also: \"Cloud Connector is available in all countries where Office 365 Enterprise E5 is available.\")",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/2f9055fe0bbfd8ac9c2a129b29d34f0c551866b1/Skype/SfbServer/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/plan-skype-for-business-cloud-connector-edition.md#L68"
  },
  "R-CP-PBX": {
    "section": "Phone System and Calling Plan",
    "statement": [
      [
        "Preconditions",
        "customer wants a Calling Plan on a third-party PBX"
      ],
      [
        "Action",
        "—"
      ],
      [
        "Outcome",
        "BLOCK"
      ]
    ],
    "source": "PPS:56@C2 \"Calling Plan only works with Phone System in Office 365—you can't use it with another PBX system.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/2f9055fe0bbfd8ac9c2a129b29d34f0c551866b1/Skype/SfbServer/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/plan-your-phone-system-cloud-pbx-solution.md#L56"
  },
  "R-AC-BP": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan = Business Premium"
      ],
      [
        "Action",
        "buy AC"
      ],
      [
        "Outcome",
        "ALLOW (Billing > Subscriptions > Add-ons > Buy add-ons)"
      ]
    ],
    "source": "M:171 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L171"
  },
  "R-AC-PPS2": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {Business Premium, ProPlus, SfB Online Plan 2}"
      ],
      [
        "Action",
        "buy AC"
      ],
      [
        "Outcome",
        "ALLOW; once bought, Microsoft becomes the conferencing provider"
      ]
    ],
    "source": "M:105 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L105"
  },
  "R-AC-E": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {E1, E3, E4}"
      ],
      [
        "Action",
        "buy AC"
      ],
      [
        "Outcome",
        "ALLOW"
      ]
    ],
    "source": "M:120",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L120"
  },
  "R-AC-E5": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan = E5"
      ],
      [
        "Action",
        "buy AC"
      ],
      [
        "Outcome",
        "N/A_INCLUDED"
      ]
    ],
    "source": "M:147",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L147"
  },
  "R-AC-E5N-a": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan = E5 without AC AND AC not purchasable in the tenant's country (R-GEO-1)"
      ],
      [
        "Action",
        "get AC"
      ],
      [
        "Outcome",
        "BLOCK: use a third-party provider (Microsoft PinPoint)"
      ]
    ],
    "source": "M:136 \"If you have already bought an E5 plan but the Audio Conferencing feature isn't available in your country or region, you will need to use a third-party audio conferencing provider.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L136"
  },
  "R-AC-E5N-b": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan = E5 without AC AND AC purchasable in the country"
      ],
      [
        "Action",
        "get AC"
      ],
      [
        "Outcome",
        "SWITCH_PLAN → Office 365 Enterprise E5 (with AC), via the \"Switch plans\" button. No AC add-on path is documented for this plan."
      ]
    ],
    "source": "M:136 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L136"
  },
  "R-AC-3P": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {SfB Online Plan 2, any Enterprise plan that includes SfB Online Plan 2}"
      ],
      [
        "Action",
        "choose a third-party provider instead of AC"
      ],
      [
        "Outcome",
        "ALLOW (alternative) unless the users are Teams users"
      ]
    ],
    "source": "M:111 (same sentence); M:127. SAC:56 \"Microsoft Teams users can't user a third-party audio conferencing provider.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L111"
  },
  "R-AC-PPM": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "customer = Volume Licensing"
      ],
      [
        "Action",
        "buy AC pay-per-minute"
      ],
      [
        "Outcome",
        "ALLOW only through the account representative (not self-service), and requires Communications Credits"
      ]
    ],
    "source": "PPM:36 (same sentence). TPA:65 \"If Communications Credits haven't been set up, Audio Conferencing won't work for any users with pay-per-minute licenses.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/audio-conferencing-pay-per-minute.md#L36"
  },
  "R-AC-TRY": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "any"
      ],
      [
        "Action",
        "try AC"
      ],
      [
        "Outcome",
        "ALLOW through an Office 365 E5 free trial"
      ]
    ],
    "source": "TPA:46 \"you can sign up for an Office 365 Enterprise E5 free trial that includes Audio Conferencing.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/audio-conferencing-in-office-365/try-or-purchase-audio-conferencing-in-office-365.md#L46"
  },
  "R-AC-CC": {
    "section": "Audio Conferencing",
    "statement": [
      [
        "Preconditions",
        "owns AC (add-on or E5)"
      ],
      [
        "Action",
        "set up Communications Credits"
      ],
      [
        "Outcome",
        "RECOMMEND"
      ]
    ],
    "source": "M:56 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L56"
  },
  "R-CC-1": {
    "section": "Communications Credits",
    "statement": [
      [
        "Preconditions",
        "tenant owns (Phone System AND a Calling Plan) OR Audio Conferencing, each as add-on or included (E5 includes AC and Phone System)"
      ],
      [
        "Action",
        "sign up / buy Communications Credits"
      ],
      [
        "Outcome",
        "ALLOW"
      ]
    ],
    "source": "M:219-223 \"Before you can sign up for Communications Credits, you need the following add-ons as minimum prerequisites: Phone System and a Calling Plan / Or, Audio Conferencing\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L219"
  },
  "R-CC-2": {
    "section": "Communications Credits",
    "statement": [
      [
        "Preconditions",
        "tenant owns neither (Phone System AND Calling Plan) nor AC — e.g. Phone System only, or E5-without-AC with no Calling Plan"
      ],
      [
        "Action",
        "buy Communications Credits"
      ],
      [
        "Outcome",
        "PREREQ (see §7 A-3 for the looser SC wording)"
      ]
    ],
    "source": "M:219 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L219"
  },
  "R-CC-3": {
    "section": "Communications Credits",
    "statement": [
      [
        "Preconditions",
        "Communications Credits set up"
      ],
      [
        "Action",
        "assign CC license"
      ],
      [
        "Outcome",
        "ALLOW, unlimited seats; one per calling user"
      ]
    ],
    "source": "M:235 (same sentence)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L235"
  },
  "R-CC-4": {
    "section": "Communications Credits",
    "statement": [
      [
        "Preconditions",
        "wants toll-free numbers (AC bridge, auto attendant, call queue)"
      ],
      [
        "Action",
        "acquire a toll-free service number"
      ],
      [
        "Outcome",
        "PREREQ: Communications Credits set up (and a positive balance for calls)"
      ]
    ],
    "source": "GSN:32 (same sentence). HMN:43 \"Communications Credits billing is required to reserve and use toll-free phone numbers.\" WC:31 \"Toll-free calls are billed per minute and require a positive Communications Credits balance.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-is-phone-system-in-office-365/getting-service-phone-numbers.md#L32"
  },
  "R-CC-5": {
    "section": "Communications Credits",
    "statement": [
      [
        "Preconditions",
        "country's Communications Credits = No (§5)"
      ],
      [
        "Action",
        "buy Communications Credits"
      ],
      [
        "Outcome",
        "BLOCK"
      ]
    ],
    "source": "CR-xx \"Are Communications Credits available?\" row",
    "sourceUrl": null
  },
  "R-CC-6": {
    "section": "Communications Credits",
    "statement": [
      [
        "Preconditions",
        "some countries are served only by toll-free conference bridge numbers"
      ],
      [
        "Action",
        "AC dial-in in those countries"
      ],
      [
        "Outcome",
        "PREREQ: Communications Credits is \"mandatory\""
      ]
    ],
    "source": "TAC:262 \"Some countries are serviced by toll-free conference bridge phone numbers only…\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Teams/audio-conferencing.md#L262"
  },
  "R-GEO-1": {
    "section": "Country and region gates",
    "statement": [
      [
        "Preconditions",
        "CR-xx row \"Is Audio Conferencing available for purchase?\" = No (Bahrain, Belarus, Belize, Brunei, China, El Salvador, Georgia, Honduras, Hong Kong, India, Macedonia, Moldova, Pakistan, Saudi Arabia)"
      ],
      [
        "Action",
        "buy AC"
      ],
      [
        "Outcome",
        "BLOCK; suggest a third-party provider"
      ]
    ],
    "source": "M:55 \"To find out whether Audio Conferencing is available in your country or region, see Country and region availability…\"; SAC step 1",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L55"
  },
  "R-GEO-2": {
    "section": "Country and region gates",
    "statement": [
      [
        "Preconditions",
        "Calling Plans purchasable only where CR-xx says Yes: Belgium, Canada (preview), France, Germany, Ireland, Netherlands, Puerto Rico, Spain, United Kingdom, United States"
      ],
      [
        "Action",
        "buy or assign a Calling Plan for a user whose license usage location is elsewhere"
      ],
      [
        "Outcome",
        "BLOCK"
      ]
    ],
    "source": "CP:45 \"The country/region is based on the location of the user's license in the Office 365 admin center > Active users and NOT the billing address…\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md#L45"
  },
  "R-GEO-3": {
    "section": "Country and region gates",
    "statement": [
      [
        "Preconditions",
        "usage location = Canada"
      ],
      [
        "Action",
        "Calling Plan"
      ],
      [
        "Outcome",
        "ALLOW only for preview / early-adopter tenants; otherwise BLOCK"
      ]
    ],
    "source": "CR-canada:52 \"Canada is only available to preview and early adopters customers.\"",
    "sourceUrl": null
  },
  "R-GEO-4": {
    "section": "Country and region gates",
    "statement": [
      [
        "Preconditions",
        "Chile"
      ],
      [
        "Action",
        "toll numbers / auto-assigned Santiago bridge number"
      ],
      [
        "Outcome",
        "ALLOW only for organizations located in Chile"
      ]
    ],
    "source": "CR-chile:38,62-63 \"Only available to organizations within Chile.\"",
    "sourceUrl": null
  },
  "R-GEO-5": {
    "section": "Country and region gates",
    "statement": [
      [
        "Preconditions",
        "Phone System"
      ],
      [
        "Action",
        "buy"
      ],
      [
        "Outcome",
        "ALLOW in all 86 listed countries (every CR-xx says Phone System = Yes; auto attendants, call queues and voicemail Available)"
      ]
    ],
    "source": "CR-xx \"Is Phone System available for purchase? Yes\"",
    "sourceUrl": null
  },
  "R-UI-VOICE": {
    "section": "Admin-center visibility and number-acquisition gates (not purchase, but the console should enforce them)",
    "statement": [
      [
        "Preconditions",
        "the tenant has bought ≥1 E5, or ≥1 Phone System add-on, or ≥1 AC add-on"
      ],
      [
        "Effect",
        "The Voice node appears in the SfB admin center; otherwise it is hidden"
      ]
    ],
    "source": "SCP:52 / GSN:52 \"you must first buy at least one Enterprise E5 license, one Phone System add-on license, or one Audio Conferencing add-on license.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/set-up-calling-plans.md#L52"
  },
  "R-NUM-USER": {
    "section": "Admin-center visibility and number-acquisition gates (not purchase, but the console should enforce them)",
    "statement": [
      [
        "Preconditions",
        "—"
      ],
      [
        "Effect",
        "Max user (subscriber) numbers = ⌊(Domestic + D&I Calling Plan licenses) × 1.1⌋ + 10. Ported numbers don't count."
      ]
    ],
    "source": "HMN:41 \"…multiplied by 1.1 + 10 additional phone numbers.\" Example: 50 → 65. SCP:57 example: 100 → 120.",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/how-many-phone-numbers-can-you-get.md#L41"
  },
  "R-NUM-SVC": {
    "section": "Admin-center visibility and number-acquisition gates (not purchase, but the console should enforce them)",
    "statement": [
      [
        "Preconditions",
        "—"
      ],
      [
        "Effect",
        "Max toll and max toll-free service numbers come from the tier of (Phone System + AC licenses): 1-25→5; 26-49→10; 50-99→20; 100-149→30; 150-199→40; 200-499→65; 500-749→90; 750-999→110; 1,000-1,249→125; 1,250-1,499→135; 1,500-1,999→160; 2,000-2,999→210; 3,000-6,999→420; 7,000-9,999→500; 10,000-14,999→600; 15,000-19,999→700; 20,000-49,999→1000; 50,000+→1500"
      ]
    ],
    "source": "HMN:42-43. Examples: 51 → 20 toll; 1001 → 125 toll-free.",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/how-many-phone-numbers-can-you-get.md#L42"
  },
  "R-NUM-CAP": {
    "section": "Admin-center visibility and number-acquisition gates (not purchase, but the console should enforce them)",
    "statement": [
      [
        "Preconditions",
        "request above the cap"
      ],
      [
        "Effect",
        "Contact support"
      ]
    ],
    "source": "HMN:46 \"If you need to get more telephone numbers than this, please contact support…\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/how-many-phone-numbers-can-you-get.md#L46"
  },
  "R-REC-COST": {
    "section": "Non-blocking recommendations the console should show",
    "statement": [
      [
        "Preconditions",
        "buying several add-ons individually"
      ],
      [
        "Recommendation (message)",
        "Suggest comparing against switching to a plan that already includes them"
      ]
    ],
    "source": "M:46 \"For most businesses, buying a bundle of software in an Enterprise plan will result in lower overall cost.\" M:156 \"…we recommend comparing whether it's more cost effective for you to switch to a plan that includes those features already.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L46"
  },
  "R-REC-E5": {
    "section": "Non-blocking recommendations the console should show",
    "statement": [
      [
        "Preconditions",
        "plan ∈ {Business Premium, ProPlus, SfB Online Plan 2} wanting voice"
      ],
      [
        "Recommendation (message)",
        "\"…we recommend that you evaluate an Enterprise E5 plan to see if it is more cost effective.\""
      ]
    ],
    "source": "M:100 (same sentence); M:78; M:80",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L100"
  },
  "R-BP-SKYPE": {
    "section": "Non-blocking recommendations the console should show",
    "statement": [
      [
        "Preconditions",
        "plan = Business Premium, very small business (e.g. 1-2 people) wanting external calls"
      ],
      [
        "Recommendation (message)",
        "Option 1: the free consumer Skype app. The admin must turn on \"Let people use Skype for Business to communicate with Skype users outside your organization\" (SfB admin center > Organization > External communications). Changes take up to 24 hours. Not possible for 21Vianet (no federation, FED:34)."
      ]
    ],
    "source": "M:67 \"If you have a very small business (for example, 1-2 people), using the Skype app is the better way to go.\" M:73 \"You have to set a toggle to allow your employees to use Skype for Business to search for Skype users.\" SKC:45; SKC:51 \"WAIT UP TO 24 HOURS TO TEST\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L67"
  },
  "R-REC-AR": {
    "section": "Non-blocking recommendations the console should show",
    "statement": [
      [
        "Preconditions",
        "buying Communications Credits"
      ],
      [
        "Recommendation (message)",
        "Strongly recommend auto-recharge"
      ]
    ],
    "source": "M:233 \"We strongly recommend setting up auto-charge so you don't run out of funds, which will block your users from making calls.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L233"
  },
  "R-REC-CCE5": {
    "section": "Non-blocking recommendations the console should show",
    "statement": [
      [
        "Preconditions",
        "E5 users"
      ],
      [
        "Recommendation (message)",
        "Still assign the Communications Credits license"
      ]
    ],
    "source": "SC:93; AS:187",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/set-up-communications-credits-for-your-organization.md#L93"
  },
  "R-REC-SUPPORT": {
    "section": "Non-blocking recommendations the console should show",
    "statement": [
      [
        "Preconditions",
        "confusion about which add-ons to buy"
      ],
      [
        "Recommendation (message)",
        "Point to \"Contact support for business products - Admin Help\""
      ]
    ],
    "source": "M:91 \"With add-on licenses you have a lot of options, which can be really confusing.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L91"
  },
  "R-ASG-1": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "One add-on license per user who uses the feature"
      ]
    ],
    "source": "M:44 \"To add a feature, buy one add-on license for each user who is going to use it.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L44"
  },
  "R-ASG-AC": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "One AC license per organizer (each person who schedules or hosts dial-in meetings). Attendees need none."
      ]
    ],
    "source": "M:105/120 \"Buy 1 Audio Conferencing license for each person who is going to schedule or host a dial-in meeting. Attendees do not need licenses.\" SAC:33 \"Meeting attendees who dial in don't need any licenses assigned to them or other setup.\" CR:138 (same rule)",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L105"
  },
  "R-ASG-AC3P": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Assigning an AC license to a user on a third-party provider switches them to Microsoft (they can be switched back)"
      ]
    ],
    "source": "AS:112 \"…when you assign them an Audio Conferencing license, they will be changed to use Microsoft as the audio conferencing provider.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/assign-skype-for-business-and-microsoft-teams-licenses.md#L112"
  },
  "R-ASG-CP": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Each user gets a Calling Plan; different users may have different plan types"
      ]
    ],
    "source": "CP:63 \"You assign a plan to each user in the Office 365 admin center.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md#L63"
  },
  "R-ASG-CP-PS": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "A Calling Plan works only with Phone System: assign Phone System (or E5) together with the Calling Plan"
      ]
    ],
    "source": "TPS:257 \"Calling Plan is an add-on to the Phone System feature in Office 365, so you must have a Phone System license enabled in order to use Calling Plans.\" SC:44-47",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Teams/phone-system-with-calling-plans.md#L257"
  },
  "R-ASG-HYB": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Hybrid users with on-premises PSTN: assign Phone System only; do not assign a Calling Plan"
      ]
    ],
    "source": "M:273 \"If you are using on-premises PSTN connectivity for hybrid users, you *only* assign Phone System licenses to your users. DO NOT also assign a Calling Plan.\" AS:37 \"You should NOT assign a Calling Plan.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L273"
  },
  "R-ASG-HYB-P2": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Hybrid users homed online, or on-premises users using online features such as Meeting Broadcast, need an SfB Online Plan 2 license"
      ]
    ],
    "source": "PHC:82,84@C2 \"…you need to assign them a Skype for Business Online plan 2 license.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/2f9055fe0bbfd8ac9c2a129b29d34f0c551866b1/Skype/SfbServer/skype-for-business-hybrid-solutions/plan-hybrid-connectivity.md#L82"
  },
  "R-ASG-SEAT": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Assigning more licenses than were bought shows an error with a Buy more option"
      ]
    ],
    "source": "AS:41 \"You will get an error message if you haven't purchased the correct number of licenses. If you need to buy more Calling Plan licenses, choose Buy more.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/assign-skype-for-business-and-microsoft-teams-licenses.md#L41"
  },
  "R-ASG-LAT": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "A Calling Plan can take up to 24 hours to apply after assignment"
      ]
    ],
    "source": "AS:39 \"…it can possibly take up to 24 hours for a user to be assigned a Calling Plan after you assign a license.\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/assign-skype-for-business-and-microsoft-teams-licenses.md#L39"
  },
  "R-ASG-CC": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Communications Credits license: unlimited; assign to each calling user; E5 users still recommended"
      ]
    ],
    "source": "M:235; SC:93; AS:187",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L235"
  },
  "R-ASG-LOC": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "A user's Calling Plan country, and so its minute pool, is the user's license usage location, not the billing address"
      ]
    ],
    "source": "CP:45",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md#L45"
  },
  "R-ASG-VM": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "Phone System voicemail is provisioned automatically once a Phone System license and a phone number are assigned (cloud-only); an Exchange Online license is also needed"
      ]
    ],
    "source": "VM:36 \"…Phone System voicemail is automatically set up and provisioned for users after you assign a Phone System license and a phone number to them.\" VM:38",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-is-phone-system-in-office-365/phone-system-voicemail/set-up-phone-system-voicemail.md#L36"
  },
  "R-ASG-ORDER": {
    "section": "User license assignment rules",
    "statement": [
      [
        "Rule",
        "First assign the licenses, then the Calling Plan, then acquire and assign phone numbers"
      ]
    ],
    "source": "SCP:39 \"First assign the licenses, and then assign a Calling Plan…\"; AS:43",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/set-up-calling-plans.md#L39"
  },
  "A-1": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Can Phone System / Calling Plans be bought on SfB Online Plan 2, ProPlus or Business Premium?"
      ],
      [
        "Resolution for the simulator",
        "Business Premium → SWITCH_PLAN for Phone System and Calling Plan (explicit twice: M:78, M:175). ProPlus → SWITCH_PLAN (M:107). SfB Online Plan 2 standalone → ALLOW + \"evaluate E5\" recommendation (M:100, M:253, AS:102). Keep a config switch sfb_p2_phone_system = allow|switch."
      ]
    ],
    "source": "M:78 (Business Premium): \"you can't add cloud voice calling features\". M:100 (section for Business Premium / ProPlus / SfB P2): \"can be purchased with Skype for Business Online Plan 2\". M:107/108: step 1 is \"Switch to a different Office 365 for business plan\". The Mar 6 edit (dd5a15c9) added the M:100 note; the previous version (C0) said \"Switch to the E1 or E3 plan\" (M@C0:101). The SRS v2 table (M:253) and AS:102 treat \"SfB Standalone Plan 2 with Office 365 Phone System and a Calling Plan\" as a valid combination.",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L78"
  },
  "A-2": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "The heading says \"Office 365 Premium\"; the body says \"Office 365 Business Premium\""
      ],
      [
        "Resolution for the simulator",
        "Treat \"Office 365 Premium\" as Business Premium"
      ]
    ],
    "source": "M:95 vs M:97; M:249 \"Office 365 Premium\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L95"
  },
  "A-3": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Communications Credits prerequisites differ between pages"
      ],
      [
        "Resolution for the simulator",
        "Purchase gate = M's rule: AC ∨ (PS ∧ CP). Assignment tips follow SC. Consequence: E5-without-AC with no Calling Plan (e.g. hybrid) cannot buy Communications Credits under M's rule — flag it."
      ]
    ],
    "source": "M:219-223 \"Phone System and a Calling Plan — Or, Audio Conferencing\" vs SC:38 \"assign an Audio Conferencing or Phone System license\" plus SC:47 \"Although it's not required for Communications Credits, you still need to also assign a Domestic Calling Plan…\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L219"
  },
  "A-4": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Trigger comparison: \"falls below\" vs \"hits\""
      ],
      [
        "Resolution for the simulator",
        "Trigger when balance < trigger. Treat == as not triggering, or make it configurable."
      ]
    ],
    "source": "AF:54 has both; SC:69 \"When the balance falls below\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/add-funds-and-manage-communications-credits.md#L54"
  },
  "A-5": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "What is blocked at zero: \"block your users from making calls\" (M:233) vs \"won't be able to make toll-free calls or international calls\" (AF:54) vs \"the additional calling scenarios above will no longer work\" (WC:67)"
      ],
      [
        "Resolution for the simulator",
        "Block only credit-funded usage (§3.6). Included plan minutes keep working."
      ]
    ],
    "source": "as cited",
    "sourceUrl": null
  },
  "A-6": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Monthly commitment block applies \"in some cases\" and is \"a known issue\""
      ],
      [
        "Resolution for the simulator",
        "Deterministic config flag (default: block add-on purchase when commitment = monthly) with the documented message"
      ]
    ],
    "source": "M:212",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L212"
  },
  "A-7": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Auto-charge vs auto-recharge naming"
      ],
      [
        "Resolution for the simulator",
        "Use \"Auto-recharge\" (matches the SC field labels)"
      ]
    ],
    "source": "M:233 \"auto-charge\"; AF/SC/WC \"auto-recharge\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L233"
  },
  "A-8": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Minimum funding amount: $20 (C1) vs $50 (from 2018-07-12, C4). Both are given as a suggestion (\"could be even the minimum of\"), and no UI validation is documented."
      ],
      [
        "Resolution for the simulator",
        "Enforce a minimum \"Add funds\" amount of $20 to match March 2018 (configurable; $50 after 2018-07-12). No maximum. USD only."
      ]
    ],
    "source": "WC:77@C1; WC:75@C4",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/what-are-communications-credits.md#L77"
  },
  "A-9": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "E4 voicemail needs Exchange Online Plan 2? The docs say E1 and E4 must buy it."
      ],
      [
        "Resolution for the simulator",
        "Follow the docs: E4 needs EXO Plan 2. *(Outside knowledge, not from these docs: E4 is generally understood to include EXO Plan 2 — flag only, don't implement.)*"
      ]
    ],
    "source": "M:123",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L123"
  },
  "A-10": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "AC pay-per-minute and per-user CC licenses: PPM says a CC license must be assigned to each user; TPA says it doesn't have to be (for AC usage)"
      ],
      [
        "Resolution for the simulator",
        "Tenant-level Communications Credits required; per-user CC license not required for pay-per-minute AC usage (TPA is the more specific statement). Flag it."
      ]
    ],
    "source": "PPM:51 \"Communications Credits enabled with a license assigned to each user\"; TPA:70 \"you don't have to assign Communications Credits licenses separately to each user specifically for Audio Conferencing usage\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/audio-conferencing-pay-per-minute.md#L51"
  },
  "A-11": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Admin-center purchase paths differ"
      ],
      [
        "Resolution for the simulator",
        "Implement M's path as canonical; optionally alias the others"
      ]
    ],
    "source": "M:167 \"Billing > Subscriptions > Add-ons > Buy add-ons\"; CP:52 \"Billing > Purchase services > Add-on subscriptions > Buy now\"; M:229 \"Billing > Subscriptions > Communications Credits\"; SC:57 \"…Buy add-ons > Communications Credits > Buy now\"",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L167"
  },
  "A-12": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "\"196 countries/regions\" vs 197 entries in OB and XL; typos \"Bazil\", \"Bunei\", \"Gialtar\" in OB"
      ],
      [
        "Resolution for the simulator",
        "Use the 197-entry list (XL spelling)"
      ]
    ],
    "source": "CP:40; OB",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md#L40"
  },
  "A-13": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Per-user vs pooled minutes: March 2018 pages give \"3000 domestic or 600 international … per calendar month\" without \"per user\""
      ],
      [
        "Resolution for the simulator",
        "Pool = Σ assigned licenses × allowance, per (pool country, plan type); monthly reset; suspend at cap except emergency calls; overflow to Communications Credits if set up and licensed"
      ]
    ],
    "source": "CR-us:55; TPS:272 (pooled per tenant per country per plan type); later C6 says \"per user/month\"; C5 says pool size counts assigned licenses",
    "sourceUrl": null
  },
  "A-14": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "\"Whichever is reached first\" for D&I plans — is it one pool or two?"
      ],
      [
        "Resolution for the simulator",
        "Track domestic and international counters separately; the D&I pool is exhausted for all calls when either reaches its cap (literal reading). Alternative: only the exhausted category stops. Configurable."
      ]
    ],
    "source": "CR-xx; XL",
    "sourceUrl": null
  },
  "A-15": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "SRS table typos: \"Office 365 ProPlus0\"; \"Skype for Business Standard CAL\" (missing \"Server\"); E4 missing from the dial-out and phone-number rows"
      ],
      [
        "Resolution for the simulator",
        "Read as \"ProPlus\", \"SfB Server Standard CAL\". E4 follows the E1/E3/E4 section (AC and Phone System add-ons allowed, M:120-122)."
      ]
    ],
    "source": "M:249, M:252, M:253",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L249"
  },
  "A-16": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "E5 \"included\" yet \"Once you buy the license…\""
      ],
      [
        "Resolution for the simulator",
        "AC is active as soon as E5 is assigned; no purchase"
      ]
    ],
    "source": "M:147",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L147"
  },
  "A-17": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Partner rule: \"E3 is part of your Action Pack\" but \"Buy one seat of E3\""
      ],
      [
        "Resolution for the simulator",
        "Action Pack E3 alone does not unlock add-ons; ≥1 purchased E3 seat in the tenant does"
      ]
    ],
    "source": "M:197, M:199",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/skype-for-business-and-microsoft-teams-add-on-licensing.md#L197"
  },
  "A-18": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Voicemail for E3: C0 said \"If you switch to E3, you also get voicemail\" (Phone System row); C1 removed that but kept M:123 (E3 comes with EXO Plan 2)"
      ],
      [
        "Resolution for the simulator",
        "E3 + Phone System ⇒ voicemail OK; E1/E4 need EXO Plan 2"
      ]
    ],
    "source": "M@C0:101; M:123",
    "sourceUrl": null
  },
  "A-19": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Business Premium: \"Switch to the E1 or E3 plan\" (M:175) vs \"evaluate an Enterprise E5 (or Enterprise E3) plan\" (M:78) vs \"evaluate an Enterprise E5 plan\" (M:80)"
      ],
      [
        "Resolution for the simulator",
        "Any switch to E1, E3, E4 or E5 satisfies the gate; the message recommends E5"
      ]
    ],
    "source": "as cited",
    "sourceUrl": null
  },
  "A-20": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "Toll/toll-free caps are computed from \"Phone System and Audio Conferencing licenses\" — it isn't said whether E5 seats count, or whether PS and AC seats add up"
      ],
      [
        "Resolution for the simulator",
        "Count each E5 seat once (it includes both), plus PS and AC add-on seats; document the assumption"
      ]
    ],
    "source": "HMN:42-43",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/how-many-phone-numbers-can-you-get.md#L42"
  },
  "A-21": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "User-number formula rounding (×1.1) is not specified"
      ],
      [
        "Resolution for the simulator",
        "floor(n*1.1)+10 (the examples are exact multiples)"
      ]
    ],
    "source": "HMN:41; SCP:57",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/what-are-calling-plans-in-office-365/how-many-phone-numbers-can-you-get.md#L41"
  },
  "A-22": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "SKU names: MCOMEETADV (AS) vs MCOMEETADD (MPR)"
      ],
      [
        "Resolution for the simulator",
        "Use MCOMEETADV"
      ]
    ],
    "source": "AS:176; MPR",
    "sourceUrl": "https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/6c59400d2e677c1022f320c91cd7f102b99d292b/Skype/SfbOnline/skype-for-business-and-microsoft-teams-add-on-licensing/assign-skype-for-business-and-microsoft-teams-licenses.md#L176"
  },
  "A-23": {
    "section": "Contradictions inside the English docs",
    "statement": [
      [
        "Issue",
        "After the mid-March split (C2), the GoDaddy, monthly-commitment and partner rules appear only on the E1/E3/E4 page, though the GoDaddy rule is about Business Premium"
      ],
      [
        "Resolution for the simulator",
        "Apply them tenant-wide, as in C1"
      ]
    ],
    "source": "E134@C2:55-70",
    "sourceUrl": null
  },
  "F-1": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Offre 2 Office 365 Premium, Office 365 ProPlus, ou Skype Entreprise Online\" / \"l'offre 2 Office 365 Business Premium … ou Skype Entreprise Online\""
      ],
      [
        "English original (M at C1)",
        "\"Office 365 Premium, Office 365 ProPlus, or Skype for Business Online Plan 2\" (M:95, M:97)"
      ],
      [
        "Effect if the FR were followed",
        "\"Plan 2\" is moved onto Business Premium and dropped from SfB Online, so SfB Online Plan 1 would wrongly qualify for this section's add-ons"
      ]
    ],
    "source": "99, 101",
    "sourceUrl": null
  },
  "F-2": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Vous devez passer au plan E3 (qui ne vend pas GoDaddy)\" = \"the E3 plan, which doesn't sell GoDaddy\""
      ],
      [
        "English original (M at C1)",
        "\"switch to the E3 plan (which GoDaddy doesn't sell)\" (M:210)"
      ],
      [
        "Effect if the FR were followed",
        "Subject and object are swapped. Meaning: leave GoDaddy for a Microsoft-sold E3."
      ]
    ],
    "source": "214",
    "sourceUrl": null
  },
  "F-3": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Vous ne devez rien.\" = \"You owe nothing.\""
      ],
      [
        "English original (M at C1)",
        "\"You don't need anything else.\" (M:138)"
      ],
      [
        "Effect if the FR were followed",
        "Reads as a billing statement (no charge) rather than \"no extra purchase needed\". It should not zero out E5 pricing."
      ]
    ],
    "source": "142",
    "sourceUrl": null
  },
  "F-4": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"connecteur de nuage disponible\" = \"available Cloud Connector\""
      ],
      [
        "English original (M at C1)",
        "\"free Cloud connector\" (M:271)"
      ],
      [
        "Effect if the FR were followed",
        "Loses the fact that Cloud Connector has no charge"
      ]
    ],
    "source": "275",
    "sourceUrl": null
  },
  "F-5": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"1. Choisissez l'offre E1 ou E3.\" = \"Choose the E1 or E3 offer.\""
      ],
      [
        "English original (M at C1)",
        "\"1. Switch to the E1 or E3 plan.\" (M:175)"
      ],
      [
        "Effect if the FR were followed",
        "Hides that a plan switch is required before Phone System"
      ]
    ],
    "source": "179",
    "sourceUrl": null
  },
  "F-6": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"[bouton de plans de commutateur]\" ≈ \"hardware-switch plans button\""
      ],
      [
        "English original (M at C1)",
        "\"Switch plans button\" (M:136)"
      ],
      [
        "Effect if the FR were followed",
        "UI label garbled; use \"Switch plans\""
      ]
    ],
    "source": "140",
    "sourceUrl": null
  },
  "F-7": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Donner à la place un numéro de téléphone…\" ≈ \"Give instead a phone number\"; \"Skype pour entreprise autonome Plan 2 téléphone avec Office 365 et un Plan d'appel\""
      ],
      [
        "English original (M at C1)",
        "\"Give the room a phone number…\"; \"SfB Standalone Plan 2 with Office 365 Phone System and a Calling Plan\" (M:253)"
      ],
      [
        "Effect if the FR were followed",
        "\"Phone System\" disappears from the room requirement"
      ]
    ],
    "source": "257",
    "sourceUrl": null
  },
  "F-8": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"idéale pour les entreprises où quelques personnes…\" = \"a few people\""
      ],
      [
        "English original (M at C1)",
        "\"businesses with several people who make and receive external phone calls\" (M:86)"
      ],
      [
        "Effect if the FR were followed",
        "Minor: a sizing hint flips"
      ]
    ],
    "source": "90",
    "sourceUrl": null
  },
  "F-9": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"…module complémentaire Gestionnaire de licences\" = \"License Manager\""
      ],
      [
        "English original (M at C1)",
        "\"…add-on licensing\""
      ],
      [
        "Effect if the FR were followed",
        "Title mistranslated"
      ]
    ],
    "source": "2, 32",
    "sourceUrl": null
  },
  "F-10": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Numéros gratuits pour un accès rendez-vous…\""
      ],
      [
        "English original (M at C1)",
        "\"Toll free numbers for dial-in access…\" (M:56)"
      ],
      [
        "Effect if the FR were followed",
        "\"Dial-in\" → \"appointment\""
      ]
    ],
    "source": "60",
    "sourceUrl": null
  },
  "F-11": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Plans nationaux appelant et domestiques…\" (domestiques = household servants)"
      ],
      [
        "English original (M at C1)",
        "\"Domestic Calling Plans and Domestic and International Calling Plans\" (M:58, M:75)"
      ],
      [
        "Effect if the FR were followed",
        "Plan names garbled; use \"Domestic\" and \"Domestic and International\""
      ]
    ],
    "source": "62, 79",
    "sourceUrl": null
  },
  "F-12": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"…qui va planifier ou animer une conférence à distance\" = \"remote conference\""
      ],
      [
        "English original (M at C1)",
        "\"…schedule or host a dial-in meeting\" (M:105, M:120)"
      ],
      [
        "Effect if the FR were followed",
        "Loosens the per-organizer rule; keep \"dial-in meeting organizer/host\""
      ]
    ],
    "source": "109, 124",
    "sourceUrl": null
  },
  "F-13": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Il vous offre des fonctionnalités innovantes de façon simple et économique.\""
      ],
      [
        "English original (M at C1)",
        "\"both traditional and innovative PBX capabilities, but without the complicated and expensive equipment\" (M:57)"
      ],
      [
        "Effect if the FR were followed",
        "Descriptive only"
      ]
    ],
    "source": "61",
    "sourceUrl": null
  },
  "F-14": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Vous pouvez toujours contenir des appels de conférence\""
      ],
      [
        "English original (M at C1)",
        "\"You can still hold conference calls\" (M:67)"
      ],
      [
        "Effect if the FR were followed",
        "Descriptive only"
      ]
    ],
    "source": "71",
    "sourceUrl": null
  },
  "F-15": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"Skype pour les conférences Audio Professionnel\""
      ],
      [
        "English original (M at C1)",
        "\"Skype for Business Audio Conferencing\" (M:288)"
      ],
      [
        "Effect if the FR were followed",
        "Name garbled"
      ]
    ],
    "source": "292",
    "sourceUrl": null
  },
  "F-16": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"…ou choisissez une suite Office fournie avec Exchange Online Plan 2\""
      ],
      [
        "English original (M at C1)",
        "\"Or, switch to an Office Suite that comes with Exchange Online Plan 2\" (M:123)"
      ],
      [
        "Effect if the FR were followed",
        "A plan switch reads as a simple choice"
      ]
    ],
    "source": "127",
    "sourceUrl": null
  },
  "F-17": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"…vous devez les modules complémentaires suivants…\" (verb missing)"
      ],
      [
        "English original (M at C1)",
        "\"you need the following add-ons as minimum prerequisites\" (M:219)"
      ],
      [
        "Effect if the FR were followed",
        "Meaning recoverable; follow the English"
      ]
    ],
    "source": "223",
    "sourceUrl": null
  },
  "F-18": {
    "section": "Where the French seed (MT) differs from the English (C1) — follow the English",
    "statement": [
      [
        "French MT (as in seed)",
        "\"ProPlus0\""
      ],
      [
        "English original (M at C1)",
        "\"ProPlus0\" (the English typo, M:249)"
      ],
      [
        "Effect if the FR were followed",
        "Carried over from the English"
      ]
    ],
    "source": "253",
    "sourceUrl": null
  }
};
