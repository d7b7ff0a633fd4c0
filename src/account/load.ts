import { isMap, isSeq, type Node } from "yaml";
import { naturalKeyWords, registryKey } from "../provider/declaration";
import { UNKNOWN } from "../provider/fields";
import { validateInputs } from "../provider/validate";
import { sameObjectKey, sameObjectReason } from "./keys";
import { SpecError } from "./problems";
import { checkNames, checkObjectCount } from "./checks";
import { checkRenamedFrom } from "./renames";
import { checkApi } from "./api";
import { groupRefsIn, holdsList, mapGroupRefs } from "./group-refs";
import { formatPath } from "./overlay-source";
import { parseYaml, readText } from "./text";
import { declarationOrder, sameTypeFields } from "./same-type-refs";
import {
  declarationOf,
  hasSection,
  SECTION_NAMES,
  sectionsOf,
  type AccountSpec,
  type Api,
  type Section,
} from "./types";

export { SpecError, type SpecProblem } from "./problems";

const TOP_KEYS = ["adopt", "objects", "api", ...SECTION_NAMES];
/** Entry keys that are the spec's own, not the resource's. */
const ENTRY_KEYS = ["adopt", "key", "renamedFrom"];

/** Reads and validates a spec file; throws SpecError naming the file, the path in it and the fix. */
export function loadSpec(file: string): AccountSpec {
  return parseSpec(readText(file), file);
}

/** Parses and validates spec text (YAML or JSON). */
export function parseSpec(text: string, file = "spec"): AccountSpec {
  const { doc, lines, data, problems } = parseYaml(text);
  if (problems.length) throw new SpecError(file, problems);
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = (p.length ? doc.getIn(p, true) : doc.contents) as Node | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
      if (p.length === 0) return undefined;
    }
  };
  const problem = (path: (string | number)[], message: string) =>
    problems.push({ path: formatPath(path), line: lineOf(path), message });

  if (!isMap(doc.contents) && doc.contents !== null) {
    const what = isSeq(doc.contents) ? "a list" : "a single value";
    throw new SpecError(file, [
      {
        path: "(top)",
        line: lineOf([]),
        message: `is ${what}; a spec is a mapping of sections, like "groups:" and "agents:", each a list of entries`,
      },
    ]);
  }
  const root = (data ?? {}) as Record<string, unknown>;

  for (const key of Object.keys(root)) {
    if (!TOP_KEYS.includes(key)) {
      problem([key], `unknown section; the sections are adopt, api, ${SECTION_NAMES.join(", ")}`);
    }
  }
  if (root.adopt !== undefined && typeof root.adopt !== "boolean")
    problem(["adopt"], "must be true or false");
  checkObjectCount(root, problem, problems);
  // A bad api line is reported, and the sections are checked as v2's meanwhile.
  const api = checkApi(root.api, (path, message) => problem(["api", ...path], message));

  const groups = Array.isArray(root.groups) ? (root.groups as Record<string, unknown>[]) : [];
  const groupNames: unknown[] = groups.map((g) => g?.name);
  const renamedGroups = new Map(groups.map((g) => [g?.renamedFrom, g?.name]));

  for (const { section, declaration } of sectionsOf({ api })) {
    const type = registryKey(declaration);
    const generation: Api = declaration.module ? "v3.6" : "v2";
    const entries = root[section];
    if (entries === undefined || entries === null) continue;
    if (!isSeq(doc.get(section, true))) {
      problem([section], "must be a list");
      continue;
    }
    const seen = new Map<string, number>();
    const oldKeys = new Map<string, number>();
    const renames: [number, string][] = [];
    (entries as unknown[]).forEach((entry, i) => {
      const at = [section, i];
      if (!entry || typeof entry !== "object" || Array.isArray(entry))
        return problem(at, "must be a mapping of fields");
      const e = entry as Record<string, unknown>;
      const inputs: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(e)) if (!ENTRY_KEYS.includes(k)) inputs[k] = v;
      if (e.adopt !== undefined && typeof e.adopt !== "boolean")
        problem([...at, "adopt"], "must be true or false");
      if (e.key !== undefined && (typeof e.key !== "string" || e.key === ""))
        problem([...at, "key"], "must be a non-empty string");
      const renamedFrom = checkRenamedFrom(section, generation, e, (message) =>
        problem([...at, "renamedFrom"], message),
      );

      // Group names are resolved at deploy time; here they only have to name a declared group.
      for (const [name, field] of Object.entries(declaration.fields)) {
        if (field.refersTo !== "group" || inputs[name] === undefined) continue;
        if (holdsList(field) && !field.refersAt && !Array.isArray(inputs[name])) {
          problem([...at, name], "must be a list of group names or ids");
          continue;
        }
        for (const { path, ref } of groupRefsIn(field, inputs[name])) {
          const where = [...at, name, ...path];
          if (typeof ref === "string" && !groupNames.includes(ref)) {
            const renamed = renamedGroups.get(ref);
            problem(
              where,
              typeof renamed === "string"
                ? `the group ${JSON.stringify(ref)} is renamed to ${JSON.stringify(renamed)}; refer to it by its new name`
                : `no group named ${JSON.stringify(ref)}; declare it under groups, or give the group's id`,
            );
          } else if (typeof ref !== "string" && !(Number.isInteger(ref) && (ref as number) >= 0)) {
            problem(where, "must be a group name or a group id");
          }
        }
        // Stand-in ids for validation: one per declared name, so a repeated name is still caught.
        inputs[name] = mapGroupRefs(field, inputs[name], (ref) =>
          typeof ref === "string" ? 1e6 + groupNames.indexOf(ref) : ref,
        );
      }
      for (const [name, field] of Object.entries(declaration.fields)) {
        if (!field.secret || inputs[name] === undefined) continue;
        const p = inputs[name] as Record<string, unknown>;
        if (!p || typeof p !== "object" || typeof p.secret !== "string" || Object.keys(p).length !== 1) {
          problem(
            [...at, name],
            `must be { secret: <config key> }: keep ${name}s in the stack's secret config`,
          );
        }
        // The real value is only read at deploy time, and checked then: here it stands as a value not known yet.
        inputs[name] = UNKNOWN;
      }

      const checked = validateInputs(declaration, inputs);
      for (const failure of checked.failures) {
        const reason = withGenerationHint(
          section,
          generation,
          failure.reason.replace(`${declaration.type}: `, ""),
        );
        if (failure.property) problem([...at, failure.property], reason.replace(`${failure.property} `, ""));
        else problem(at, reason);
      }
      // One LiveChat object per natural key, whatever the entries' `key:` (their Pulumi names) say.
      const key = sameObjectKey(type, checked.inputs);
      if (key === undefined) return;
      const first = seen.get(key);
      if (first !== undefined) {
        problem(
          at,
          `describes the same LiveChat object as ${section}[${first}] (line ${lineOf([section, first])}): ` +
            `${sameObjectReason(type)}. Remove one of the two entries, or tell them apart by ` +
            `${naturalKeyWords(declaration)}; a distinct key: does not make them two objects`,
        );
      } else seen.set(key, i);
      if (renamedFrom !== undefined) {
        const oldKey = sameObjectKey(type, { ...checked.inputs, name: renamedFrom });
        renames.push([i, oldKey!]);
        if (oldKeys.has(oldKey!))
          problem(
            [...at, "renamedFrom"],
            `${section}[${oldKeys.get(oldKey!)}] is renamed from ${JSON.stringify(renamedFrom)} too; one object cannot become two`,
          );
        else oldKeys.set(oldKey!, i);
      }
    });
    // Entries that name each other (an auto access's nextId) in a circle: none can come right before the other.
    const list = (entries as unknown[]).filter(
      (e): e is Record<string, unknown> => !!e && typeof e === "object",
    );
    if (list.length === (entries as unknown[]).length)
      for (const i of declarationOrder(declaration, list).cycle)
        for (const field of sameTypeFields(declaration))
          if (list[i][field] !== undefined)
            problem(
              [section, i, field],
              `names ${JSON.stringify(list[i][field])}, and the entries it names lead back to this one: ` +
                `a circle no order can keep; remove ${field} from one of them`,
            );
    // A rename must start from an object no other entry declares (renames in a chain take two steps).
    for (const [i, oldKey] of renames) {
      const other = seen.get(oldKey);
      if (other !== undefined && other !== i)
        problem(
          [section, i, "renamedFrom"],
          `is the name of ${section}[${other}], which the spec keeps; rename one object at a time, or remove renamedFrom`,
        );
    }
  }
  if (problems.length) throw new SpecError(file, problems);
  const spec = root as AccountSpec;
  checkNames(spec, problem);
  if (problems.length) throw new SpecError(file, problems);
  return spec;
}

/** An unknown field that the section's other generation has: say which `api` the section follows. */
function withGenerationHint(section: Section, api: Api, reason: string): string {
  const other: Api = api === "v2" ? "v3.6" : "v2";
  const field = /^unknown field (\w+);/.exec(reason)?.[1];
  if (!field || !hasSection(section, other) || !(field in declarationOf(section, other).fields))
    return reason;
  return `${reason} (${field} is a ${other} field: ${section} follow api ${api} here; write them with ${api}'s fields, or change api)`;
}
