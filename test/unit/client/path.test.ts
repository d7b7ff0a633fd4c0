import { LiveChatClient, pathOf } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

describe("paths", () => {
  let server: TestServer;
  const names: string[] = [];

  beforeAll(async () => {
    server = await startServer((app) => {
      app.all("/tags/:name", (req, res) => {
        names.push(req.params.name);
        res.json({ name: req.params.name });
      });
      app.all("/agents/:login", (req, res) => {
        res.json({ login: req.params.login });
      });
    });
  });
  afterAll(() => server.close());

  it("encodes each segment and keeps @ readable", () => {
    expect(pathOf("agents", "jane.doe@x.com")).toBe("/agents/jane.doe@x.com");
    expect(pathOf("tags", "VIP customers")).toBe("/tags/VIP%20customers");
    expect(pathOf("tags", "a/b?c#d%")).toBe("/tags/a%2Fb%3Fc%23d%25");
    expect(pathOf("groups", 3)).toBe("/groups/3");
  });

  it.each(["", ".", ".."])("refuses the segment %j", (segment) => {
    expect(() => pathOf("tags", segment)).toThrow(TypeError);
  });

  it("round-trips awkward names through a server", async () => {
    const client = new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      throttle: { maxRequestsPerSecond: 1000 },
    });
    for (const name of ["VIP customers", "a/b", "50% off?", "zażółć", "#1"]) {
      await expect(client.request("DELETE", pathOf("tags", name), { body: { group: 0 } })).resolves.toEqual({
        name,
      });
    }
    await expect(client.request("GET", pathOf("agents", "jane.doe+x@example.com"))).resolves.toEqual({
      login: "jane.doe+x@example.com",
    });
  });

  it.each(["https://evil.example/agents", "//evil.example/agents", "agents", "/agents?x=1", "/a b"])(
    "refuses %j before sending anything",
    async (path) => {
      let attempts = 0;
      const client = new LiveChatClient({ apiUrl: server.url, token: "t0k3n", onRequest: () => attempts++ });
      server.seen.length = 0;
      await expect(client.request("GET", path)).rejects.toThrow(TypeError);
      expect(server.seen).toHaveLength(0);
      expect(attempts).toBe(0);
    },
  );
});
