import { LiveChatClient } from "../../../src/client";
import { startEmulator, type RunningEmulator } from "../../../src/emulator";
import { declarationOf } from "../../../src/account/types";
import { readAccount } from "../../../src/tools/account";

// v3.6 lists webhooks one Client ID at a time, and nothing lists Client IDs. The account tools read them for the
// Client IDs they are given and those of the account's bots, which they read first: never from anything a
// provider process happened to fill in (a CLI run has none).

const HOOK_OWNER = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d";
const BOT_OWNER = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

describe("reading an account's v3.6 webhooks", () => {
  let emulator: RunningEmulator;
  let client: LiveChatClient;
  const sections = [
    { section: "webhooks" as const, declaration: declarationOf("webhooks", "v3.6") },
    { section: "bots" as const, declaration: declarationOf("bots", "v3.6") },
  ];
  const register = (owner: string, url: string) =>
    client.action("register_webhook", {
      owner_client_id: owner,
      action: "incoming_chat",
      url,
      secret_key: "k",
      type: "license",
    });

  beforeAll(async () => {
    emulator = await startEmulator();
    const { login, pat } = emulator.credentials;
    client = new LiveChatClient({ apiUrl: emulator.url, login, pat, accountId: emulator.accountId });
    await register(HOOK_OWNER, "https://hooks.example.com/a");
    await register(BOT_OWNER, "https://hooks.example.com/b");
    await client.action("create_bot", { name: "Helper", owner_client_id: BOT_OWNER });
  });
  afterAll(async () => emulator?.stop());

  const urls = async (clientIds?: string[]) =>
    ((await readAccount(client, sections, { details: true, clientIds })).webhooks ?? [])
      .map((w) => w.url)
      .sort();

  it("finds those of the Client IDs the account's bots belong to, whatever the order of the sections", async () => {
    expect(await urls()).toEqual(["https://hooks.example.com/b"]);
  });

  it("finds those of the Client IDs it is given too", async () => {
    expect(await urls([HOOK_OWNER])).toEqual(["https://hooks.example.com/a", "https://hooks.example.com/b"]);
  });
});
