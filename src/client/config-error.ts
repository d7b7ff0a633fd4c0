/**
 * The provider is configured wrongly (missing credentials, bad URL, bad option value). Its message names
 * the stack config key and environment variable to fix, and never contains a credential.
 */
export class LiveChatConfigError extends Error {
  /** The option at fault, e.g. `livechat:apiUrl` or `retry.retries`. */
  readonly key: string;

  constructor(key: string, message: string) {
    super(message);
    this.key = key;
  }
}

Object.defineProperty(LiveChatConfigError.prototype, "name", { value: "LiveChatConfigError" });
