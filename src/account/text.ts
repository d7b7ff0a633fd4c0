// From the bytes of a spec file to a YAML document, with every way that can fail told as a spec problem:
// encodings other than UTF-8, YAML syntax, and alias bombs (nested anchors that expand to gigabytes).
import * as fs from "fs";
import { isAlias, LineCounter, parseDocument, visit, type Document } from "yaml";
import { SpecError, type SpecProblem } from "./problems";

/** Byte-order marks of the encodings people save files in by mistake. */
const FOREIGN_BOMS: [string, number[]][] = [
  ["UTF-32", [0xff, 0xfe, 0x00, 0x00]],
  ["UTF-32", [0x00, 0x00, 0xfe, 0xff]],
  ["UTF-16", [0xff, 0xfe]],
  ["UTF-16", [0xfe, 0xff]],
];

/** More aliases than this in one file is an alias bomb, not an account (the yaml package's default). */
const MAX_ALIASES = 100;

/** The text of a spec file, or the problem that keeps it from being read as UTF-8. */
export function decode(bytes: Uint8Array): { text: string } | { problem: SpecProblem } {
  for (const [encoding, bom] of FOREIGN_BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { problem: { path: "(file)", line: 1, message: `is saved as ${encoding}; save it as UTF-8` } };
    }
  }
  try {
    // A UTF-8 byte-order mark is allowed by YAML and dropped here.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
    return {
      problem: { path: "(file)", line, message: "is not valid UTF-8 text; save the file as UTF-8" },
    };
  }
}

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  /** The document as plain data; undefined when there were problems. */
  data?: unknown;
  problems: SpecProblem[];
}

/** Parses YAML (or JSON) text into plain data, turning syntax errors and alias bombs into problems. */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  const problems: SpecProblem[] = doc.errors.map((error) => ({
    path: "(yaml)",
    line: lineAt(error.pos[0]),
    message: error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, ""),
  }));
  if (problems.length) return { doc, lines, problems };
  try {
    return { doc, lines, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems };
  } catch (e) {
    let firstAlias: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node) && node.range) firstAlias ??= node.range[0];
      },
    });
    const message = /excessive alias count/i.test((e as Error).message)
      ? "its aliases (*name) expand to too much data, as an alias bomb does; write the entries out instead of nesting aliases"
      : (e as Error).message;
    problems.push({ path: "(yaml)", line: firstAlias === undefined ? 1 : lineAt(firstAlias), message });
    return { doc, lines, problems };
  }
}

/** A spec (or overlay) file's text; throws SpecError for a file that cannot be read or decoded. */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new SpecError(file, [{ path: "(file)", message: `cannot be read: ${(e as Error).message}` }]);
  }
  const decoded = decode(bytes);
  if ("problem" in decoded) throw new SpecError(file, [decoded.problem]);
  return decoded.text;
}
