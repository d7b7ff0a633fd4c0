import { spawnSync } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { accountSpec } from "../../bench/account";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { expectUpFails, requestLines, type Failed } from "./helpers/faults";
import { createTestStack, type TestStack } from "./helpers/stack";
import { step } from "./helpers/steps";

// A secret scan. Every kind of secret is set: the PAT (Basic auth), then an OAuth token (Bearer), agent
// passwords through the spec's `{ secret: key }`, and the webhook tokens the server makes. After up, an
// update, a failing update and a refresh, neither the exported state, nor the files on disk (state, its
// backups, the stack's config, PULUMI_HOME), nor anything the CLI and the provider printed (output, errors,
// every engine event) may hold any of them in clear, nor the Basic header's base64 of login:pat.

const ACCOUNT_PROGRAM = path.join(__dirname, "fixtures/account");
const SECRET_SIG = "4dabf18193072939515e22adb298388d"; // how Pulumi marks a secret value in state

const random = (label: string) => `${label}-${randomBytes(12).toString("hex")}`;

/** Every file under `dir`, as text. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    // Plugin binaries, if any were installed there, hold no secret of ours.
    if (entry.isFile() && fs.statSync(file).size < 10_000_000) out[file] = fs.readFileSync(file, "utf8");
  }
  return out;
}

describe("no secret in clear in state or in anything printed", () => {
  const login = "owner@example.com";
  const pat = `dal:${random("pat")}`;
  const token = `dal:${random("oauth")}`;
  const passwords = [random("pw1"), random("pw2"), random("pw3")];
  let emulator: RunningEmulator;
  let t: TestStack;
  /** Everything printed or emitted, by where it came from. */
  const printed: Record<string, string[]> = {};
  const record = (where: string) => (text: string) => (printed[where] ??= []).push(text);
  // Default verbosity, as in CI logs. One line is left out of the scan: @pulumi/pulumi's own debug diagnostic
  // "RegisterResource RPC finished: ... resp: ..." (runtime/resource.js) dumps the engine's whole answer to
  // the program, secret outputs decrypted (the webhook tokens). It is in the engine's event stream at every
  // verbosity and printed with --debug; nothing in this provider can change it.
  // (The SDK's types leave "debug" out of the severities, but the engine sends it.)
  const sdkDump = (e: EngineEvent) =>
    (e.diagnosticEvent?.severity as string | undefined) === "debug" &&
    e.diagnosticEvent!.message.startsWith("RegisterResource RPC finished:");
  const opts = (step: string) => ({
    onOutput: record(`${step} stdout`),
    onError: record(`${step} stderr`),
    onEvent: (e: EngineEvent) => record(sdkDump(e) ? "not scanned" : `${step} events`)(JSON.stringify(e)),
  });
  const setPassword = (value: string) =>
    t.stack.setConfig("livechat-account:agentPassword", { value, secret: true });

  beforeAll(async () => {
    emulator = await startEmulator({ credentials: { login, pat, tokens: [token] } });
    t = await createTestStack(ACCOUNT_PROGRAM, {
      "livechat-account:spec": "account.yaml",
      "livechat:apiUrl": emulator.url,
      "livechat:login": login,
      "livechat:pat": pat,
      "livechat:maxRequestsPerSecond": "100",
    });
    await setPassword(passwords[0]);
    const spec = accountSpec(
      { groups: 1, agents: 2, goals: 1, greetings: 1, tags: 1, cannedResponses: 1, webhooks: 2 },
      { passwordKey: "agentPassword" },
    );
    fs.writeFileSync(path.join(t.workDir, "account.yaml"), JSON.stringify(spec));
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  /** Up, a password change, a password change the API refuses, and a refresh, with a PAT. */
  const withPat = step(async () => {
    const up = await t.stack.up(opts("up"));
    record("up result")(up.stdout + up.stderr);

    await setPassword(passwords[1]);
    const preview = await t.stack.preview({ ...opts("preview"), diff: true });
    record("preview result")(preview.stdout + preview.stderr);
    const update = await t.stack.up({ ...opts("update"), diff: true });

    // The API fails the next password change: the error is printed, and must not carry a credential.
    await setPassword(passwords[2]);
    const from = emulator.requests().length;
    emulator.setFaults({ error5xxRate: 1, methods: ["PUT"], pathPrefix: "/agents" });
    let failed: Failed;
    try {
      failed = await expectUpFails(t.stack, opts("failing update"));
    } finally {
      emulator.clearFaults();
    }
    const puts = requestLines(emulator, (r) => r.method === "PUT", from);
    record("failing update error")(failed.message);

    const refresh = await t.stack.refresh(opts("refresh"));
    return { up, preview, update, failed, puts, refresh };
  });

  /** Then a refresh and an up with an OAuth token instead of the PAT. */
  const withToken = step(async () => {
    await withPat();
    await t.stack.removeConfig("livechat:login");
    await t.stack.removeConfig("livechat:pat");
    await t.stack.setConfig("livechat:token", { value: token, secret: true });
    const from = emulator.requests().length;
    const refresh = await t.stack.refresh(opts("token refresh"));
    const up = await t.stack.up(opts("token up"));
    return {
      refresh,
      up,
      answered: emulator
        .requests()
        .slice(from)
        .filter((r) => r.status === 200).length,
    };
  });

  it("runs up, a password change, a failing update and a refresh with a PAT", async () => {
    const { up, preview, update, failed, puts, refresh } = await withPat();
    expect(up.summary.resourceChanges).toEqual({ create: 10 });
    expect(preview.changeSummary).toMatchObject({ update: 2 });
    expect(update.summary.resourceChanges).toMatchObject({ update: 2 });
    // The failing update failed on the agents' password changes, each refused on every attempt (the first
    // and 5 retries), and said so; whether both agents' updates started before the first failure stopped
    // the engine depends on its pace.
    const logins = ["agent001@example.com", "agent002@example.com"];
    expect(failed.errors.length).toBeGreaterThanOrEqual(1);
    for (const { name, message } of failed.errors) {
      const login = logins.find((l) => name === `agent-${l}`);
      expect({ name, login, message }).toEqual({
        name,
        login: expect.any(String),
        message: expect.stringContaining(`LiveChat API PUT /agents/${login} failed: 503`),
      });
      expect(puts.filter((p) => p === `PUT /agents/${login} 503`)).toHaveLength(6);
    }
    expect(puts.filter((p) => !p.endsWith(" 503"))).toEqual([]);
    expect(puts).toHaveLength(6 * failed.errors.length);
    expect(refresh.summary.result).toBe("succeeded");
  }, 600_000);

  it("runs refresh and up with an OAuth token", async () => {
    const { refresh, up, answered } = await withToken();
    expect(refresh.summary.result).toBe("succeeded");
    expect(up.summary.resourceChanges).toMatchObject({ update: 2 });
    // The token really was used: the API answered.
    expect(answered).toBeGreaterThan(0);
  }, 600_000);

  it("finds none of them in the state, on disk, or in what was printed", async () => {
    await withToken();
    const webhookTokens = (emulator.state().webhooks as { token: string }[]).map((w) => w.token);
    expect(webhookTokens).toHaveLength(2);
    const secrets: Record<string, string> = {
      pat,
      "pat without region": pat.slice(4),
      token,
      "token without region": token.slice(4),
      "login:pat": `${login}:${pat}`,
      "base64(login:pat)": Buffer.from(`${login}:${pat}`).toString("base64").replace(/=+$/, ""),
      "base64url(login:pat)": Buffer.from(`${login}:${pat}`).toString("base64url"),
      ...Object.fromEntries(passwords.map((p, i) => [`password ${i + 1}`, p])),
      ...Object.fromEntries(webhookTokens.map((w, i) => [`webhook token ${i + 1}`, w])),
    };

    const exportRun = spawnSync(
      process.env.PULUMI_CLI!,
      ["stack", "export", "--stack", "test", "--non-interactive"],
      {
        cwd: t.workDir,
        env: { ...process.env, ...t.stack.workspace.envVars, PULUMI_HOME: t.stack.workspace.pulumiHome },
        encoding: "utf8",
      },
    );
    expect(exportRun.status).toBe(0);
    const exported = exportRun.stdout;
    const backend = path.join(path.dirname(t.workDir), "backend");
    const haystacks: Record<string, string> = {
      "pulumi stack export": exported,
      ...filesUnder(backend),
      ...filesUnder(t.stack.workspace.pulumiHome!),
      ...Object.fromEntries(
        Object.entries(printed)
          .filter(([where]) => where !== "not scanned")
          .map(([where, texts]) => [where, texts.join("\n")]),
      ),
      "Pulumi.test.yaml": fs.readFileSync(path.join(t.workDir, "Pulumi.test.yaml"), "utf8"),
    };

    const found: string[] = [];
    for (const [where, text] of Object.entries(haystacks)) {
      for (const [what, value] of Object.entries(secrets)) {
        if (text.includes(value)) found.push(`${what} in ${where}`);
      }
    }
    expect(found).toEqual([]);

    // The scan looked at something real: state was written, output was printed, and the secrets in state
    // are there, encrypted.
    expect(Object.keys(haystacks).length).toBeGreaterThan(10);
    const resources = JSON.parse(exported).deployment.resources as {
      type: string;
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    }[];
    const hooks = resources.filter((r) => r.type.endsWith(":Webhook"));
    const agents = resources.filter((r) => r.type.endsWith(":Agent"));
    expect(hooks).toHaveLength(2);
    expect(agents).toHaveLength(2);
    for (const hook of hooks) expect(hook.outputs.token).toMatchObject({ [SECRET_SIG]: expect.any(String) });
    for (const agent of agents) {
      expect(agent.inputs.password).toMatchObject({ [SECRET_SIG]: expect.any(String) });
      expect(agent.outputs.password).toMatchObject({ [SECRET_SIG]: expect.any(String) });
    }
    expect(printed["up stdout"].join("")).toContain("created");
  }, 900_000);
});
