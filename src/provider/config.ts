import { CONFIG_KEYS, LiveChatConfigError, settingName, type ClientOptions } from "../client";
import { DEFAULT_BATCH_POLICY, type BatchPolicy } from "./batcher";

/** Reads one key of the stack's config, as the dynamic provider's `configure` request offers it. */
export interface ConfigSource {
  get(key: string): string | undefined;
}

// The key names live beside the client, whose messages name them too.
export { CONFIG_KEYS };

/** A setting from stack config, falling back to the environment. Empty strings count as unset. */
function reader(config: ConfigSource | undefined, env: NodeJS.ProcessEnv) {
  return (name: keyof typeof CONFIG_KEYS): string | undefined => {
    const { key, env: variable } = CONFIG_KEYS[name];
    const unset = (v: string | undefined) => v === undefined || v === "";
    const value = unset(config?.get(key)) ? env[variable] : config?.get(key);
    return unset(value) ? undefined : value;
  };
}

/**
 * How long v3.6 agent and bot writes wait for others to share a batch call (`livechat:batchWindowMs`; 0 sends
 * each on its own). Throws, naming the setting, for anything but a whole number of milliseconds up to 1000.
 */
export function batchPolicyFrom(config: ConfigSource | undefined, env = process.env): BatchPolicy {
  const value = reader(config, env)("batchWindowMs");
  if (value === undefined) return DEFAULT_BATCH_POLICY;
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || ms > 1000)
    throw new LiveChatConfigError(
      "livechat:batchWindowMs",
      `${settingName("batchWindowMs")} must be a whole number of milliseconds from 0 (no batches) to 1000`,
    );
  return { ...DEFAULT_BATCH_POLICY, windowMs: ms };
}

/** Client options from stack config, falling back to the environment. Empty strings count as unset. */
export function clientOptionsFrom(config: ConfigSource | undefined, env = process.env): ClientOptions {
  const read = reader(config, env);
  const number = (name: keyof typeof CONFIG_KEYS) => {
    const value = read(name);
    // Blank text is not 0; what is not a number stays NaN for the client to refuse, naming the key.
    return value === undefined ? undefined : value.trim() === "" ? Number.NaN : Number(value);
  };
  const throttle = {
    maxRequestsPerSecond: number("maxRequestsPerSecond"),
    maxConcurrent: number("maxConcurrentRequests"),
  };
  const retries = number("maxRetries");
  return {
    apiUrl: read("apiUrl"),
    login: read("login"),
    pat: read("pat"),
    // Not a secret: v3.6 sends it as the Basic user name of the PAT.
    accountId: read("accountId"),
    token: read("token"),
    region: read("region") as ClientOptions["region"],
    // Only what is set overrides the client's defaults; the client validates the values.
    // (Not a JSON round trip: it would turn Infinity and NaN into null.)
    throttle: Object.fromEntries(Object.entries(throttle).filter(([, v]) => v !== undefined)),
    retry: retries === undefined ? undefined : { retries },
  };
}
