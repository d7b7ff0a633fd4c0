// The stack a tool works on: selected from a project folder, with the same LiveChat credentials the
// provider uses (stack config livechat:*, else the LIVECHAT_* environment variables).
import * as fs from "fs";
import * as path from "path";
import type { ConfigMap, Deployment, Stack } from "@pulumi/pulumi/automation";
import type { ClientOptions } from "../client";
import { clientOptionsFrom } from "../provider/config";
import { registryKeyOf } from "./drift-events";
import { ToolError } from "./errors";
import { exportedDeployment, isNoSuchStack, stackConfig } from "./pulumi-cli";

/** The project folder `cwd`, absolute; a clear error when it holds no Pulumi project. */
export function projectFolder(cwd: string): string {
  const workDir = path.resolve(cwd);
  if (!fs.existsSync(path.join(workDir, "Pulumi.yaml")) && !fs.existsSync(path.join(workDir, "Pulumi.yml")))
    throw new ToolError(
      `${workDir} is not a Pulumi project (no Pulumi.yaml); pass the project folder as --cwd`,
    );
  return workDir;
}

const noSuchStack = (stackName: string, workDir: string) =>
  new ToolError(`stack ${stackName} does not exist in the project at ${workDir}`);

/** Selects an existing stack of the project in `cwd`, for an engine run; never creates one. */
export async function openStack(stackName: string, cwd: string): Promise<Stack> {
  const workDir = projectFolder(cwd);
  // Loaded here, by what runs the engine: a drift check against the last deployment never needs it.
  const { LocalWorkspace, StackNotFoundError } = await import("@pulumi/pulumi/automation");
  try {
    return await LocalWorkspace.selectStack({ stackName, workDir });
  } catch (e) {
    if (e instanceof StackNotFoundError) throw noSuchStack(stackName, workDir);
    throw e;
  }
}

/**
 * What a tool reads of a stack: its last deployment and its config (secrets decrypted), by the stack's name
 * and without selecting it (namedStackAccess), whether or not the engine runs after.
 */
export interface StackAccess {
  name: string;
  deployment(): Promise<Deployment["deployment"]>;
  config(): Promise<ConfigMap>;
  /** The client options of the stack's config, falling back to the environment, as the provider's. */
  clientOptions(): Promise<ClientOptions>;
}

/** Client options from a stack's config map, falling back to the environment. */
const optionsOf = (config: ConfigMap): ClientOptions =>
  clientOptionsFrom({ get: (key) => config[key]?.value });

/** Runs a `pulumi` command: at once, or when a bound on them lets it (the fleet's). */
export type CommandTurn = <T>(command: () => Promise<T>) => Promise<T>;

/**
 * A stack of the project in `cwd`, read by name (`pulumi stack export --stack`, `pulumi config --stack`), never
 * selected: nothing is written, and many stacks can be read at once.
 */
export function namedStackAccess(cwd: string, name: string, turn: CommandTurn = (c) => c()): StackAccess {
  const workDir = projectFolder(cwd);
  const named = <T>(read: () => Promise<T>) =>
    turn(read).catch((e: unknown) => {
      throw isNoSuchStack(e) ? noSuchStack(name, workDir) : e;
    });
  let read: Promise<ConfigMap> | undefined;
  const config = () => (read ??= named(() => stackConfig(workDir, name)));
  return {
    name,
    deployment: () => named(() => exportedDeployment(workDir, name)),
    config,
    clientOptions: async () => optionsOf(await config()),
  };
}

/**
 * What the stack's state says of the account: the ids of the LiveChat objects it holds, by resource type, and
 * the Client IDs its objects belong to (v3.6 webhooks and bots), whose objects the API lists one at a time.
 */
export function managedObjects(deployment: Deployment["deployment"]): {
  ids: Map<string, Set<string>>;
  clientIds: string[];
} {
  const resources = (deployment?.resources ?? []) as {
    type?: string;
    id?: string;
    outputs?: Record<string, unknown>;
  }[];
  const ids = new Map<string, Set<string>>();
  const clientIds = new Set<string>();
  for (const r of resources) {
    const type = registryKeyOf(r.type);
    if (!type || !r.id) continue;
    if (!ids.has(type)) ids.set(type, new Set());
    ids.get(type)!.add(r.id);
    if (typeof r.outputs?.ownerClientId === "string") clientIds.add(r.outputs.ownerClientId);
  }
  return { ids, clientIds: [...clientIds] };
}
