import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalWorkspace, Stack } from "@pulumi/pulumi/automation";

const repoRoot = path.resolve(__dirname, "../../..");

/** A throwaway stack of a program folder, on a local file backend, with its own PULUMI_HOME. */
export interface TestStack {
  stack: Stack;
  /** The copy of the program the stack runs. */
  workDir: string;
  /** Everything the CLI printed, for assertions on logs. */
  output: string[];
  onOutput: (line: string) => void;
  /** The stack's state file as the backend keeps it on disk (secrets encrypted), as text. */
  rawState(): string;
  cleanup(): Promise<void>;
}

/**
 * Copies a program folder to a temporary directory (the CLI writes stack files into it) and links the
 * repo's node_modules beside it, so `require("pulumi-livechat")` and `@pulumi/pulumi` resolve to one copy.
 */
export async function createTestStack(
  programDir: string,
  config: Record<string, string> = {},
  /** Repo paths to link into the program's folder besides node_modules (the root program needs dist). */
  links: string[] = [],
): Promise<TestStack> {
  if (!process.env.PULUMI_CLI) {
    throw new Error(
      "PULUMI_CLI is not set: run the tests through `npm test` (scripts/with-pulumi.sh builds the CLI)",
    );
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-e2e-"));
  const workDir = path.join(root, "program");
  fs.cpSync(programDir, workDir, { recursive: true });
  for (const link of ["node_modules", ...links]) {
    fs.symlinkSync(path.join(repoRoot, link), path.join(workDir, link), "dir");
  }
  fs.mkdirSync(path.join(root, "backend"));
  const output: string[] = [];
  const stack = await LocalWorkspace.createStack(
    { stackName: "test", workDir },
    {
      pulumiHome: path.join(root, "home"),
      envVars: {
        PULUMI_BACKEND_URL: `file://${path.join(root, "backend")}`,
        PULUMI_CONFIG_PASSPHRASE: "test-passphrase",
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      },
    },
  );
  for (const [key, value] of Object.entries(config)) {
    await stack.setConfig(key, { value, secret: /pat|token|password/i.test(key) });
  }
  return {
    stack,
    workDir,
    output,
    onOutput: (line: string) => output.push(line),
    rawState: () => {
      const stacks = path.join(root, "backend", ".pulumi", "stacks");
      const file = fs.readdirSync(stacks, { recursive: true }).find((f) => String(f).endsWith("test.json"));
      return fs.readFileSync(path.join(stacks, String(file)), "utf8");
    },
    cleanup: async () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** The error text of an operation that must fail. */
export async function failureOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    return String(e);
  }
  throw new Error("expected the operation to fail");
}
