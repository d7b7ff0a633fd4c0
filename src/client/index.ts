export { LiveChatClient } from "./client";
export type { Query, RequestOptions } from "./client";
export { actionPath } from "./action";
export type { ActionOptions } from "./action";
export type { BatchResult } from "./batch";
export type { ApiNotice } from "./notices";
export { DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT, resolveClientOptions } from "./options";
export type { ClientOptions, RequestInfo, ResolvedClientOptions } from "./options";
export { LiveChatError, isAmbiguousWrite, isNotFound, isUnauthorized } from "./errors";
export type { LiveChatErrorInit } from "./errors";
export { LiveChatConfigError } from "./config-error";
export {
  DEFAULT_RETRY_POLICY,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
} from "./retry";
export type { AttemptFailure, RetryPolicy } from "./retry";
export { DEFAULT_THROTTLE_POLICY, resolveThrottlePolicy } from "./throttle";
export type { ThrottlePolicy } from "./throttle";
export { isRegion, regionOfCredential, resolveRegion } from "./region";
export type { Region } from "./region";
export { DEFAULT_API_URL, isLoopbackHost, parseApiUrl } from "./url";
export type { ApiVersion, HttpMethod } from "./http";
export { pathOf } from "./path";
export { CONFIG_KEYS, settingName } from "./config-keys";
export type { ConfigKeyName } from "./config-keys";
