import { LiveChatClient, type ApiNotice } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

describe("legacy and deprecation notices", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer((app) => {
      app.get("/legacy", (_req, res) => {
        res.set("Legacy", "2027-06-30").json({});
      });
      app.get("/legacy-error", (_req, res) => {
        res.status(404).set("Legacy", "2027-06-30").json({ error: "Not found" });
      });
      app.get("/later", (_req, res) => {
        res.set("Legacy", "2027-09-30").json({});
      });
      app.post("/v3.6/configuration/action/:name", (req, res) => {
        if (req.params.name === "fail") {
          res
            .status(400)
            .set("Deprecation", "2027-03-31")
            .json({ error: { type: "validation", message: "x" } });
        } else res.set("Deprecation", "2027-03-31").json({});
      });
      app.get("/plain", (_req, res) => {
        res.json({});
      });
      app.get("/rfc", (_req, res) => {
        res.set("Deprecation", "@1798761600").json({});
      });
    });
  });
  afterAll(() => server.close());

  const client = (onApiNotice?: (n: ApiNotice) => void) =>
    new LiveChatClient({
      apiUrl: server.url,
      token: "t0k3n",
      retry: { retries: 0 },
      throttle: { maxRequestsPerSecond: 1000 },
      onApiNotice,
    });

  it("records each distinct notice once, from success and error answers of both generations", async () => {
    const heard: ApiNotice[] = [];
    const c = client((n) => heard.push(n));
    await c.request("GET", "/legacy");
    // Error answers carry notices too: these two must fail.
    await expect(c.request("GET", "/legacy-error")).rejects.toThrow();
    await c.request("GET", "/legacy");
    await c.request("GET", "/plain");
    await expect(c.action("fail")).rejects.toThrow();
    await c.action("list_agents");
    await c.request("GET", "/later");
    const expected: ApiNotice[] = [
      { version: "2", stage: "legacy", until: "2027-06-30" },
      { version: "3.6", stage: "deprecated", until: "2027-03-31" },
      { version: "2", stage: "legacy", until: "2027-09-30" },
    ];
    expect(c.apiNotices()).toEqual(expected);
    expect(heard).toEqual(expected);
  });

  it("records a notice from an error answer", async () => {
    const c = client();
    // Error answers carry notices too: these two must fail.
    await expect(c.request("GET", "/legacy-error")).rejects.toThrow();
    expect(c.apiNotices()).toEqual([{ version: "2", stage: "legacy", until: "2027-06-30" }]);
  });

  it("reads the RFC 9745 @epoch form as a date", async () => {
    const c = client();
    await c.request("GET", "/rfc");
    expect(c.apiNotices()).toEqual([{ version: "2", stage: "deprecated", until: "2027-01-01" }]);
  });

  it("hands out copies, and a throwing hook changes nothing", async () => {
    const c = client(() => {
      throw new Error("hook broke");
    });
    await expect(c.request("GET", "/legacy")).resolves.toEqual({});
    c.apiNotices()[0].until = "changed";
    expect(c.apiNotices()[0].until).toBe("2027-06-30");
    expect(client().apiNotices()).toEqual([]);
  });
});
