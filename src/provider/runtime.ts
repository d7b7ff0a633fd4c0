import { LiveChatClient, resolveClientOptions, type ClientOptions } from "../client";
import { batchPolicyFrom, clientOptionsFrom, type ConfigSource } from "./config";
import { Batcher } from "./batcher";
import { ListCache } from "./list-cache";
import { noticeMessage } from "./notices";
import { warn } from "./warn";
import type { Context } from "./declaration";

// One client per provider process: every resource shares its throttle, and refreshes share list answers.
// Credentials live only here, in the provider process; they never enter inputs, outputs or the serialized stub.
let options: ClientOptions | undefined;
let source: ConfigSource | undefined;
let context: Context | undefined;

/** Called by the dynamic provider host with the stack's config, once per deserialized provider. */
export function configure(config: ConfigSource | undefined): void {
  const next = clientOptionsFrom(config);
  source = config;
  if (options && JSON.stringify(next) === JSON.stringify(options)) return;
  options = next;
  context = undefined;
}

/** Why the provider cannot reach the API (missing credentials, bad URL), or undefined. No API call. */
export function configurationProblem(): string | undefined {
  try {
    resolveClientOptions(currentOptions());
    batchPolicyFrom(source);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The shared context, created on first use. */
export function currentContext(): Context {
  if (!context) {
    const opts = currentOptions();
    // A retiring API version is a warning, once per run (the client reports each notice once).
    const client = new LiveChatClient({ ...opts, onApiNotice: (notice) => void warn(noticeMessage(notice)) });
    context = {
      client,
      lists: new ListCache(),
      batcher: new Batcher(client, batchPolicyFrom(source)),
      login: opts.token ? undefined : opts.login,
    };
  }
  return context;
}

function currentOptions(): ClientOptions {
  // Without configure (older engines), the environment is the only source.
  return options ?? clientOptionsFrom(undefined);
}
