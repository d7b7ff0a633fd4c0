// The provider's validation and matching must agree with the server's (here: the emulator's) on the
// values the server stores, or an account the server accepts cannot be exported or adopted.

import type { AxiosInstance } from "axios";
import { LiveChatClient } from "../../src/client";
import type { RunningEmulator } from "../../src/emulator";
import { ListCache } from "../../src/provider/list-cache";
import { findByNaturalKey } from "../../src/provider/find";
import { validateInputs } from "../../src/provider/validate";
import type { Context } from "../../src/provider/declaration";
import { agentDeclaration } from "../../src/resources/agent";
import { groupDeclaration } from "../../src/resources/group";
import { start } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;

beforeAll(async () => {
  ({ emu, api } = await start());
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

const providerRefuses = (language: string) =>
  validateInputs(groupDeclaration, { name: "Sales", language }).failures.map((f) => f.reason);

const emulatorStatus = async (language: string) =>
  (await api.post("/groups", { name: "Sales", agents: [], language })).status;

describe("group language", () => {
  // The emulator accepts a pattern (language, then optionally _ or - and a region or script of 2-4
  // letters in any case): a set generated from each part of it, every combination.
  const languages = ["en", "pt", "zh", "fil"];
  const separators = ["_", "-"];
  const regions = ["BR", "br", "Br", "PT", "Hant", "hans", "CHE"];
  const generated = [
    ...languages,
    ...languages.flatMap((l) => separators.flatMap((s) => regions.map((r) => `${l}${s}${r}`))),
  ];

  it.each(generated)("%s, which the emulator stores, passes the provider's check", async (language) => {
    expect(await emulatorStatus(language)).toBe(200);
    expect(providerRefuses(language)).toEqual([]);
  });

  it.each(["en", "de", "pl", "pt-br", "pt-BR", "pt_BR", "zh-Hant", "es-mx", "fil"])(
    "%s, which the provider accepts, is stored by the emulator",
    async (language) => {
      expect(providerRefuses(language)).toEqual([]);
      expect(await emulatorStatus(language)).toBe(200);
    },
  );

  it.each(["english", "EN", "Pt-br", "e", "en_", "en-", "en-12", "en-toolong", "pt_BR_x", "en us"])(
    "%j is refused by both",
    async (language) => {
      expect(providerRefuses(language)).toEqual([expect.stringContaining("language code")]);
      expect(await emulatorStatus(language)).toBe(400);
    },
  );
});

describe("agent login", () => {
  it("matches the server: a login differing only in case is the same agent, and adoption finds it", async () => {
    expect((await api.post("/agents", { login: "jane.doe@example.com", name: "Jane" })).status).toBe(200);
    // The server refuses the same login in other case as a duplicate...
    const duplicate = await api.post("/agents", { login: "Jane.Doe@Example.COM", name: "Jane" });
    expect(duplicate.status).toBe(400);
    expect(duplicate.data.error).toMatch(/already exists/);
    // ...so the provider's lookup (adoption, and the check before a repeated create) must find it.
    const { login, pat } = emu.credentials;
    const ctx = {
      client: new LiveChatClient({ apiUrl: emu.url, login, pat }),
      lists: new ListCache(),
    } as Context;
    const found = await findByNaturalKey(agentDeclaration, ctx, { login: "Jane.Doe@Example.COM" });
    expect(found).toMatchObject({ login: "jane.doe@example.com" });
  });
});
