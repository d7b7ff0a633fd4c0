import axios from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { basic, client, start } from "./helpers";

const PAT = "dal:secret-pat-123";
const TOKENS = ["dal:token-abc", "fra:token-fra", "plain-token"];

let emu: RunningEmulator;

beforeAll(async () => {
  ({ emu } = await start({ credentials: { login: "john@example.com", pat: PAT, tokens: TOKENS } }));
});
afterAll(() => emu.stop());

describe("authentication", () => {
  test("Basic login:PAT and Bearer tokens are accepted", async () => {
    expect((await client(emu).get("/agents")).status).toBe(200);
    expect((await client(emu, { Authorization: "Bearer dal:token-abc" }).get("/agents")).status).toBe(200);
    expect((await client(emu, { Authorization: "bearer plain-token" }).get("/agents")).status).toBe(200);
  });

  test.each([
    ["no Authorization header", undefined, ""],
    ["a wrong PAT", basic("john@example.com", "dal:wrong-pat-999"), "dal:wrong-pat-999"],
    ["a wrong login", basic("eve@example.com", PAT), "eve@example.com"],
    ["an unencoded login:PAT", `Basic john@example.com:${PAT}`, PAT],
    ["a wrong token", "Bearer dal:stolen-token-777", "dal:stolen-token-777"],
    ["an unknown scheme", "Digest abc-secret-xyz", "abc-secret-xyz"],
  ])("401 for %s, without echoing the credential", async (_label, authorization, secret) => {
    const res = await client(emu, { Authorization: authorization }).get("/agents");
    expect(res.status).toBe(401);
    expect(res.data).toEqual({ error: expect.any(String) });
    if (secret) expect(JSON.stringify(res.data)).not.toContain(secret);
    expect(JSON.stringify(res.data)).not.toContain(PAT);
  });

  test("the request log never holds credentials", async () => {
    await client(emu, { Authorization: basic("john@example.com", "dal:wrong-pat-999") }).get("/agents");
    const log = JSON.stringify(emu.requests());
    expect(log).not.toContain("wrong-pat");
    expect(log).not.toContain(PAT);
  });
});

describe("X-API-Version", () => {
  test("missing -> 400 naming the header", async () => {
    const res = await client(emu, { "X-API-Version": undefined }).get("/agents");
    expect(res.status).toBe(400);
    expect(res.data.error).toMatch(/X-API-Version/);
  });

  test("another version -> 400; the header name is case-insensitive", async () => {
    expect((await client(emu, { "X-API-Version": "3" }).get("/agents")).status).toBe(400);
    const lower = client(emu, { "X-API-Version": undefined, "x-api-version": "2" });
    expect((await lower.get("/agents")).status).toBe(200);
  });
});

describe("regions", () => {
  test("a fra token without X-Region: fra -> 421 naming the region", async () => {
    const res = await client(emu, { Authorization: "Bearer fra:token-fra" }).get("/agents");
    expect(res.status).toBe(421);
    expect(res.data).toEqual({
      error: {
        type: "misdirected_request",
        message: "Misdirected request: use X-Region: fra",
        data: { region: "fra" },
      },
    });
    const ok = await client(emu, { Authorization: "Bearer fra:token-fra", "X-Region": "fra" }).get("/agents");
    expect(ok.status).toBe(200);
  });

  test("a dal credential sent with X-Region: fra -> 421 naming dal", async () => {
    const res = await client(emu, { "X-Region": "fra" }).get("/agents");
    expect(res.status).toBe(421);
    expect(res.data.error.data).toEqual({ region: "dal" });
  });

  test("fra- prefixes count too, and unprefixed credentials belong to the configured region", async () => {
    const fra = await start({
      region: "fra",
      credentials: { login: "f@example.com", pat: "no-prefix-pat", tokens: ["fra-oauth", "dal-oauth"] },
    });
    try {
      expect((await client(fra.emu).get("/agents")).status).toBe(421);
      expect((await client(fra.emu, { "X-Region": "fra" }).get("/agents")).status).toBe(200);
      expect(
        (await client(fra.emu, { Authorization: "Bearer fra-oauth", "X-Region": "fra" }).get("/agents"))
          .status,
      ).toBe(200);
      expect((await client(fra.emu, { Authorization: "Bearer dal-oauth" }).get("/agents")).status).toBe(200);
    } finally {
      await fra.emu.stop();
    }
  });

  test("default credentials follow the configured region", async () => {
    const fra = await start({ region: "fra" });
    try {
      expect(fra.emu.credentials).toEqual({
        login: "owner@example.com",
        pat: "fra:emulator-pat",
        tokens: ["fra:emulator-token"],
      });
      expect((await client(fra.emu, { "X-Region": "fra" }).get("/agents")).status).toBe(200);
    } finally {
      await fra.emu.stop();
    }
  });
});

describe("general", () => {
  test("the documented defaults", async () => {
    const dflt = await start();
    try {
      expect(dflt.emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(dflt.emu.credentials).toEqual({
        login: "owner@example.com",
        pat: "dal:emulator-pat",
        tokens: ["dal:emulator-token"],
      });
      expect((await dflt.api.get("/groups")).data).toEqual([
        { id: 0, name: "All operators", language: "en", status: "accepting chats" },
      ]);
      expect((await dflt.api.get("/agents/owner@example.com")).data).toMatchObject({
        name: "Account Owner",
        permission: "owner",
        status: "accepting chats",
      });
    } finally {
      await dflt.emu.stop();
    }
  });

  test("unknown paths -> 404 JSON; known paths with another method -> 405", async () => {
    const api = client(emu);
    const res = await api.get("/chats");
    expect(res.status).toBe(404);
    expect(res.data).toEqual({ error: expect.stringContaining("/chats") });
    const method = await api.patch("/agents", {});
    expect(method.status).toBe(405);
    expect(method.headers.allow).toBe("GET, POST");
  });

  test("JSONP on GET", async () => {
    const res = await client(emu).get("/agents?callback=example", { responseType: "text" });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/javascript/);
    expect(res.data).toMatch(/^example\(\[.*\]\)$/s);
    const list = JSON.parse(res.data.slice("example(".length, -1));
    expect(list[0]).toMatchObject({ login: "john@example.com", permission: "owner" });
    const bad = await client(emu).get("/agents?callback=alert(1)");
    expect(bad.status).toBe(400);
  });

  test("a malformed JSON body -> 400", async () => {
    const res = await client(emu).post("/groups", '{"name": ', {
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ error: expect.stringMatching(/JSON/) });
  });

  test("numeric ids arrive as strings and trailing slashes are tolerated", async () => {
    expect((await client(emu).get("/groups/0/")).status).toBe(200);
    expect((await axios.get(`${emu.url}/groups/0`, { validateStatus: () => true })).status).toBe(401);
  });
});
