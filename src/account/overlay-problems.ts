// A problem found in a merged spec, told where it was written: in the base spec (an entry the overlay kept)
// or in the overlay (an entry it adds, or a field it changes), with that file's line and path.
import { formatPath, lineIn, parsePath, type Path, type Source } from "./overlay-source";
import type { SpecProblem } from "./problems";

/** Where a merged entry came from, and which of its fields the overlay set. */
export interface EntryOrigin {
  entry: unknown;
  source: Source;
  /** Its path in that source: `agents[2]`, or `agents.add[0]` in an overlay. */
  path: Path;
  /** Fields set by an overlay's `change`: where. */
  fields: Map<string, { source: Source; path: Path }>;
}

export interface MergeContext {
  base: Source;
  overlay: Source;
  origins: Record<string, EntryOrigin[]>;
  /** Group names the overlay removes, with where ("file:line"). */
  removedGroups: Map<string, string>;
}

/** Where a path of the merged spec was written. */
function placeOf(path: Path, ctx: MergeContext): { source: Source; path: Path } {
  const [section, index, field, ...rest] = path;
  const origin = typeof index === "number" ? ctx.origins[section as string]?.[index] : undefined;
  if (!origin) {
    // A top-level key: the overlay's when it sets it (adopt), else the base's.
    const inOverlay =
      typeof section === "string" && ctx.overlay.doc.has(section) && !ctx.base.doc.has(section);
    return { source: inOverlay ? ctx.overlay : ctx.base, path };
  }
  if (field === undefined) return { source: origin.source, path: origin.path };
  const changed = origin.fields.get(String(field));
  if (changed) return { source: changed.source, path: [...changed.path, field, ...rest] };
  return { source: origin.source, path: [...origin.path, field, ...rest] };
}

export function renumber(problem: SpecProblem, ctx: MergeContext): SpecProblem {
  const here =
    problem.path && !problem.path.startsWith("(") ? placeOf(parsePath(problem.path), ctx) : undefined;
  // Messages that name another entry of the merged spec ("the same object as agents[0] (line 5)").
  let message = problem.message.replace(/\b(\w+)\[(\d+)\] \(line \d+\)/g, (_, section: string, i: string) => {
    const other = placeOf([section, Number(i)], ctx);
    return `${formatPath(other.path)} (${other.source.file}:${lineIn(other.source, other.path)})`;
  });
  const group = /^no group named "(.*)";/.exec(message)?.[1];
  const removedAt =
    group === undefined ? undefined : ctx.removedGroups.get(JSON.parse(`"${group}"`) as string);
  if (removedAt) message += `; the overlay leaves that group out (${removedAt})`;
  if (!here) return { ...problem, file: ctx.base.file, message };
  return {
    path: formatPath(here.path),
    line: lineIn(here.source, here.path),
    message,
    file: here.source.file,
  };
}
