import * as fs from "fs";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { validateInputs } from "../provider/lifecycle";
import { specs } from "../resources/specs";
import { resourceName } from "./names";
import { SECTIONS, type AccountSpec, type Section } from "./types";

/** One thing wrong in a spec file: where (path and line) and what. */
export interface SpecProblem {
  path: string;
  line?: number;
  message: string;
}

/** A spec file that cannot be applied, with every problem found in it. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SpecProblem[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${file}${p.line ? `:${p.line}` : ""} ${p.path}: ${p.message}`).join("\n"),
    );
    this.name = "SpecError";
  }
}

const SECTION_NAMES = SECTIONS.map(([s]) => s);
/** Entry keys that are the spec's own, not the resource's. */
const ENTRY_KEYS = ["adopt", "key"];
/** Entries whose `group` (or `groups`) refer to groups by name. */
const GROUP_REFS: Partial<Record<Section, "group" | "groups">> = {
  agents: "groups",
  greetings: "group",
  tags: "group",
  cannedResponses: "group",
};

/** Reads and validates a spec file; throws SpecError naming the file, the path in it and the fix. */
export function loadSpec(file: string): AccountSpec {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new SpecError(file, [{ path: "(file)", message: `cannot be read: ${(e as Error).message}` }]);
  }
  return parseSpec(text, file);
}

/** Parses and validates spec text (YAML or JSON). */
export function parseSpec(text: string, file = "spec"): AccountSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const problems: SpecProblem[] = [];
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = (p.length ? doc.getIn(p, true) : doc.contents) as Node | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
      if (p.length === 0) return undefined;
    }
  };
  const problem = (path: (string | number)[], message: string) =>
    problems.push({ path: formatPath(path), line: lineOf(path), message });

  for (const error of doc.errors) {
    problems.push({
      path: "(yaml)",
      line: lines.linePos(error.pos[0]).line,
      message: error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, ""),
    });
  }
  if (problems.length) throw new SpecError(file, problems);
  const root = doc.toJS() ?? {};
  if (!isMap(doc.contents) && doc.contents !== null)
    throw new SpecError(file, [{ path: "(top)", message: "must be a mapping of sections" }]);

  for (const key of Object.keys(root)) {
    if (key !== "adopt" && !SECTION_NAMES.includes(key as Section)) {
      problem([key], `unknown section; the sections are adopt, ${SECTION_NAMES.join(", ")}`);
    }
  }
  if (root.adopt !== undefined && typeof root.adopt !== "boolean")
    problem(["adopt"], "must be true or false");
  const groupNames: unknown[] = (Array.isArray(root.groups) ? root.groups : []).map(
    (g: Record<string, unknown>) => g?.name,
  );

  for (const [section, type] of SECTIONS) {
    const entries = root[section];
    if (entries === undefined || entries === null) continue;
    if (!isSeq(doc.get(section, true))) {
      problem([section], "must be a list");
      continue;
    }
    const seen = new Map<string, number>();
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

      // Group names are resolved at deploy time; here they only have to name a declared group.
      const refField = GROUP_REFS[section];
      if (refField && inputs[refField] !== undefined) {
        const refs = refField === "groups" ? inputs.groups : [inputs.group];
        if (refField === "groups" && !Array.isArray(refs))
          problem([...at, "groups"], "must be a list of group names or ids");
        else {
          (refs as unknown[]).forEach((ref, j) => {
            const where = refField === "groups" ? [...at, "groups", j] : [...at, "group"];
            if (typeof ref === "string" && !groupNames.includes(ref)) {
              problem(
                where,
                `no group named ${JSON.stringify(ref)}; declare it under groups, or give the group's id`,
              );
            } else if (typeof ref !== "string" && !(Number.isInteger(ref) && (ref as number) >= 0)) {
              problem(where, "must be a group name or a group id");
            }
          });
          // Stand-in ids for validation: one per declared name, so a repeated name is still caught.
          const id = (ref: unknown) => (typeof ref === "string" ? 1e6 + groupNames.indexOf(ref) : ref);
          inputs[refField] = refField === "groups" ? (refs as unknown[]).map(id) : id(inputs.group);
        }
      }
      if (section === "agents" && inputs.password !== undefined) {
        const p = inputs.password as Record<string, unknown>;
        if (!p || typeof p !== "object" || typeof p.secret !== "string" || Object.keys(p).length !== 1) {
          problem(
            [...at, "password"],
            "must be { secret: <config key> }: keep passwords in the stack's secret config",
          );
        }
        inputs.password = "placeholder"; // the real one is only read at deploy time
      }

      for (const failure of validateInputs(specs[type], inputs).failures) {
        const reason = failure.reason.replace(`${type}: `, "");
        if (failure.property) problem([...at, failure.property], reason.replace(`${failure.property} `, ""));
        else problem(at, reason);
      }
      const name = resourceName(section, e);
      if (seen.has(name)) {
        problem(
          at,
          `describes the same object as ${section}[${seen.get(name)}]; give one of them another name, or a distinct key`,
        );
      } else seen.set(name, i);
    });
  }
  if (problems.length) throw new SpecError(file, problems);
  return root as AccountSpec;
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
