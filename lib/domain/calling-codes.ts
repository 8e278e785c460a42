/**
 * Country calling codes (ITU-T E.164) of the 86 countries of catalogue §5.2, used to make the sandbox's fake
 * phone numbers look like the country's numbers. Public numbering facts, not documentation text.
 */
export const CALLING_CODES: Readonly<Record<string, string>> = {
  AR: "54", AU: "61", AT: "43", BH: "973", BY: "375", BE: "32", BZ: "501", BA: "387", BR: "55", BN: "673",
  BG: "359", CA: "1", CL: "56", CN: "86", CO: "57", CR: "506", HR: "385", CY: "357", CZ: "420", DK: "45",
  DO: "1", EC: "593", EG: "20", SV: "503", EE: "372", FI: "358", FR: "33", GE: "995", DE: "49", GR: "30",
  HN: "504", HK: "852", HU: "36", IN: "91", ID: "62", IE: "353", IL: "972", IT: "39", JP: "81", JO: "962",
  KE: "254", LV: "371", LT: "370", LU: "352", MK: "389", MY: "60", MT: "356", MX: "52", MD: "373", MC: "377",
  NL: "31", NZ: "64", NO: "47", PK: "92", PA: "507", PY: "595", PE: "51", PH: "63", PL: "48", PT: "351",
  PR: "1", QA: "974", RO: "40", RU: "7", SA: "966", RS: "381", SG: "65", SK: "421", SI: "386", ZA: "27",
  KR: "82", ES: "34", LK: "94", SE: "46", CH: "41", TW: "886", TH: "66", TT: "1", TR: "90", UA: "380",
  AE: "971", GB: "44", US: "1", UY: "598", VE: "58", VN: "84",
};
