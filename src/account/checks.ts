// Checks of a spec as a whole: that it declares objects (or says it means none), and that renames leave
// every entry a Pulumi name of its own.
import { resourceNames } from "./names";
import type { SpecProblem } from "./problems";
import { previousNames } from "./renames";
import { SECTION_NAMES, type AccountSpec } from "./types";
export const NO_OBJECTS =
  "declares no objects: applying it would delete every object this stack manages. If the file was cut short, " +
  'restore it; to empty the account on purpose, write "objects: none" at the top.';

/** A spec with no entries is refused unless it says `objects: none`: a truncated file must not empty the account. */
export function checkObjectCount(
  root: Record<string, unknown>,
  problem: (path: (string | number)[], message: string) => void,
  problems: SpecProblem[],
): void {
  const count = SECTION_NAMES.reduce((n, s) => n + (Array.isArray(root[s]) ? (root[s] as []).length : 0), 0);
  const malformed = SECTION_NAMES.some(
    (s) => root[s] !== undefined && root[s] !== null && !Array.isArray(root[s]),
  );
  if (root.objects !== undefined && root.objects !== "none") {
    problem(
      ["objects"],
      'the only value is "none" (for a spec that empties the account on purpose); remove it otherwise',
    );
  } else if (root.objects === "none" && count > 0) {
    problem(
      ["objects"],
      `is "none" but the spec declares ${count} object${count === 1 ? "" : "s"}; remove "objects: none" or the entries`,
    );
  } else if (root.objects === undefined && count === 0 && !malformed) {
    problems.push({ path: "", message: NO_OBJECTS });
  }
}

/** Derived names may collide only in ways renames cannot untangle: an old name now held by another entry. */
export function checkNames(
  spec: AccountSpec,
  problem: (path: (string | number)[], message: string) => void,
): void {
  const names = resourceNames(spec);
  const previous = previousNames(spec, names);
  for (const section of SECTION_NAMES) {
    const explicit = new Map<string, number>();
    (spec[section] ?? []).forEach((e, i) => {
      if (e.key === undefined) return;
      if (explicit.has(e.key))
        problem(
          [section, i, "key"],
          `is also the key of ${section}[${explicit.get(e.key)}]; keys must differ`,
        );
      else explicit.set(e.key, i);
    });
    previous[section].forEach((old, i) => {
      const holder = old === undefined ? -1 : names[section].indexOf(old);
      if (holder >= 0 && holder !== i)
        problem(
          [section, i],
          `was named ${old} in Pulumi, which is now the name of ${section}[${holder}]; give one of them a key: to keep its name`,
        );
    });
  }
}
