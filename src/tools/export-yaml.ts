// An account spec as a YAML file people read and edit: short lists inline, and a comment where the file
// cannot say everything (what the API never returns).
import { Document, isMap, isPair, isScalar, isSeq, visit, type Node } from "yaml";
import { sectionsOf, type AccountSpec } from "../account/types";

const HEADER = [
  " A LiveChat account, exported by `livechat-pulumi export`. Apply it with the root program",
  " (stack config `spec`); `adopt: true` takes over the objects that already exist instead of failing on them.",
  " Group references are by name, so the file applies to any license.",
].join("\n");

/**
 * Where an editor finds the spec's JSON Schema: in the project's node_modules, beside which a spec lives (the
 * same reference wherever the file is written, so an export to a file and to stdout are the same text).
 */
export const SCHEMA_IN_PROJECT = "./node_modules/pulumi-livechat/account.schema.json";

/** The comment that names the spec's JSON Schema; editors with the YAML language server read it. */
export const schemaLine = (schema: string) => `# yaml-language-server: $schema=${schema}`;

/** The spec as YAML, with the JSON Schema at `schema` (a path relative to the file, or a URL) named first. */
export function specToYaml(spec: AccountSpec, schema: string = SCHEMA_IN_PROJECT): string {
  // Written as YAML 1.1 so that strings such as "yes" and "on" are quoted: the loader (YAML 1.2) reads the
  // same values, and so do older tools that would take them for booleans.
  const doc = new Document(spec, { version: "1.1" });
  doc.commentBefore = `${schemaLine(schema).slice(1)}\n${HEADER}`;
  const sections = sectionsOf(spec);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key;
      if (!isScalar(key) || key.value === "adopt" || key.value === "api") continue;
      key.spaceBefore = true;
      const note = sections.find((s) => s.section === key.value)?.declaration.account.exportNote;
      if (note) key.commentBefore = note.replace(/^/gm, " ");
    }
  }
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((i) => isScalar(i))) seq.flow = true;
    },
    Pair(_, pair) {
      // Greeting rules and tags read best one per line, as in the sample spec.
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if ((key === "rules" || key === "urls") && isSeq(pair.value))
        for (const item of pair.value.items) inline(item);
      if (key === "tags" && isSeq(pair.value) && pair.value.items.every(isMap))
        for (const item of pair.value.items) inline(item);
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function inline(node: unknown): void {
  if (isMap(node) || isSeq(node)) {
    (node as Node & { flow?: boolean }).flow = true;
    for (const item of node.items) inline(isPair(item) ? item.value : item);
  }
}
