// A spec overlay: what one license does differently from the shared (base) spec, in a small file of its own
// (stack config `overlay`). Per section, `add` entries, `change` fields of an entry picked by `match`, and
// `remove` entries to leave out. The overlay is merged into the base before the spec is validated, and every
// problem is told at the file and line where it was written: the base's, or the overlay's.
import { stringify } from "yaml";
import type { ResourceDeclaration } from "../provider/declaration";
import { loadSpec, parseSpec } from "./load";
import { renumber, type EntryOrigin } from "./overlay-problems";
import { formatPath, isMapping, lineIn, readSource, type Path, type Source } from "./overlay-source";
import { SpecError, type SpecProblem } from "./problems";
import { apiOf, declarationOf, SECTION_NAMES, type AccountSpec, type Section } from "./types";

const VERBS = ["add", "change", "remove"];

export interface MergedSpec {
  spec: AccountSpec;
  /** What the overlay does, one line each: `agents: adds eu.lead@example.com`. */
  changes: string[];
}

/** The stack's spec: the base file, with the overlay merged in when one is named. */
export function loadSpecWithOverlay(specFile: string, overlayFile?: string): AccountSpec {
  return overlayFile ? mergeOverlay(readSource(specFile), readSource(overlayFile)).spec : loadSpec(specFile);
}

/** Merges an overlay into a base spec and validates the result; throws SpecError. */
export function mergeOverlay(base: Source, overlay: Source): MergedSpec {
  // A base that is not a mapping gets the spec's own message.
  if (!isMapping(base.data) && base.data !== null && base.data !== undefined)
    parseSpec(base.doc.toString(), base.file);
  const root = (base.data ?? {}) as Record<string, unknown>;
  const problems: SpecProblem[] = [];
  const problem = (path: Path, message: string) =>
    problems.push({ file: overlay.file, line: lineIn(overlay, path), path: formatPath(path), message });
  const changes: string[] = [];
  const origins: Record<string, EntryOrigin[]> = {};
  const removedGroups = new Map<string, string>();

  const o = overlay.data ?? {};
  if (!isMapping(o)) throw new SpecError(overlay.file, [{ path: "(top)", line: 1, message: OVERLAY_SHAPE }]);
  const merged: Record<string, unknown> = { ...root };
  for (const [key, value] of Object.entries(o)) {
    if (key === "adopt") {
      if (typeof value !== "boolean") problem([key], "must be true or false");
      else merged.adopt = value;
      continue;
    }
    if (!SECTION_NAMES.includes(key as Section)) {
      problem(
        [key],
        `unknown section; an overlay has adopt and the spec's sections: ${SECTION_NAMES.join(", ")}`,
      );
      continue;
    }
    if (!isMapping(value)) {
      problem([key], 'must be a mapping with "add", "change" and/or "remove" lists');
      continue;
    }
    const section = key as Section;
    // The section's entries are the type of the generation the base spec declares it with.
    const declaration = declarationOf(section, apiOf(root, section));
    const baseList = root[section];
    const entries: EntryOrigin[] = (Array.isArray(baseList) ? baseList : []).map((entry, i) => ({
      entry,
      source: base,
      path: [section, i],
      fields: new Map(),
    }));
    const label = (e: unknown) => labelOf(declaration, e);
    const picked = new Map<number, Path>();
    const pick = (selector: unknown, at: Path): number | undefined => {
      const i = selectEntry(declaration, section, selector, entries, base, (m) => problem(at, m));
      if (i === undefined) return undefined;
      const before = picked.get(i);
      if (before)
        return void problem(at, `picks the same entry as ${formatPath(before)}; one change per entry`);
      picked.set(i, at);
      return i;
    };
    for (const verb of Object.keys(value))
      if (!VERBS.includes(verb))
        problem([section, verb], 'unknown; a section of an overlay takes "add", "change" and "remove"');
    const list = (verb: string): unknown[] => {
      const v = value[verb];
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v)) return (problem([section, verb], "must be a list"), []);
      return v;
    };

    const removed = new Set<number>();
    list("remove").forEach((selector, j) => {
      const i = pick(selector, [section, "remove", j]);
      if (i === undefined) return;
      removed.add(i);
      changes.push(`${section}: leaves out ${label(entries[i].entry)}`);
      if (section === "groups")
        removedGroups.set(
          String((entries[i].entry as { name?: unknown }).name),
          `${overlay.file}:${lineIn(overlay, [section, "remove", j])}`,
        );
    });
    list("change").forEach((item, j) => {
      const at = [section, "change", j];
      if (!isMapping(item) || item.match === undefined)
        return problem(at, `must be a mapping with "match" (which entry) and the fields to set`);
      const { match, ...fields } = item;
      if (Object.keys(fields).length === 0)
        return problem(at, "changes nothing; give the fields to set besides match");
      const i = pick(match, [...at, "match"]);
      if (i === undefined) return;
      const target = entries[i];
      const before = label(target.entry);
      const entry = { ...(target.entry as Record<string, unknown>) };
      for (const [field, v] of Object.entries(fields)) {
        // null takes a field out, so the entry falls back to the field's default.
        if (v === null) delete entry[field];
        else entry[field] = v;
        target.fields.set(field, { source: overlay, path: at });
      }
      target.entry = entry;
      changes.push(`${section}: changes ${before} (${Object.keys(fields).join(", ")})`);
    });
    const kept = entries.filter((_, i) => !removed.has(i));
    list("add").forEach((entry, j) => {
      kept.push({ entry, source: overlay, path: [section, "add", j], fields: new Map() });
      changes.push(`${section}: adds ${label(entry)}`);
    });
    merged[section] = kept.map((e) => e.entry);
    origins[section] = kept;
  }
  if (problems.length) throw new SpecError(`${base.file} with overlay ${overlay.file}`, problems);
  try {
    return { spec: parseSpec(stringify(merged), base.file), changes };
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    throw new SpecError(
      `${base.file} with overlay ${overlay.file}`,
      e.problems.map((p) => renumber(p, { base, overlay, origins, removedGroups })),
    );
  }
}

const OVERLAY_SHAPE =
  'must be a mapping of sections, like "agents:", each with "add", "change" and/or "remove" lists';

/** What people call an entry: its name, login, text or URL (or key). */
function labelOf(declaration: ResourceDeclaration, entry: unknown): string {
  if (!isMapping(entry)) return JSON.stringify(entry);
  const main = entry[declaration.keyFields[0]];
  return typeof main === "string"
    ? JSON.stringify(main.length > 40 ? `${main.slice(0, 40)}…` : main)
    : JSON.stringify(entry.key ?? "?");
}

/** The base entry a selector picks: the value of its first key field (or its key:), or a mapping of key fields. */
function selectEntry(
  declaration: ResourceDeclaration,
  section: string,
  selector: unknown,
  entries: EntryOrigin[],
  base: Source,
  problem: (message: string) => void,
): number | undefined {
  const { keyFields, fields } = declaration;
  const main = keyFields[0];
  const same = (field: string, a: unknown, b: unknown) => {
    const canonical = fields[field]?.canonical ?? ((x: unknown) => x);
    return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
  };
  const valueOf = (e: Record<string, unknown>, f: string) => e[f] ?? fields[f]?.default;
  let test: (e: Record<string, unknown>) => boolean;
  let words: string;
  if (typeof selector === "string") {
    test = (e) => e.key === selector || same(main, e[main], selector);
    words = `${main} (or key) ${JSON.stringify(selector)}`;
  } else if (isMapping(selector) && Object.keys(selector).length > 0) {
    const unknown = Object.keys(selector).filter((k) => k !== "key" && !keyFields.includes(k));
    if (unknown.length)
      return void problem(
        `picks an entry by ${[...keyFields, "key"].join(", ")}; not by ${unknown.join(", ")}`,
      );
    test = (e) =>
      Object.entries(selector).every(([k, v]) => (k === "key" ? e.key === v : same(k, valueOf(e, k), v)));
    words = Object.entries(selector)
      .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
      .join(" and ");
  } else {
    return void problem(`must be the entry's ${main}, or a mapping of ${keyFields.join(", ")}`);
  }
  const found = entries.flatMap((e, i) => (isMapping(e.entry) && test(e.entry) ? [i] : []));
  if (found.length === 1) return found[0];
  if (found.length === 0) return void problem(`no entry of ${section} in ${base.file} has ${words}`);
  const lines = found.map((i) => lineIn(base, entries[i].path)).join(", ");
  problem(
    `matches ${found.length} entries of ${section} (${base.file} lines ${lines}); pick one with { ${keyFields.join(", ")} }`,
  );
}
