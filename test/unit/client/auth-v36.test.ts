import { inspect } from "node:util";
import {
  LiveChatClient,
  LiveChatConfigError,
  LiveChatError,
  resolveClientOptions,
} from "../../../src/client";
import { TestServer, startServer } from "./test-server";

const ACCOUNT = "d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf";
const LOGIN = "jane@example.com";
const PAT = "dal:PAT-s3cr3t-0123456789";
const basic = (user: string) => `Basic ${Buffer.from(`${user}:${PAT}`).toString("base64")}`;

describe("authentication across API generations", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      // A careless server that echoes the Authorization header and the decoded pair in its error text.
      app.all("/{*rest}", (req, res) => {
        const auth = req.headers.authorization ?? "";
        const decoded = Buffer.from(auth.replace(/^Basic /, ""), "base64").toString();
        if (req.path.endsWith("/refuse")) {
          res.status(401).json({
            error: { type: "authentication", message: `Invalid credentials ${auth} ${decoded}` },
          });
        } else res.json({});
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
  });

  const client = (creds: { login?: string; pat?: string; token?: string; accountId?: string }) =>
    new LiveChatClient({ apiUrl: server.url, ...creds, retry: { retries: 0 } });

  it("sends a PAT as Basic account_id:PAT on v3.6 and login:PAT on v2", async () => {
    const c = client({ login: LOGIN, pat: PAT, accountId: ACCOUNT });
    await c.action("list_agents");
    await c.request("GET", "/agents");
    expect(server.seen.map((s) => s.headers.authorization)).toEqual([basic(ACCOUNT), basic(LOGIN)]);
  });

  it("sends an OAuth token as Bearer on both", async () => {
    const c = client({ token: "tok-abc", login: LOGIN, pat: PAT, accountId: ACCOUNT });
    await c.action("list_agents");
    await c.request("GET", "/agents");
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(["Bearer tok-abc", "Bearer tok-abc"]);
  });

  it("keeps v2 working without an account id; a v3.6 call then fails, naming the key and where to find it", async () => {
    const c = client({ login: LOGIN, pat: PAT });
    await expect(c.request("GET", "/agents")).resolves.toEqual({});
    const e = await c.action("list_agents").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(LiveChatConfigError);
    const { key, message } = e as LiveChatConfigError;
    expect(key).toBe("livechat:accountId");
    for (const word of [
      "livechat:accountId",
      "LIVECHAT_ACCOUNT_ID",
      "Developer Console",
      "Personal Access Tokens",
    ]) {
      expect(message).toContain(word);
    }
    expect(message).not.toContain(PAT);
    expect(message).not.toContain(LOGIN);
    // Nothing was sent for the v3.6 call.
    expect(server.seen).toHaveLength(1);
  });

  it("takes a PAT with only an account id for v3.6; a v2 call then asks for livechat:login", async () => {
    const c = client({ pat: PAT, accountId: ACCOUNT });
    await c.action("list_agents");
    expect(server.seen[0].headers.authorization).toBe(basic(ACCOUNT));
    const e = await c.request("GET", "/agents").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(LiveChatConfigError);
    expect((e as LiveChatConfigError).key).toBe("livechat:login");
    expect((e as Error).message).toContain("LIVECHAT_LOGIN");
    expect((e as Error).message).not.toContain(PAT);
  });

  it("still needs the PAT with an account id", () => {
    expect(() => client({ accountId: ACCOUNT })).toThrow(
      /livechat:accountId is set but livechat:pat \(LIVECHAT_PAT\) is not/,
    );
  });

  it.each(["123456", "not-a-uuid", `${ACCOUNT}:x`, PAT])(
    "refuses the account id %j without echoing it",
    (bad) => {
      let caught: unknown;
      try {
        client({ login: LOGIN, pat: PAT, accountId: bad });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(LiveChatConfigError);
      expect((caught as LiveChatConfigError).key).toBe("livechat:accountId");
      expect((caught as Error).message).toContain("LIVECHAT_ACCOUNT_ID");
      expect((caught as Error).message).not.toContain(bad);
    },
  );

  it("trims the account id; a blank one counts as unset", () => {
    const resolved = resolveClientOptions({ login: LOGIN, pat: PAT, accountId: ` ${ACCOUNT}\n` });
    expect(resolved.credentials).toEqual({ kind: "pat", login: LOGIN, pat: PAT, accountId: ACCOUNT });
    expect(resolveClientOptions({ login: LOGIN, pat: PAT, accountId: " " }).credentials).toEqual({
      kind: "pat",
      login: LOGIN,
      pat: PAT,
    });
  });

  it("names the v3.6 keys when v3.6 refuses a PAT, and no credential in any form", async () => {
    const c = client({ login: LOGIN, pat: PAT, accountId: ACCOUNT });
    const refused = (await c.action("refuse").catch((err: unknown) => err)) as LiveChatError;
    expect(refused.status).toBe(401);
    expect(refused.action).toBe("refuse");
    expect(refused.message).toMatch(
      /^LiveChat API v3\.6 refuse failed: 401 authentication: Invalid credentials /,
    );
    for (const word of ["livechat:accountId", "livechat:pat", "LIVECHAT_ACCOUNT_ID", "LIVECHAT_PAT"]) {
      expect(refused.message).toContain(word);
    }
    const printed = [
      refused.message,
      refused.stack,
      inspect(refused, { depth: 10 }),
      JSON.stringify(refused),
    ].join("\n");
    const pair = `${ACCOUNT}:${PAT}`;
    const b64 = Buffer.from(pair).toString("base64");
    for (const secret of [
      PAT,
      PAT.slice(4),
      pair,
      b64,
      b64.replace(/=+$/, ""),
      Buffer.from(pair).toString("base64url"),
    ]) {
      expect(printed).not.toContain(secret);
    }
    expect(printed).toContain("[REDACTED]");
  });

  it("keeps the v2 hint for a v2 refusal", async () => {
    const c = client({ login: LOGIN, pat: PAT, accountId: ACCOUNT });
    const e = (await c.request("GET", "/refuse").catch((err: unknown) => err)) as LiveChatError;
    expect(e.message).toContain("livechat:login + livechat:pat");
    expect(e.message).not.toContain("livechat:accountId");
    expect(e.message).not.toContain(PAT);
    expect(e.message).not.toContain(Buffer.from(`${LOGIN}:${PAT}`).toString("base64"));
  });
});
