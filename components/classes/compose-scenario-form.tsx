"use client";

import { useActionState, useState } from "react";
import { composeScenarioAction, type ComposeFormState } from "@/lib/actions/classes";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SKU_CATALOG } from "@/lib/domain/catalog";
import { CALL_TYPES, COMMITMENTS, GOAL_OFFER_STATUSES, GOAL_TYPES, type GoalCheck, type GoalType } from "@/lib/domain/goals";

/** One goal as the form edits it: every field of every check type, as text. */
interface GoalRow {
  key: number;
  text: string;
  type: GoalType;
  sku: string;
  minQuantity: string;
  status: string;
  user: string;
  skus: string;
  callType: string;
  enabled: string;
  amount: string;
  is: string;
}

const TYPE_LABELS: Record<GoalType, string> = {
  owns: "Owns a product",
  notOwns: "Doesn't own a product",
  offerStatus: "A product's offer status",
  userHasLicenses: "A user holds licenses",
  userCanCall: "A user can make a kind of call",
  creditsAutoRecharge: "Auto-recharge of Communications Credits",
  balanceAtLeast: "Communications Credits balance at least",
  commitment: "Commitment",
  plan: "Base plan",
};

const SKU_OPTIONS = Object.entries(SKU_CATALOG).map(([sku, info]) => ({ value: sku, label: `${info.name} (${sku})` }));
const PLAN_OPTIONS = [
  { value: "", label: "No plan" },
  ...Object.entries(SKU_CATALOG)
    .filter(([, info]) => info.kind === "plan")
    .map(([sku, info]) => ({ value: sku, label: info.name })),
];

let nextKey = 1;
function blankRow(type: GoalType = "owns"): GoalRow {
  return {
    key: nextKey++,
    text: "",
    type,
    sku: "MCOEV",
    minQuantity: "1",
    status: "available",
    user: "",
    skus: "",
    callType: "domesticCall",
    enabled: "true",
    amount: "50.00",
    is: type === "commitment" ? "annual" : "ENTERPRISEPACK",
  };
}

function checkOf(r: GoalRow): GoalCheck {
  switch (r.type) {
    case "owns":
      return {
        type: "owns",
        sku: r.sku,
        minQuantity: /^\d+$/.test(r.minQuantity) ? Number(r.minQuantity) : (r.minQuantity as unknown as number),
      };
    case "notOwns":
      return { type: "notOwns", sku: r.sku };
    case "offerStatus":
      return { type: "offerStatus", sku: r.sku, status: r.status as "available" };
    case "userHasLicenses":
      return { type: "userHasLicenses", user: r.user.trim(), skus: r.skus.split(/[\s,]+/).filter(Boolean) };
    case "userCanCall":
      return { type: "userCanCall", user: r.user.trim(), callType: r.callType as "domesticCall" };
    case "creditsAutoRecharge":
      return { type: "creditsAutoRecharge", enabled: r.enabled === "true" };
    case "balanceAtLeast":
      return { type: "balanceAtLeast", amount: r.amount.trim() };
    case "commitment":
      return { type: "commitment", is: r.is as "annual" };
    case "plan":
      return { type: "plan", is: r.is === "" ? null : r.is };
  }
}

/** A sentence for a goal nobody worded: what the check asks, in plain words. */
function sentenceOf(c: GoalCheck): string {
  const name = (sku: string) => SKU_CATALOG[sku as keyof typeof SKU_CATALOG]?.name ?? sku;
  switch (c.type) {
    case "owns":
      return `Buy ${name(c.sku)}${c.minQuantity && c.minQuantity > 1 ? ` for at least ${c.minQuantity} people` : ""}`;
    case "notOwns":
      return `Don't own ${name(c.sku)}`;
    case "offerStatus":
      return `Make ${name(c.sku)} ${c.status === "available" ? "purchasable" : c.status}`;
    case "userHasLicenses":
      return `Give ${c.user} ${c.skus.map(name).join(" and ")}`;
    case "userCanCall":
      return `Let ${c.user} make ${c.callType.replace(/([A-Z])/g, " $1").toLowerCase()}s`;
    case "creditsAutoRecharge":
      return c.enabled ? "Turn on auto-recharge" : "Turn off auto-recharge";
    case "balanceAtLeast":
      return `Have at least $${c.amount} of Communications Credits`;
    case "commitment":
      return `Move to ${c.is === "annual" ? "an annual" : "a monthly"} commitment`;
    case "plan":
      return c.is ? `Move the tenant to ${name(c.is)}` : "Have no base plan";
  }
}

/** Rows from imported JSON: an array of goals (or `{ goals: [...] }`) as the API takes them. */
function rowsFromJson(raw: string): GoalRow[] {
  const parsed = JSON.parse(raw) as unknown;
  const list = Array.isArray(parsed) ? parsed : (parsed as { goals?: unknown }).goals;
  if (!Array.isArray(list)) throw new Error("Expected a list of goals");
  return list.map((g: { text?: string; check?: Record<string, unknown> }) => {
    const c = g.check ?? {};
    const type = (GOAL_TYPES as readonly string[]).includes(String(c.type)) ? (c.type as GoalType) : "owns";
    const row = blankRow(type);
    return {
      ...row,
      text: g.text ?? "",
      sku: typeof c.sku === "string" ? c.sku : row.sku,
      minQuantity: c.minQuantity !== undefined ? String(c.minQuantity) : row.minQuantity,
      status: typeof c.status === "string" ? c.status : row.status,
      user: typeof c.user === "string" ? c.user : "",
      skus: Array.isArray(c.skus) ? c.skus.join(", ") : "",
      callType: typeof c.callType === "string" ? c.callType : row.callType,
      enabled: c.enabled === false ? "false" : "true",
      amount: typeof c.amount === "string" ? c.amount : row.amount,
      is: c.is === null ? "" : typeof c.is === "string" ? c.is : row.is,
    };
  });
}

export interface SourceOption {
  value: string;
  label: string;
}

export function ComposeScenarioForm({ sources }: { sources: SourceOption[] }) {
  const [state, action, pending] = useActionState(composeScenarioAction, {} as ComposeFormState);
  const [rows, setRows] = useState<GoalRow[]>(() => [blankRow("plan")]);
  const [source, setSource] = useState(sources[0]?.value ?? "document");
  const [json, setJson] = useState("");
  const [jsonError, setJsonError] = useState<string | null>(null);
  const errors = state.fieldErrors ?? {};
  const goals = rows.map((r) => {
    const check = checkOf(r);
    return { text: r.text.trim() || sentenceOf(check), check };
  });
  const update = (key: number, patch: Partial<GoalRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const rowErrors = (i: number) =>
    Object.entries(errors)
      .filter(([path]) => path === `goals.${i}` || path.startsWith(`goals.${i}.`))
      .map(([path, msgs]) => `${path.replace(`goals.${i}.`, "").replace("check.", "")}: ${msgs.join(" ")}`);

  return (
    <form action={action} className="space-y-4" noValidate data-testid="compose-scenario">
      <TextField label="Title" name="title" defaultValue={state.ok ? "" : state.values?.title} errors={errors.title} required />
      <TextField
        label="Description"
        name="description"
        defaultValue={state.ok ? "" : state.values?.description}
        errors={errors.description}
        hint="What the trainee starts with, in a sentence or two."
      />
      <SelectField
        label="Starting point"
        name="source"
        value={source}
        onChange={(e) => setSource(e.target.value)}
        options={[...sources, { value: "document", label: "Upload a tenant document (JSON)" }]}
        errors={[...(errors.source ?? []), ...(errors.fromTenant ?? []), ...(errors.fromSnapshot ?? [])]}
        hint="A tenant of yours as it is now, one of its save points, or an exported document."
      />
      {source === "document" && (
        <div>
          <label htmlFor="document" className="block text-sm font-medium text-neutral-800">
            Tenant document
          </label>
          <input id="document" name="document" type="file" accept=".json,application/json" className="mt-1 text-sm" />
          <p className="mt-1 text-xs text-red-700">
            {Object.entries(errors)
              .filter(([k]) => k === "document" || k.startsWith("document."))
              .map(([k, v]) => `${k}: ${v.join(" ")}`)
              .join(" ")}
          </p>
        </div>
      )}

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-neutral-900">Goals</legend>
        {rows.map((r, i) => {
          const problems = rowErrors(i);
          const id = (f: string) => `goal-${r.key}-${f}`;
          return (
            <div key={r.key} className="rounded border border-neutral-200 p-3" data-testid={`goal-row-${i}`}>
              <div className="grid gap-2 sm:grid-cols-2">
                <SelectField
                  label={`Goal ${i + 1}: check`}
                  name={id("type")}
                  value={r.type}
                  onChange={(e) => update(r.key, { ...blankRow(e.target.value as GoalType), key: r.key, text: r.text })}
                  options={GOAL_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
                />
                {(r.type === "owns" || r.type === "notOwns" || r.type === "offerStatus") && (
                  <SelectField
                    label="Product"
                    name={id("sku")}
                    value={r.sku}
                    onChange={(e) => update(r.key, { sku: e.target.value })}
                    options={SKU_OPTIONS}
                  />
                )}
                {r.type === "owns" && (
                  <TextField
                    label="At least (seats)"
                    name={id("min")}
                    inputMode="numeric"
                    value={r.minQuantity}
                    onChange={(e) => update(r.key, { minQuantity: e.target.value })}
                  />
                )}
                {r.type === "offerStatus" && (
                  <SelectField
                    label="Status"
                    name={id("status")}
                    value={r.status}
                    onChange={(e) => update(r.key, { status: e.target.value })}
                    options={GOAL_OFFER_STATUSES.map((s) => ({ value: s, label: s }))}
                  />
                )}
                {(r.type === "userHasLicenses" || r.type === "userCanCall") && (
                  <TextField
                    label="User (sign-in name)"
                    name={id("user")}
                    placeholder="pat@contoso.test"
                    value={r.user}
                    onChange={(e) => update(r.key, { user: e.target.value })}
                  />
                )}
                {r.type === "userHasLicenses" && (
                  <TextField
                    label="Licenses (skus, comma-separated)"
                    name={id("skus")}
                    placeholder="MCOEV, MCOPSTN1"
                    value={r.skus}
                    onChange={(e) => update(r.key, { skus: e.target.value })}
                  />
                )}
                {r.type === "userCanCall" && (
                  <SelectField
                    label="Call"
                    name={id("call")}
                    value={r.callType}
                    onChange={(e) => update(r.key, { callType: e.target.value })}
                    options={CALL_TYPES.map((c) => ({ value: c, label: c }))}
                  />
                )}
                {r.type === "creditsAutoRecharge" && (
                  <SelectField
                    label="Auto-recharge"
                    name={id("enabled")}
                    value={r.enabled}
                    onChange={(e) => update(r.key, { enabled: e.target.value })}
                    options={[
                      { value: "true", label: "On" },
                      { value: "false", label: "Off" },
                    ]}
                  />
                )}
                {r.type === "balanceAtLeast" && (
                  <TextField
                    label="Amount (USD)"
                    name={id("amount")}
                    value={r.amount}
                    onChange={(e) => update(r.key, { amount: e.target.value })}
                  />
                )}
                {r.type === "commitment" && (
                  <SelectField
                    label="Commitment"
                    name={id("is")}
                    value={r.is}
                    onChange={(e) => update(r.key, { is: e.target.value })}
                    options={COMMITMENTS.map((c) => ({ value: c, label: c }))}
                  />
                )}
                {r.type === "plan" && (
                  <SelectField
                    label="Plan"
                    name={id("is")}
                    value={r.is}
                    onChange={(e) => update(r.key, { is: e.target.value })}
                    options={PLAN_OPTIONS}
                  />
                )}
              </div>
              <TextField
                label="What the trainee is asked (leave empty for a sentence made from the check)"
                name={id("text")}
                placeholder={sentenceOf(checkOf(r))}
                value={r.text}
                onChange={(e) => update(r.key, { text: e.target.value })}
              />
              {problems.length > 0 && (
                <ul className="mt-1 text-xs text-red-700" data-testid={`goal-row-${i}-errors`}>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
              <Button
                type="button"
                variant="ghost"
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                disabled={rows.length === 1}
              >
                Remove goal {i + 1}
              </Button>
            </div>
          );
        })}
        <Button type="button" variant="secondary" onClick={() => setRows((rs) => [...rs, blankRow()])}>
          Add a goal
        </Button>
        <p className="text-xs text-red-700">{errors.goals?.join(" ")}</p>
      </fieldset>

      <details className="rounded border border-neutral-200 p-3 text-sm">
        <summary className="cursor-pointer font-medium">Import goals as JSON</summary>
        <label htmlFor="goals-json" className="mt-2 block text-xs text-neutral-700">
          A list of goals as GET /api/v1/scenarios shows them (text and check); they replace the rows above.
        </label>
        <textarea
          id="goals-json"
          rows={4}
          className="mt-1 w-full rounded border border-neutral-300 p-2 font-mono text-xs"
          value={json}
          onChange={(e) => setJson(e.target.value)}
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            try {
              setRows(rowsFromJson(json));
              setJsonError(null);
            } catch (e) {
              setJsonError(e instanceof Error ? e.message : "That is not a list of goals.");
            }
          }}
        >
          Use these goals
        </Button>
        {jsonError && <p className="mt-1 text-xs text-red-700">{jsonError}</p>}
      </details>

      <input type="hidden" name="goals" value={JSON.stringify(goals)} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Publishing…" : "Publish scenario"}
      </Button>
    </form>
  );
}
