// The `pulumi` commands a drift check against the last deployment runs, called directly: `pulumi stack ls
// --json`, `pulumi stack export` and `pulumi config --json`, whose output is Pulumi's documented JSON. Through the
// Automation API the same reads cost a check 60 MB and 0.3 s before its first command (the module brings
// TypeScript and gRPC for inline programs), and its workspace runs `pulumi version` and `pulumi stack select`
// first. What runs the engine (previews, plans, updates) still goes through the Automation API.
import { execFile } from "child_process";
import type { ConfigMap, Deployment } from "@pulumi/pulumi/automation";

/** A failed `pulumi` command; `commandResult` has the shape of the Automation API's CommandError's. */
export class PulumiCommandError extends Error {
  constructor(
    message: string,
    readonly commandResult: { stderr: string; code: number | null },
  ) {
    super(message);
  }
}

/** What `pulumi <args>` printed, parsed; run in `cwd` (the project), never prompting. */
export function pulumiJson<T>(args: string[], cwd: string): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      "pulumi", // the one on PATH, as the Automation API's
      [...args, "--non-interactive"],
      // No update check: it asks the network, and a check's output is read by a program.
      { cwd, maxBuffer: Infinity, env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" } },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === "number" ? error.code : null;
          reject(new PulumiCommandError(`pulumi ${args.slice(0, 2).join(" ")} failed`, { stderr, code }));
          return;
        }
        try {
          resolve(JSON.parse(stdout) as T);
        } catch {
          reject(new PulumiCommandError(`pulumi ${args.join(" ")} printed no JSON`, { stderr, code: 0 }));
        }
      },
    );
  });
}

/** The stacks of the project in `cwd`, by name. */
export const stackNames = async (cwd: string): Promise<string[]> =>
  (await pulumiJson<{ name: string }[]>(["stack", "ls", "--json"], cwd)).map((s) => s.name);

/** A stack's last deployment, secrets decrypted (what the Automation API's exportStack reads). */
export const exportedDeployment = async (cwd: string, stack: string): Promise<Deployment["deployment"]> =>
  (await pulumiJson<Deployment>(["stack", "export", "--show-secrets", "--stack", stack], cwd)).deployment;

/** A stack's config, secrets decrypted (what the Automation API's getAllConfig reads). */
export const stackConfig = (cwd: string, stack: string): Promise<ConfigMap> =>
  pulumiJson<ConfigMap>(["config", "--show-secrets", "--json", "--stack", stack], cwd);

/** Whether a command failed because the stack does not exist (the Automation API's StackNotFoundError). */
export const isNoSuchStack = (e: unknown): boolean =>
  e instanceof PulumiCommandError && /no stack named.*found/.test(e.commandResult.stderr);
