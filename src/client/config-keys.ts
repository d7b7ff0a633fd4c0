/**
 * Stack config keys and the environment variables that stand in for them. Kept here, beside the client,
 * so the client's messages (bad credentials, bad numbers) name the same keys the provider reads.
 */
export const CONFIG_KEYS = {
  login: { key: "livechat:login", env: "LIVECHAT_LOGIN" },
  pat: { key: "livechat:pat", env: "LIVECHAT_PAT" },
  accountId: { key: "livechat:accountId", env: "LIVECHAT_ACCOUNT_ID" },
  token: { key: "livechat:token", env: "LIVECHAT_TOKEN" },
  apiUrl: { key: "livechat:apiUrl", env: "LIVECHAT_API_URL" },
  region: { key: "livechat:region", env: "LIVECHAT_REGION" },
  maxRequestsPerSecond: { key: "livechat:maxRequestsPerSecond", env: "LIVECHAT_MAX_REQUESTS_PER_SECOND" },
  maxConcurrentRequests: { key: "livechat:maxConcurrentRequests", env: "LIVECHAT_MAX_CONCURRENT_REQUESTS" },
  maxRetries: { key: "livechat:maxRetries", env: "LIVECHAT_MAX_RETRIES" },
  batchWindowMs: { key: "livechat:batchWindowMs", env: "LIVECHAT_BATCH_WINDOW_MS" },
} as const;

export type ConfigKeyName = keyof typeof CONFIG_KEYS;

/** `livechat:maxRetries (LIVECHAT_MAX_RETRIES)`: how messages name a setting. */
export const settingName = (name: ConfigKeyName): string =>
  `${CONFIG_KEYS[name].key} (${CONFIG_KEYS[name].env})`;
