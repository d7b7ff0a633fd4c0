import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LiveChatClient } from "../../../src/client";
import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { createTestStack, type TestStack } from "./stack";

export const RESOURCES_PROGRAM = path.join(__dirname, "../fixtures/resources");

/** A resource as the resources fixture program declares it. */
export interface Declared {
  type: string;
  name: string;
  args: Record<string, unknown>;
  /** Resource options, such as `{ retainOnDelete: true }`. */
  opts?: Record<string, unknown>;
}

/** An emulator plus a stack of the resources fixture pointed at it with the emulator's credentials. */
export interface Account {
  emulator: RunningEmulator;
  t: TestStack;
  /** A client for changes made behind Pulumi's back. */
  api: LiveChatClient;
  /** Runs `pulumi up` with these resources declared. */
  declare(resources: Declared[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A stack of the repo's root program (Pulumi.yaml, main dist/program/index.js) with `specText` as its
 * account.yaml, pointed at a new emulator.
 */
export async function openRootProject(
  specText: string,
  extraConfig: Record<string, string> = {},
): Promise<Omit<Account, "declare"> & { writeSpec(text: string): void }> {
  const emulator = await startEmulator();
  const { login, pat } = emulator.credentials;
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-root-"));
  fs.copyFileSync(path.join(__dirname, "../../../Pulumi.yaml"), path.join(project, "Pulumi.yaml"));
  fs.writeFileSync(path.join(project, "account.yaml"), specText);
  const t = await createTestStack(
    project,
    {
      spec: "account.yaml",
      "livechat:apiUrl": emulator.url,
      "livechat:login": login,
      "livechat:pat": pat,
      ...extraConfig,
    },
    ["dist"],
  );
  fs.rmSync(project, { recursive: true, force: true });
  const api = new LiveChatClient({ apiUrl: emulator.url, login, pat, retry: { retries: 0 } });
  return {
    emulator,
    t,
    api,
    writeSpec: (text) => fs.writeFileSync(path.join(t.workDir, "account.yaml"), text),
    close: async () => {
      await t.cleanup();
      await emulator.stop();
    },
  };
}

export async function openAccount(extraConfig: Record<string, string> = {}): Promise<Account> {
  const emulator = await startEmulator();
  const { login, pat } = emulator.credentials;
  const { accountId } = emulator;
  const t = await createTestStack(RESOURCES_PROGRAM, {
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    "livechat:accountId": accountId,
    "test:resources": "[]",
    ...extraConfig,
  });
  const api = new LiveChatClient({ apiUrl: emulator.url, login, pat, accountId, retry: { retries: 0 } });
  return {
    emulator,
    t,
    api,
    declare: async (resources) => {
      await t.stack.setConfig("test:resources", { value: JSON.stringify(resources), secret: true });
    },
    close: async () => {
      await t.cleanup();
      await emulator.stop();
    },
  };
}

/** The requests that made or deleted an object: v2's POSTs and DELETEs, v3.6's create and delete methods. */
export const madeOrDeleted = (emulator: RunningEmulator): string[] =>
  emulator
    .requests()
    .filter((r) =>
      r.path.includes("/action/")
        ? /\/action\/(batch_)?(create|delete)_/.test(r.path)
        : /^(POST|DELETE)$/.test(r.method),
    )
    .map((r) => `${r.method} ${r.path}`);
