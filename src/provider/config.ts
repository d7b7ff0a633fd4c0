import type { ClientOptions } from "../client";

/** Reads one key of the stack's config, as the dynamic provider's `configure` request offers it. */
export interface ConfigSource {
  get(key: string): string | undefined;
}

/** Stack config keys and the environment variables that stand in for them. */
export const CONFIG_KEYS = {
  login: { key: "livechat:login", env: "LIVECHAT_LOGIN" },
  pat: { key: "livechat:pat", env: "LIVECHAT_PAT" },
  token: { key: "livechat:token", env: "LIVECHAT_TOKEN" },
  apiUrl: { key: "livechat:apiUrl", env: "LIVECHAT_API_URL" },
  region: { key: "livechat:region", env: "LIVECHAT_REGION" },
  maxRequestsPerSecond: { key: "livechat:maxRequestsPerSecond", env: "LIVECHAT_MAX_REQUESTS_PER_SECOND" },
  maxConcurrentRequests: { key: "livechat:maxConcurrentRequests", env: "LIVECHAT_MAX_CONCURRENT_REQUESTS" },
  maxRetries: { key: "livechat:maxRetries", env: "LIVECHAT_MAX_RETRIES" },
} as const;

/** Client options from stack config, falling back to the environment. Empty strings count as unset. */
export function clientOptionsFrom(config: ConfigSource | undefined, env = process.env): ClientOptions {
  const read = (name: keyof typeof CONFIG_KEYS): string | undefined => {
    const { key, env: variable } = CONFIG_KEYS[name];
    const unset = (v: string | undefined) => v === undefined || v === "";
    const value = unset(config?.get(key)) ? env[variable] : config?.get(key);
    return unset(value) ? undefined : value;
  };
  const number = (name: keyof typeof CONFIG_KEYS) => {
    const value = read(name);
    return value === undefined ? undefined : Number(value);
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
    token: read("token"),
    region: read("region") as ClientOptions["region"],
    // Only what is set overrides the client's defaults; the client validates the values.
    throttle: JSON.parse(JSON.stringify(throttle)),
    retry: retries === undefined ? undefined : { retries },
  };
}
