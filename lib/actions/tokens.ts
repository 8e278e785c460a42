"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { createToken, revokeToken } from "@/lib/services/accounts";
import { tokenNameInput } from "@/lib/validation/auth";
import type { FormState } from "@/lib/actions/form-state";
import { failed, formValues, invalid } from "./form";

export type TokenFormState = FormState & { token?: string };

export async function createTokenAction(_prev: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const actor = await requireActor("/account/tokens");
  const values = formValues(formData);
  const parsed = tokenNameInput.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { token } = await createToken(actor, parsed.data);
  revalidatePath("/account/tokens");
  return { ok: true, message: "Token created. Copy it now: it won't be shown again.", token };
}

export async function revokeTokenAction(tokenId: string): Promise<FormState> {
  const actor = await requireActor("/account/tokens");
  try {
    await revokeToken(actor, tokenId);
  } catch (err) {
    return failed(err);
  }
  revalidatePath("/account/tokens");
  return { ok: true, message: "Token revoked" };
}
