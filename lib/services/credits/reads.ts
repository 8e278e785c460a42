import "server-only";
import Papa from "papaparse";
import { getDb, readConsistently, type Tx } from "@/lib/data/db";
import { ensureCreditsAccount, findLedger, countLedger } from "@/lib/data/credits";
import { formatUsd } from "@/lib/domain/money";
import type { LedgerEntryView, LedgerType, PaymentMethod } from "@/lib/validation/credits";
import { assertCan, type TenantAccess } from "@/lib/auth/actor";
import { snapshotOf } from "../support";

import { paymentOf, toLedgerView } from "./ledger";

// ---------------------------------------------------------------- reads

export interface CreditsView {
  enabled: boolean;
  balance: string;
  currency: "USD";
  autoRecharge: { enabled: boolean; threshold: string; amount: string };
  paymentMethod: PaymentMethod;
  minimumFunding: string;
  /** Number of entries in the whole ledger (the list may be limited or filtered). */
  ledgerSize: number;
  /** Number of entries of the requested type (equals ledgerSize without a filter). */
  matching: number;
  ledger: LedgerEntryView[];
}

export async function getCredits(access: TenantAccess, opts: { type?: LedgerType; limit?: number } = {}, tx?: Tx): Promise<CreditsView> {
  assertCan(access, "billing:read");
  return readConsistently(tx, async (tx) => {
    const snapshot = await snapshotOf(tx, access.tenantId);
    const account = await ensureCreditsAccount(tx, access.tenantId);
    const ledger = await findLedger(tx, access.tenantId, { type: opts.type, take: Math.min(10_000, Math.max(1, opts.limit ?? 1000)) });
    return {
      enabled: account.enabled,
      balance: formatUsd(account.balanceCents),
      currency: "USD",
      autoRecharge: {
        enabled: account.autoRechargeEnabled,
        threshold: formatUsd(account.thresholdCents),
        amount: formatUsd(account.rechargeAmountCents),
      },
      paymentMethod: paymentOf(account),
      minimumFunding: formatUsd(snapshot.policy.minimumFundingCents),
      ledgerSize: account.ledgerSeq,
      matching: opts.type ? await countLedger(tx, access.tenantId, opts.type) : account.ledgerSeq,
      ledger: ledger.map(toLedgerView),
    };
  });
}

/**
 * Cells a spreadsheet would run as a formula (CSV injection): a leading =, +, -, @, tab or CR. Descriptions
 * carry user-controlled text (display names), so such cells get papaparse's ' prefix. A plain signed amount
 * ("-6.00") is left alone: it is a number, not a formula, and stays one for whoever sums the column.
 */
const CSV_FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

/** The ledger as CSV (newest first), for download. */
export async function getLedgerCsv(access: TenantAccess, type?: LedgerType): Promise<string> {
  assertCan(access, "billing:read");
  const rows = await findLedger(getDb(), access.tenantId, { type });
  return Papa.unparse(
    rows.map((e) => {
      const v = toLedgerView(e);
      return { seq: v.seq, at: v.at, type: v.type, amount: v.amount, balanceAfter: v.balanceAfter, description: v.description };
    }),
    { columns: ["seq", "at", "type", "amount", "balanceAfter", "description"], newline: "\r\n", escapeFormulae: CSV_FORMULA },
  );
}
