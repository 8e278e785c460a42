/** Form states of the users and licenses forms (plain data, shared by server actions and client forms). */

export interface RemedyView {
  action: string;
  sku?: string;
  to?: string[];
}

/** A refusal as the console shows it: our sentence, the code, the rule id, the doc anchor and the remedies. */
export interface RefusalView {
  code: string;
  message: string;
  ruleId?: string;
  doc?: string;
  remedies: RemedyView[];
}

export interface LicenseFormState {
  ok?: boolean;
  message?: string;
  refusal?: RefusalView;
  /** Skus the form should show as checked (what was submitted, after a refusal). */
  selected?: string[];
  recommendations?: { ruleId: string; message: string }[];
}

export interface BulkRowView {
  userId: string;
  userPrincipalName: string | null;
  ok: boolean;
  added: string[];
  removed: string[];
  error?: RefusalView;
}

export interface BulkFormState {
  ok?: boolean;
  message?: string;
  refusal?: RefusalView;
  report?: BulkRowView[];
  fieldErrors?: Record<string, string[]>;
}

export interface ImportFormState {
  ok?: boolean;
  message?: string;
  imported?: number;
  errors?: { line: number; field?: string; message: string }[];
}
