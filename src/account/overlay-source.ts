// A YAML file of a spec or an overlay, kept with its parsed document so that any path in it can be turned
// back into a line: the merged spec is validated as one text, but its problems are told where they were written.
import type { Document, LineCounter, Node } from "yaml";
import { SpecError } from "./problems";
import { parseYaml, readText } from "./text";

export type Path = (string | number)[];

export interface Source {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

/** Reads and parses a file; throws SpecError for a file that cannot be read, decoded or parsed. */
export function readSource(file: string, text: string = readText(file)): Source {
  const { doc, lines, data, problems } = parseYaml(text);
  if (problems.length) throw new SpecError(file, problems);
  return { file, doc, lines, data };
}

/** The line of a path in a source, or of its nearest parent that is in the file. */
export function lineIn(source: Source, path: Path): number | undefined {
  for (let p = path; ; p = p.slice(0, -1)) {
    const node = (p.length ? source.doc.getIn(p, true) : source.doc.contents) as Node | undefined;
    if (node?.range) return source.lines.linePos(node.range[0]).line;
    if (p.length === 0) return undefined;
  }
}

/** `agents[1].groups[0]`, as the spec's problems write paths. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** The inverse of formatPath. */
export function parsePath(text: string): Path {
  return [...text.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
}

export const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
