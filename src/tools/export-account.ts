// `livechat-pulumi export`: reads a whole account and writes it as an account spec.
import type { LiveChatClient } from "../client";
import { parseSpec } from "../account/load";
import { sectionsOf, type Api, type Section } from "../account/types";
import { secretNames } from "../provider/declaration";
import { listed, readAccount } from "./account";
import { ToolError } from "./errors";
import { specFromAccount } from "./export";
import { specToYaml } from "./export-yaml";

export interface ExportOptions {
  /** The API generation of the sections both have (the spec's `api` line); default v2. */
  api?: Api;
  /** Told how many objects of each type were read. */
  onProgress?: (section: Section, count: number) => void;
  /** Told about objects the spec cannot hold. */
  warn?: (message: string) => void;
  /** Client IDs whose v3.6 webhooks to read (besides those of the account's bots). */
  clientIds?: string[];
}

/** The account as spec YAML, checked by the same loader the root program uses before it is returned. */
export async function exportAccount(client: LiveChatClient, options: ExportOptions = {}): Promise<string> {
  // v2 is the default: the spec says `api` only when it is another.
  const api = options.api === "v3.6" ? options.api : undefined;
  const sections = listed(sectionsOf({ api }));
  const account = await readAccount(client, sections, { ...options, details: true });
  const text = specToYaml(specFromAccount(account, options.warn, api));
  try {
    parseSpec(text, "the exported spec");
  } catch (e) {
    throw new ToolError(
      `export made a spec the loader refuses (a bug in livechat-pulumi):\n${(e as Error).message}`,
    );
  }
  // Secret outputs (a webhook's token authenticates LiveChat's calls): make sure none slipped into the file.
  for (const { section, declaration } of sections) {
    for (const object of account[section] ?? []) {
      const outputs = declaration.computed?.(object) ?? {};
      for (const name of secretNames(declaration)) {
        const value = outputs[name];
        if (typeof value === "string" && value && text.includes(value))
          throw new ToolError(
            `export refused to write a ${declaration.type.toLowerCase()}'s ${name} (a bug in livechat-pulumi)`,
          );
      }
    }
  }
  return text;
}
