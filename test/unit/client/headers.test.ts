import { LiveChatClient } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

describe("LiveChatClient request headers", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      app.all("/{*rest}", (req, res) => {
        res.json({ ok: true });
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
  });

  const headersOf = async (options: ConstructorParameters<typeof LiveChatClient>[0]) => {
    const client = new LiveChatClient({ apiUrl: server.url, ...options });
    await client.request("GET", "/agents");
    return server.seen[0].headers;
  };

  it("sends X-API-Version 2 and JSON Accept", async () => {
    const headers = await headersOf({ token: "tok-123456789" });
    expect(headers["x-api-version"]).toBe("2");
    expect(headers["accept"]).toBe("application/json");
    expect(headers["user-agent"]).toBe("pulumi-livechat");
  });

  it("sends Basic base64(login:pat) for a PAT", async () => {
    const headers = await headersOf({ login: "jane@example.com", pat: "pat-secret-1" });
    const expected = Buffer.from("jane@example.com:pat-secret-1").toString("base64");
    expect(headers.authorization).toBe(`Basic ${expected}`);
  });

  it("sends Bearer when a token is given, even with login and PAT", async () => {
    const headers = await headersOf({ login: "jane@example.com", pat: "pat-secret-1", token: "tok-abc" });
    expect(headers.authorization).toBe("Bearer tok-abc");
  });

  it.each([
    ["token fra:", { token: "fra:abcdef" }, "fra"],
    ["token fra-", { token: "fra-abcdef" }, "fra"],
    ["PAT fra:", { login: "jane@example.com", pat: "fra:abcdef" }, "fra"],
    ["PAT fra-", { login: "jane@example.com", pat: "fra-abcdef" }, "fra"],
    ["token dal:", { token: "dal:abcdef" }, "dal"],
  ])("sends X-Region from a %s prefix", async (_, options, region) => {
    const headers = await headersOf(options);
    expect(headers["x-region"]).toBe(region);
  });

  it("sends no X-Region for an unprefixed credential", async () => {
    const headers = await headersOf({ token: "abcdef" });
    expect(headers["x-region"]).toBeUndefined();
  });

  it("lets an explicit region win over the prefix", async () => {
    const headers = await headersOf({ token: "fra:abcdef", region: "dal" });
    expect(headers["x-region"]).toBe("dal");
  });

  it("sends JSON bodies with Content-Type, DELETE included, and none without a body", async () => {
    const client = new LiveChatClient({ apiUrl: server.url, token: "t0k3n" });
    await client.request("DELETE", "/tags/VIP", { body: { group: 1 } });
    await client.request("POST", "/agents", { body: { login: "a@b.c" } });
    await client.request("GET", "/agents", { query: { status: "offline", skip: undefined } });
    expect(server.seen[0]).toMatchObject({ method: "DELETE", body: { group: 1 } });
    expect(server.seen[0].headers["content-type"]).toBe("application/json");
    expect(server.seen[1]).toMatchObject({ method: "POST", body: { login: "a@b.c" } });
    expect(server.seen[2].url).toBe("/agents?status=offline");
    expect(server.seen[2].headers["content-type"]).toBeUndefined();
  });

  it("sends a custom User-Agent", async () => {
    const headers = await headersOf({ token: "t0k3n", userAgent: "my-tool/1.0" });
    expect(headers["user-agent"]).toBe("my-tool/1.0");
  });
});
