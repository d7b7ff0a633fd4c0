// Builds the emulator (only src/emulator, into a temp dir, so other work in src/ cannot break this
// test) and runs the CLI as a real process.

import { execFileSync, spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import axios from "axios";
import { within } from "../e2e/helpers/wait";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");
let outDir: string;
let cli: string;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-emulator-cli-"));
  const tsconfig = path.join(outDir, "tsconfig.json");
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: path.join(root, "tsconfig.build.json"),
      compilerOptions: { rootDir: path.join(root, "src"), outDir, declaration: false, sourceMap: false },
      include: [path.join(root, "src/emulator")],
    }),
  );
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", tsconfig], { cwd: root });
  cli = path.join(outDir, "emulator", "cli.js");
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** The first match of `pattern` in the output, as soon as it is printed; fails if the process ends first. */
  printed: (pattern: RegExp) => Promise<RegExpMatchArray>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: root,
    env: { ...process.env, NODE_PATH: path.join(root, "node_modules") },
  });
  let output = "";
  let ended = false;
  const waiting = new Set<() => void>();
  const changed = () => waiting.forEach((check) => check());
  const onData = (chunk: Buffer) => {
    output += chunk;
    changed();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      ended = true;
      changed();
      resolve(code);
    }),
  );
  const printed = (pattern: RegExp) =>
    within(
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match || ended) waiting.delete(check);
          if (match) resolve(match);
          else if (ended)
            reject(new Error(`the emulator exited before printing ${pattern}; output:\n${output}`));
        };
        waiting.add(check);
        check();
      }),
      30_000,
      () => `${pattern} in the emulator's output; output so far:\n${output}`,
    );
  return { child, output: () => output, exited, printed };
}

test("starts on port 0, prints the URL and how to use it, answers, and stops on SIGTERM", async () => {
  expect(fs.readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  const dataFile = path.join(outDir, "state.json");
  const proc = run(["--port", "0", "--data", dataFile, "--login", "cli@example.com", "--pat", "dal:cli-pat"]);
  try {
    const [, url] = await proc.printed(/listening on (http:\/\/127\.0\.0\.1:(\d+))/);
    expect(url).not.toMatch(/:0$/);
    await proc.printed(/export LIVECHAT_API_URL=/);
    expect(proc.output()).toContain(
      `LIVECHAT_API_URL=${url} LIVECHAT_LOGIN=cli@example.com LIVECHAT_PAT=dal:cli-pat`,
    );

    const auth = `Basic ${Buffer.from("cli@example.com:dal:cli-pat").toString("base64")}`;
    const res = await axios.get(`${url}/agents`, { headers: { Authorization: auth, "X-API-Version": "2" } });
    expect(res.data).toEqual([expect.objectContaining({ login: "cli@example.com", permission: "owner" })]);
    await proc.printed(/GET \/agents 200/);
    expect(proc.output()).not.toContain(auth.slice(6));
    expect(fs.existsSync(dataFile)).toBe(true);
  } finally {
    proc.child.kill("SIGTERM");
  }
  expect(await proc.exited).toBe(0);
});

test("rejects bad flags", async () => {
  const proc = run(["--region", "mars"]);
  expect(await proc.exited).not.toBe(0);
  expect(proc.output()).toMatch(/region/);
});
