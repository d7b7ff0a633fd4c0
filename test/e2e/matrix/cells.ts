// The matrix's rows and what each cell expects, derived from the declarations and their examples: every
// example is one resource (named after its type and place), declared as a program or an account spec writes it,
// in one of the variants a path goes through (as made, updated, a planned replacement, a value fixed at
// creation). Nothing here knows a type by name.
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { mapExample } from "../../../src/codegen/examples";
import { declarationOrder } from "../../../src/account/same-type-refs";
import { CHOOSABLE, type Section } from "../../../src/account/types";
import {
  className,
  registryKey,
  secretNames,
  type Example,
  type Props,
  type ResourceDeclaration,
} from "../../../src/provider/declaration";
import { findByNaturalKey, hasNaturalKey } from "../../../src/provider/find";
import { outputsOf } from "../../../src/provider/outputs";
import { validateInputs } from "../../../src/provider/validate";
import { declarations, programInputs } from "../../matrix/examples";
import type { Declared } from "../helpers/livechat";
import type { World } from "./world";

/** One example as one resource of the stack. */
export interface Entry {
  /** Its Pulumi resource name: `v36-agent-1`. */
  name: string;
  declaration: ResourceDeclaration;
  example: Example;
}

/** What a step declares: the examples as made, with their in-place changes, or with one that replaces. */
export type Variant = "created" | "updated" | "fixed" | { replace: number };

/** The entries of the given types, in the registry's order. */
export function entriesOf(keep: (d: ResourceDeclaration) => boolean = () => true): Entry[] {
  return declarations.filter(keep).flatMap((declaration) =>
    declaration.examples.map((example, i) => ({
      name: `${registryKey(declaration).replace("/", "-").toLowerCase()}-${i}`,
      declaration,
      example,
    })),
  );
}

/** The entries in an order a program can declare them in: each after the siblings it names in that variant. */
export function inDeclarationOrder(entries: Entry[], variant: Variant): Entry[] {
  return [...new Set(entries.map((e) => e.declaration))].flatMap((declaration) => {
    const mine = entries.filter((e) => e.declaration === declaration);
    const { order } = declarationOrder(
      declaration,
      mine.map((e) => inputsOf(e, variant)),
    );
    return order.map((i) => mine[i]);
  });
}

/** The fields an example's change names, by what a change of each does. */
export function changeKinds(entry: Entry): { inPlace: string[]; replacing: string[]; fixed: string[] } {
  const names = Object.keys(entry.example.changed ?? {});
  const fields = entry.declaration.fields;
  const replacing = names.filter((n) => fields[n].replace === true);
  const fixed = names.filter((n) => fields[n].fixedAtCreation === true);
  return { inPlace: names.filter((n) => !replacing.includes(n) && !fixed.includes(n)), replacing, fixed };
}

/** The number of replacement rounds: the most fields one example's change replaces. */
export const replaceRounds = (entries: Entry[]) =>
  Math.max(0, ...entries.map((e) => changeKinds(e).replacing.length));

const pick = (values: Props | undefined, names: string[]) =>
  Object.fromEntries(names.filter((n) => values && n in values).map((n) => [n, values![n]]));
const defined = (values: Props) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/** The entry's inputs in a variant, as the spec writes them (group names, secrets as values). */
export function inputsOf(entry: Entry, variant: Variant): Props {
  const { inputs, changed } = entry.example;
  const kinds = changeKinds(entry);
  const updated = defined({ ...inputs, ...pick(changed, kinds.inPlace) });
  if (variant === "created") return inputs;
  if (variant === "updated") return updated;
  if (variant === "fixed") return { ...updated, ...pick(changed, kinds.fixed) };
  const field = kinds.replacing[variant.replace];
  return field === undefined ? updated : { ...updated, [field]: changed![field] };
}

/** The field a replacement round changes for the entry, if any. */
export const replacedIn = (entry: Entry, round: number): string | undefined =>
  changeKinds(entry).replacing[round];

/** The entries as a program declares them (the resources fixture's JSON), groups by the fixture's ids. */
export function programOf(world: World, entries: Entry[], variant: Variant): Declared[] {
  return inDeclarationOrder(entries, variant).map((entry) => {
    const { declaration } = entry;
    const inputs = inputsOf(entry, variant);
    const args = programInputs(
      declaration,
      inputs,
      (name) => world.groupIds.get(name),
      (key) => ({ $ref: `${siblingNamed(entries, entry, key, variant)}.id` }),
    );
    return { type: className(declaration), name: entry.name, args };
  });
}

/** The entry of the same type whose natural key a same-type reference names. */
function siblingNamed(entries: Entry[], of: Entry, key: unknown, variant: Variant): string {
  const sibling = entries.find(
    (e) => e.declaration === of.declaration && inputsOf(e, variant)[of.declaration.keyFields[0]] === key,
  );
  if (!sibling) throw new Error(`${of.name} names ${JSON.stringify(key)}, which no example of its type is`);
  return sibling.name;
}

/** The config key the spec reads an entry's secret field from. */
export const secretKeyOf = (entry: Entry, field: string) => `${entry.name}-${field}`;

/**
 * The entries as an account spec, with the fixture's groups adopted (the spec names groups it declares), each
 * entry's resource named by `key:`, and every secret as `{ secret: <config key> }`; `secrets`, those keys'
 * values.
 */
export function specOf(
  entries: Entry[],
  variant: Variant,
  api: "v2" | "v3.6",
  fixtureGroups: string[],
): { spec: Props; secrets: Record<string, string> } {
  const spec: Props = api === "v3.6" ? { api } : {};
  const secrets: Record<string, string> = {};
  spec.groups = fixtureGroups.map((name) => ({ key: `fixture-${name.toLowerCase()}`, name, adopt: true }));
  for (const entry of entries) {
    const { declaration } = entry;
    const section = declaration.account.section;
    const entryOf = mapExample(declaration, inputsOf(entry, variant), {
      group: (name) => name,
      sameType: (key) => key,
      secret: (field, value) => {
        secrets[secretKeyOf(entry, field)] = String(value);
        return { secret: secretKeyOf(entry, field) };
      },
    });
    ((spec[section] ??= []) as Props[]).push({ key: entry.name, ...entryOf });
  }
  return { spec, secrets };
}

/** Whether the spec of `api` declares the type's section with this type. */
export const inSpecOf = (api: "v2" | "v3.6") => (d: ResourceDeclaration) =>
  CHOOSABLE.includes(d.account.section as Section) ? !!d.module === (api === "v3.6") : api === "v2";

const LIVECHAT = /^pulumi-nodejs:dynamic\/livechat(\/v36)?:/;
const nameOf = (urn: string) => urn.split("::").pop()!;

/** Every step planned for each LiveChat resource, by resource name. */
export function opsOf(events: EngineEvent[]): Record<string, string[]> {
  const ops: Record<string, string[]> = {};
  for (const e of events) {
    const m = e.resourcePreEvent?.metadata;
    if (m && LIVECHAT.test(m.type) && m.op !== "refresh") (ops[nameOf(m.urn)] ??= []).push(m.op);
  }
  return ops;
}

/** The resources planned for anything but "same", with their steps. */
export const changesOf = (events: EngineEvent[]) =>
  Object.fromEntries(Object.entries(opsOf(events)).filter(([, ops]) => ops.some((op) => op !== "same")));

/**
 * The warnings about each resource: those the engine reported for it, and those the provider sent, which name
 * the object (`Agent jenny@example.com will be replaced: ...`) but reach the engine without a resource.
 */
export function warningsOf(
  events: EngineEvent[],
  entries: Entry[],
  ids: Map<string, { id: string }>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of events) {
    const d = e.diagnosticEvent;
    if (d?.severity !== "warning") continue;
    if (d.urn) (out[nameOf(d.urn)] ??= []).push(d.message);
    else
      for (const entry of entries) {
        const id = ids.get(entry.name)?.id;
        if (id && d.message.includes(`${entry.declaration.type} ${id}`))
          (out[entry.name] ??= []).push(d.message);
      }
  }
  return out;
}

/** The resources whose outputs a refresh changed (a set read back in another order would show here). */
export function outputsMovedBy(events: EngineEvent[]): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const e of events) {
    const m = e.resOutputsEvent?.metadata;
    if (m?.op !== "refresh" || !LIVECHAT.test(m.type) || !m.old || !m.new) continue;
    const strip = ({ __provider: _p, ...rest }: Record<string, unknown>) => rest;
    const before = strip(m.old.outputs ?? {});
    const after = strip(m.new.outputs ?? {});
    if (JSON.stringify(sorted(before)) !== JSON.stringify(sorted(after)))
      out[nameOf(m.urn)] = { before, after };
  }
  return out;
}

/** Object keys sorted, at any depth (the engine may send keys in any order; list order is kept). */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.keys(v as Props)
      .sort()
      .map((k) => [k, sorted((v as Props)[k])]),
  );
}

/** The entry's checked inputs in a variant, with the fixture's group ids: what its natural key is made of. */
export function checkedInputs(world: World, entry: Entry, variant: Variant): Props {
  const inputs = programInputs(
    entry.declaration,
    inputsOf(entry, variant),
    (name) => world.groupIds.get(name),
    () => undefined,
  );
  return validateInputs(entry.declaration, inputs).inputs;
}

/** How many objects of the account have the entry's natural key (in that variant). */
export async function countInAccount(world: World, entry: Entry, variant: Variant): Promise<number> {
  const { declaration } = entry;
  const inputs = checkedInputs(world, entry, variant);
  const ctx = world.context();
  const objects = await declaration.api.list(ctx, { details: false, group: inputs.group, near: inputs });
  return objects.filter((o) => hasNaturalKey(declaration, o, inputs)).length;
}

/**
 * What is left of the entry in the account after a destroy, in words, or undefined when nothing is: no object
 * with its natural key, and where the stack knew its id, nothing under that id, or, for a setting every account
 * has (a webhook state), the setting back at its defaults.
 */
export async function leftOf(
  world: World,
  entry: Entry,
  variant: Variant,
  known?: { id: string; outputs: Props },
): Promise<string | undefined> {
  const { declaration } = entry;
  const ctx = world.context();
  const inputs = checkedInputs(world, entry, variant);
  const found = await findByNaturalKey(declaration, ctx, inputs);
  if (found) return `${entry.name}: ${declaration.account.describe(found)} is still in the account`;
  if (!known) return undefined;
  const object = await declaration.api.read(ctx, known.id, known.outputs);
  if (!object) return undefined;
  if (declaration.account.notListed) {
    const now = outputsOf(declaration, object, {});
    const defaults = validateInputs(declaration, pick(inputs, declaration.keyFields)).inputs;
    const off = Object.keys(defaults).filter((k) => JSON.stringify(defaults[k]) !== JSON.stringify(now[k]));
    return off.length ? `${entry.name}: ${off.join(", ")} not back at the default` : undefined;
  }
  return `${entry.name}: ${known.id} is still in the account`;
}

/** The LiveChat resources in the stack's state, by name. */
export async function stateOf(
  world: World,
): Promise<Map<string, { id: string; outputs: Props; type: string }>> {
  const { deployment } = await world.stack.exportStack();
  const resources = (deployment.resources ?? []) as {
    urn: string;
    type: string;
    id?: string;
    outputs?: Props;
  }[];
  return new Map(
    resources
      .filter((r) => LIVECHAT.test(r.type))
      .map((r) => [nameOf(r.urn), { id: r.id ?? "", outputs: r.outputs ?? {}, type: r.type }]),
  );
}

/** Names of the secrets among an entry's values, for the checks that no secret is printed. */
export function secretValues(entries: Entry[]): string[] {
  return entries.flatMap((e) =>
    secretNames(e.declaration).flatMap((name) =>
      [e.example.inputs[name], e.example.changed?.[name]].filter((v): v is string => typeof v === "string"),
    ),
  );
}
