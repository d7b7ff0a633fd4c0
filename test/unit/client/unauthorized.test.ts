import { LiveChatClient, LiveChatError, isUnauthorized } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

// A refused credential must say which credential was sent and which config keys fix it, never its value.
describe("refused credentials", () => {
  const login = "jane.doe@example.com";
  const pat = "dal:PAT-s3cr3t-0123456789";
  const token = "dal:TOKEN-s3cr3t-abcdefghij";
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      app.all("/401", (_req, res) =>
        res.status(401).json({ error: "Invalid login or personal access token" }),
      );
      app.all("/403-expired", (_req, res) => res.status(403).json({ error: "Access token expired" }));
      app.all("/403-role", (_req, res) =>
        res.status(403).json({ error: "Only the owner and administrators can add tags" }),
      );
    });
  });
  afterAll(() => server.close());

  const failure = async (creds: { login?: string; pat?: string; token?: string }, path: string) => {
    const client = new LiveChatClient({ apiUrl: server.url, ...creds, retry: { retries: 0 } });
    const e = await client.request("GET", path).catch((err: unknown) => err);
    expect(LiveChatError.isInstance(e)).toBe(true);
    return e as LiveChatError;
  };

  it("names livechat:login + livechat:pat and their variables when a PAT is refused", async () => {
    const e = await failure({ login, pat }, "/401");
    expect(e.message).toMatch(
      /^LiveChat API GET \/401 failed: 401 Invalid login or personal access token\. /,
    );
    for (const word of [
      "livechat:login",
      "livechat:pat",
      "LIVECHAT_LOGIN",
      "LIVECHAT_PAT",
      "livechat:token",
    ]) {
      expect(e.message).toContain(word);
    }
    expect(e.message).toContain("Personal Access Token");
    for (const secret of [login, pat, pat.slice(4)]) expect(e.message).not.toContain(secret);
    expect(isUnauthorized(e)).toBe(true);
  });

  it("names livechat:token and LIVECHAT_TOKEN when a token is refused, and that it wins over a PAT", async () => {
    const e = await failure({ token, login, pat }, "/401");
    expect(e.message).toContain("OAuth access token from livechat:token (LIVECHAT_TOKEN), which wins over");
    for (const secret of [login, pat, token, token.slice(4)]) expect(e.message).not.toContain(secret);
    expect(isUnauthorized(e)).toBe(true);
  });

  it("treats a 403 that says the token expired as refused credentials", async () => {
    const e = await failure({ token }, "/403-expired");
    expect(e.message).toContain("livechat:token");
    expect(isUnauthorized(e)).toBe(true);
  });

  it("leaves a 403 about a missing role alone", async () => {
    const e = await failure({ token }, "/403-role");
    expect(e.message).toBe(
      "LiveChat API GET /403-role failed: 403 Only the owner and administrators can add tags",
    );
    expect(isUnauthorized(e)).toBe(false);
  });

  it("is false for other errors and for non-errors", async () => {
    expect(isUnauthorized(new LiveChatError({ method: "GET", path: "/x", status: 404 }))).toBe(false);
    expect(isUnauthorized(new Error("401"))).toBe(false);
    expect(isUnauthorized({ status: 401 })).toBe(false);
    expect(isUnauthorized(new LiveChatError({ method: "GET", path: "/x", status: 401 }))).toBe(true);
  });
});
