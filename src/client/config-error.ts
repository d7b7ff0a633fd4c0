// Symbol.for, not a module-local symbol: two copies of this package loaded side by side (the provider's
// serialized closure and the program) must still recognise each other's errors.
const BRAND = Symbol.for("pulumi-livechat:LiveChatConfigError");

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

  /** True for a LiveChatConfigError from any loaded copy of this module (`instanceof` is not). */
  static isInstance(e: unknown): e is LiveChatConfigError {
    return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
  }
}

Object.defineProperty(LiveChatConfigError.prototype, "name", { value: "LiveChatConfigError" });
Object.defineProperty(LiveChatConfigError.prototype, BRAND, { value: true });
