// The v3.6 endpoint as a whole: authentication, regions, errors, lifecycle headers, faults, the request log.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { AxiosError, AxiosInstance } from "axios";
import type { RunningEmulator } from "../../src/emulator";
import { basic, client, control, start, v36, type V36Call } from "./helpers";

let emu: RunningEmulator;
let api: AxiosInstance;
let ctl: AxiosInstance;
let call: V36Call;

beforeAll(async () => {
  ({ emu, api } = await start({
    credentials: { login: "john@example.com", pat: "dal:pat", tokens: ["dal:tok"] },
  }));
  ctl = control(emu);
  call = v36(emu);
});
afterAll(() => emu.stop());
beforeEach(async () => {
  await ctl.post("/reset");
});

describe("authentication", () => {
  test("Basic account_id:PAT; Bearer tokens; the login is v2's user only", async () => {
    expect((await call("list_agents")).status).toBe(200);
    expect((await call("list_agents", {}, { Authorization: "Bearer dal:tok" })).status).toBe(200);
    const byLogin = await call("list_agents", {}, { Authorization: basic("john@example.com", "dal:pat") });
    expect(byLogin.status).toBe(401);
    expect(byLogin.data).toEqual({ error: { type: "authentication", message: expect.any(String) } });
    // v2 takes either user name.
    const v2 = client(emu, { Authorization: basic(emu.accountId, "dal:pat") });
    expect((await v2.get("/agents")).status).toBe(200);
    expect((await api.get("/agents")).status).toBe(200);
  });

  test("missing or wrong credentials -> authentication; nothing of them in the answer", async () => {
    const none = await call("list_agents", {}, { Authorization: undefined });
    expect(none.status).toBe(401);
    expect(none.data.error.type).toBe("authentication");
    const wrong = await call("list_agents", {}, { Authorization: basic(emu.accountId, "dal:secret-guess") });
    expect(wrong.data.error.type).toBe("authentication");
    expect(JSON.stringify(wrong.data)).not.toContain("secret-guess");
  });

  test("the account id is shown by the control plane, with no secret", async () => {
    const res = await ctl.get("/account");
    expect(res.data).toEqual({
      licence: 12345,
      region: "dal",
      login: "john@example.com",
      account_id: emu.accountId,
      client_id: emu.clientId,
    });
    expect(JSON.stringify(res.data)).not.toContain("pat");
    expect((await call("get_agent", { id: "john@example.com" })).data.account_id).toBe(emu.accountId);
  });

  test("a request for the other region -> 421 misdirected_request with data.region", async () => {
    const res = await call("list_agents", {}, { "X-Region": "fra" });
    expect(res.status).toBe(421);
    expect(res.data).toEqual({
      error: { type: "misdirected_request", message: expect.any(String), data: { region: "dal" } },
    });
  });

  test("list_webhook_names needs no credentials", async () => {
    expect((await call("list_webhook_names", {}, { Authorization: undefined })).status).not.toBe(401);
  });
});

describe("requests and errors", () => {
  test("unknown method -> not_found; other versions -> unsupported_version; GET -> 405", async () => {
    expect((await call("constructor")).data.error.type).toBe("not_found");
    const unknown = await call("make_coffee");
    expect(unknown.status).toBe(404);
    expect(unknown.data.error).toEqual({
      type: "not_found",
      message: expect.stringContaining("make_coffee"),
    });
    const v35 = await api.post("/v3.5/configuration/action/list_agents", {});
    expect(v35.status).toBe(400);
    expect(v35.data.error.type).toBe("unsupported_version");
    const get = await api.get("/v3.6/configuration/action/list_agents");
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    expect(get.data.error.type).toBe("validation");
  });

  test("bodies are JSON objects: forms, arrays and broken JSON -> validation", async () => {
    const form = await call("list_agents", "fields=groups", {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(form.data.error.type).toBe("validation");
    const array = await call("list_agents", []);
    expect(array.data.error.type).toBe("validation");
    const broken = await call("list_agents", "{nope", { "Content-Type": "application/json" });
    expect(broken.status).toBe(400);
    expect(broken.data.error.type).toBe("validation");
    expect((await call("list_agents", undefined)).status).toBe(200);
  });

  test("the request log records v3.6 calls by path", async () => {
    await call("list_agents");
    expect(emu.requests()).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/v3.6/configuration/action/list_agents",
        status: 200,
      }),
    ]);
  });
});

describe("lifecycle headers (Legacy / Deprecation)", () => {
  test("off by default; set per generation by the control plane, on errors too; reset clears", async () => {
    expect((await call("list_agents")).headers.legacy).toBeUndefined();
    const put = await ctl.put("/stages", { "2": { stage: "deprecated", until: "2026-12-31" } });
    expect(put.data).toEqual({ "2": { stage: "deprecated", until: "2026-12-31" } });
    expect((await api.get("/agents")).headers.deprecation).toBe("2026-12-31");
    expect((await api.get("/agents/ghost@example.com")).headers.deprecation).toBe("2026-12-31");
    expect((await call("list_agents")).headers.deprecation).toBeUndefined();
    await ctl.put("/stages", { "3.6": { stage: "legacy", until: "2027-06-30" } });
    expect((await call("list_agents")).headers.legacy).toBe("2027-06-30");
    expect((await call("nope")).headers.legacy).toBe("2027-06-30");
    expect((await api.get("/agents")).headers.deprecation).toBeUndefined();
    await ctl.post("/reset");
    expect((await ctl.get("/stages")).data).toEqual({});
    expect((await ctl.put("/stages", { "3.6": { stage: "legacy", until: "soon" } })).status).toBe(400);
    expect((await ctl.put("/stages", { "4": { stage: "legacy", until: "2027-01-01" } })).status).toBe(400);
  });

  test("the emulator option sets them from the start, and reset comes back to it", async () => {
    const other = await start({ stages: { "3.6": { stage: "deprecated", until: "2027-01-31" } } });
    try {
      const call2 = v36(other.emu);
      expect((await call2("list_agents")).headers.deprecation).toBe("2027-01-31");
      other.emu.setStages({});
      expect((await call2("list_agents")).headers.deprecation).toBeUndefined();
      other.emu.reset();
      expect((await call2("list_agents")).headers.deprecation).toBe("2027-01-31");
    } finally {
      await other.emu.stop();
    }
  });
});

describe("faults on v3.6 methods", () => {
  const socketError = async (request: Promise<unknown>): Promise<string | undefined> => {
    try {
      await request;
    } catch (err) {
      return (err as AxiosError).code ?? (err as Error).message;
    }
    throw new Error("expected the connection to fail");
  };

  test("injected errors match by method name and answer in v3.6's shape", async () => {
    await ctl.put("/faults", { error5xxRate: 1, actions: ["create_agent"] });
    const failed = await call("create_agent", { id: "a@example.com", name: "A" });
    expect(failed.status).toBe(503);
    expect(failed.data).toEqual({ error: { type: "internal", message: expect.any(String) } });
    expect((await call("list_agents")).status).toBe(200);
    expect((await api.get("/agents")).status).toBe(200); // v2 never matches `actions`
    await ctl.put("/faults", { tooManyRequestsRate: 1, retryAfterSeconds: 2, actions: ["list_agents"] });
    const limited = await call("list_agents");
    expect(limited.status).toBe(429);
    expect(limited.headers["retry-after"]).toBe("2");
    expect(limited.data.error.type).toBe("too_many_requests");
  });

  test("dropAfterWrite applies a v3.6 write, then closes the connection; reads are not writes", async () => {
    await ctl.put("/faults", { dropAfterWriteRate: 1 });
    expect((await call("list_agents")).status).toBe(200);
    expect(await socketError(call("create_agent", { id: "a@example.com", name: "A" }))).toBeDefined();
    await ctl.delete("/faults");
    expect((await call("get_agent", { id: "a@example.com" })).status).toBe(200);
    expect(emu.requests().map((r) => r.status)).toEqual([200, 0, 200]);
  });

  test("a bad `actions` fault is refused", async () => {
    expect((await ctl.put("/faults", { actions: "create_agent" })).status).toBe(400);
  });
});

describe("persistence", () => {
  test("a data file keeps v3.6 objects and the account id across restarts", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-emulator-v36-"));
    const dataFile = path.join(dir, "state.json");
    try {
      const first = await start({ dataFile, accountId: "d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf" });
      const call1 = v36(first.emu);
      await call1("create_agent", {
        id: "smith@example.com",
        name: "Smith",
        role: "viceowner",
        mobile: "+1 555",
      });
      await call1("create_bot", { name: "Bot", owner_client_id: "c" });
      await call1("create_tag", { name: "later" });
      const before = first.emu.state();
      await first.emu.stop();
      const second = await start({ dataFile, accountId: "d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf" });
      try {
        expect(second.emu.state()).toEqual(before);
        const owner = await v36(second.emu)("get_agent", { id: "owner@example.com" });
        expect(owner.data.account_id).toBe("d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf");
      } finally {
        await second.emu.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
