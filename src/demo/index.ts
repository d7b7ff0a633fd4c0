// `npm run demo`: the account demo on the embedded emulator. It provisions a LiveChat account from
// examples/account/account.yaml with `pulumi up`, then shows drift detection: someone edits the account by
// hand, the drift check (against the last deployment) reports what drifted, and `pulumi up --refresh` puts it
// back.
import * as fs from "fs";
import * as path from "path";
import { LocalWorkspace, type EngineEvent, type Stack } from "@pulumi/pulumi/automation";
import { LiveChatClient } from "../client";
import { startEmulator, type RunningEmulator } from "../emulator";
import { checkDrift } from "../tools/drift";
import { formatText } from "../tools/format-text";

const root = path.resolve(__dirname, "../..");
const work = path.join(root, ".demo");
const specFile = "examples/account/account.yaml";
const step = (n: number, text: string) => console.log(`\n\x1b[1m== ${n}. ${text}\x1b[0m`);
const SYMBOLS: Record<string, string> = { create: "+", update: "~", replace: "+-", delete: "-" };

/** One line per object the engine changed, instead of the CLI's full progress display. */
function progress(e: EngineEvent): void {
  const m = e.resOutputsEvent?.metadata;
  if (!m || !SYMBOLS[m.op] || !m.type.startsWith("pulumi-nodejs:dynamic/")) return;
  console.log(`   ${SYMBOLS[m.op].padEnd(2)} ${m.op}d ${m.type.split(":").pop()} ${m.urn.split("::").pop()}`);
}

const stackEnv = {
  PULUMI_BACKEND_URL: `file://${path.join(work, "backend")}`,
  PULUMI_CONFIG_PASSPHRASE: "demo-passphrase",
  PULUMI_SKIP_UPDATE_CHECK: "true",
};

async function openStack(emulator: RunningEmulator): Promise<Stack> {
  // The stack's settings live beside Pulumi.yaml; without the demo's backend they belong to an old run.
  if (!fs.existsSync(path.join(work, "backend")))
    fs.rmSync(path.join(root, "Pulumi.demo.yaml"), { force: true });
  fs.mkdirSync(path.join(work, "backend"), { recursive: true });
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "demo", workDir: root },
    { envVars: stackEnv },
  );
  await stack.setAllConfig({
    spec: { value: specFile },
    "livechat:apiUrl": { value: emulator.url },
    "livechat:login": { value: emulator.credentials.login },
    "livechat:pat": { value: emulator.credentials.pat, secret: true },
    jennyPassword: { value: "demo-password-123", secret: true },
  });
  return stack;
}

async function main(): Promise<void> {
  if (process.argv.includes("--fresh")) fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const stateFile = path.join(work, "livechat-state.json");

  step(1, "Start the LiveChat API emulator");
  const emulator = await startEmulator({ dataFile: stateFile });
  try {
    console.log(`   listening on ${emulator.url}; the account is kept in ${path.relative(root, stateFile)}`);
    const stack = await openStack(emulator);
    const api = new LiveChatClient({
      apiUrl: emulator.url,
      login: emulator.credentials.login,
      pat: emulator.credentials.pat,
    });

    step(2, `pulumi up: provision the account described in ${specFile}`);
    const up = await stack.up({ onEvent: progress });
    console.log(`   => ${JSON.stringify(up.summary.resourceChanges)}`);

    step(3, "Someone changes the account by hand, behind Pulumi's back");
    await api.request("PUT", "/agents/john.roe@example.com", {
      body: { job_title: "Intern", max_chats_count: 9 },
    });
    console.log('   agent john.roe@example.com: job title set to "Intern", max chats to 9');
    const hello = (await api.request<{ id: number; text: string }[]>("GET", "/canned_responses")).find((c) =>
      c.text.startsWith("Thanks for reaching out"),
    );
    if (hello) {
      await api.request("DELETE", `/canned_responses/${hello.id}`);
      console.log(`   canned response ${hello.id} ("${hello.text.slice(0, 30)}...") deleted`);
    }

    step(4, "Drift detection: `livechat-pulumi drift --stack demo` reports what changed, field by field");
    Object.assign(process.env, stackEnv);
    const drift = await checkDrift({ stack: "demo", cwd: root });
    for (const line of formatText(drift).trimEnd().split("\n")) console.log(`   ${line}`);

    step(5, "pulumi up --refresh puts the account back as the code says");
    const restore = await stack.up({ refresh: true, onEvent: progress });
    console.log(`   => ${JSON.stringify(restore.summary.resourceChanges)}`);

    step(6, "A preview with refresh now finds nothing to change");
    const check = await stack.preview({ refresh: true, expectNoChanges: true });
    console.log(`   => ${JSON.stringify(check.changeSummary)}`);
    console.log(
      "\nDone. Run `npm run demo` again to reuse the account, or `npm run demo -- --fresh` to start over.",
    );
  } finally {
    await emulator.stop();
  }
}

main().catch((e) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
