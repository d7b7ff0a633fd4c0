import { inspect } from "node:util";
import { LiveChatClient, LiveChatError, isNotFound, isUnauthorized } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

const TOKEN = "dal:TOKEN-s3cr3t-abcdefghij";

describe("v3.6 error answers", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      app.post("/v3.6/configuration/action/:name", (req, res) => {
        const { status, type, message, data } = req.body as Record<string, unknown>;
        res.status(Number(status)).json({ error: { type, message, data } });
      });
    });
  });
  afterAll(() => server.close());

  const failure = async (answer: Record<string, unknown>, action = "create_agent") => {
    const client = new LiveChatClient({ apiUrl: server.url, token: TOKEN, retry: { retries: 0 } });
    const e = await client.action(action, answer).catch((err: unknown) => err);
    expect(LiveChatError.isInstance(e)).toBe(true);
    return e as LiveChatError;
  };

  it.each([
    [400, "validation", "`id` is required", "400 validation: `id` is required"],
    [409, "already_exists", "Agent already exists", "409 already_exists: Agent already exists"],
    [404, "not_found", "Group not found", "404 not_found: Group not found"],
    [403, "authorization", "Insufficient scopes", "403 authorization: Insufficient scopes"],
    [422, "limit_reached", undefined, "422 limit_reached"],
  ])(
    "maps %i %s to LiveChatError, naming the method, status and type",
    async (status, type, text, reason) => {
      const e = await failure({ status, type, message: text, data: { field: "id" } });
      expect(e).toMatchObject({ status, apiType: type, action: "create_agent", method: "POST" });
      expect(e.apiMessage).toBe(text ?? type);
      expect(e.path).toBe("/v3.6/configuration/action/create_agent");
      expect(e.batchIndex).toBeUndefined();
      expect(e.message).toBe(`LiveChat API v3.6 create_agent failed: ${reason}`);
      expect(e.toJSON()).toMatchObject({ action: "create_agent", apiType: type, status });
    },
  );

  it("classifies not_found and authentication like their v2 statuses", async () => {
    expect(isNotFound(await failure({ status: 404, type: "not_found", message: "x" }, "get_agent"))).toBe(
      true,
    );
    const refused = await failure({ status: 401, type: "authentication", message: "Invalid access token" });
    expect(isUnauthorized(refused)).toBe(true);
    expect(refused.message).toContain("livechat:token (LIVECHAT_TOKEN)");
  });

  it("never prints the credential, even when the server quotes it", async () => {
    const e = await failure({
      status: 400,
      type: "validation",
      message: `bad token ${TOKEN} / Bearer ${TOKEN}`,
      data: { [TOKEN]: TOKEN },
    });
    const printed = [
      e.message,
      e.stack,
      inspect(e, { depth: 10 }),
      JSON.stringify(e),
      JSON.stringify(e.body),
    ];
    for (const text of printed) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(TOKEN.slice(4));
    }
  });
});

describe("LiveChatError for v2 answers is unchanged", () => {
  it("keeps the v2 message and has no action", () => {
    const e = new LiveChatError({
      method: "POST",
      path: "/agents",
      status: 400,
      body: { error: { type: "validation", message: "Invalid name" } },
    });
    expect(e.message).toBe("LiveChat API POST /agents failed: 400 Invalid name");
    expect(e.action).toBeUndefined();
    expect(e.idempotent).toBe(false);
    expect(
      isNotFound(
        new LiveChatError({ method: "GET", path: "/x", status: 400, body: { error: { type: "not_found" } } }),
      ),
    ).toBe(false);
  });
});
