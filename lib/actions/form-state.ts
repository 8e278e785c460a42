/**
 * What server actions return to the console's forms: plain data, shared by the actions and the client forms
 * (no "use server" and no server-only here, so client components may import it).
 * A refusal has one shape everywhere, `ErrorBody` from lib/domain/errors; these views are cut from it.
 */
import type { ErrorBody, RefusalView } from "@/lib/domain/errors";

export interface FormState extends Partial<RefusalView> {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

export const initialFormState: FormState = {};

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

/** The refusal part of an error body, for a form to show. */
export function refusalView(body: ErrorBody): RefusalView {
  return { code: body.code, message: body.message, ruleId: body.ruleId, doc: body.doc, remedies: body.remedies ?? [] };
}
