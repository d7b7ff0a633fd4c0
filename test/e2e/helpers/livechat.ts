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

export async function openAccount(extraConfig: Record<string, string> = {}): Promise<Account> {
  const emulator = await startEmulator();
  const { login, pat } = emulator.credentials;
  const t = await createTestStack(RESOURCES_PROGRAM, {
    "livechat:apiUrl": emulator.url,
    "livechat:login": login,
    "livechat:pat": pat,
    "test:resources": "[]",
    ...extraConfig,
  });
  const api = new LiveChatClient({ apiUrl: emulator.url, login, pat, retry: { retries: 0 } });
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
