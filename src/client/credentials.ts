import type { Credentials } from "./auth";
import { LiveChatConfigError } from "./config-error";
import { CONFIG_KEYS, settingName } from "./config-keys";
import { hasControlCharacter } from "./http";

/** Where a Personal Access Token's Account ID is shown; quoted by every message that asks for it. */
export const ACCOUNT_ID_WHERE =
  "the Account ID is shown beside the token in the Developer Console (https://platform.text.com/console/, " +
  "Settings > Authorization > Personal Access Tokens) when the token is created";

// Account IDs are UUIDs (`account_id` in the v3.6 agent answers, e.g. d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf).
const ACCOUNT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MISSING_CREDENTIALS =
  "LiveChat credentials are missing: set stack config livechat:login and livechat:pat (a Personal Access " +
  "Token), or livechat:token (an OAuth access token); or the environment variables LIVECHAT_LOGIN and " +
  "LIVECHAT_PAT, or LIVECHAT_TOKEN. Configuration API v3.6 calls authenticate a PAT with " +
  `${settingName("accountId")} instead of the login`;

/** The raw credential options, before validation. */
export interface CredentialOptions {
  login?: string;
  pat?: string;
  accountId?: string;
  token?: string;
}

/**
 * Validates the credential options. A PAT needs the login (v2 calls), the Account ID (v3.6 calls) or both;
 * a call of a generation whose half is missing fails then, naming it (see `authorizationHeader`).
 */
export function credentialsOf(options: CredentialOptions): Credentials {
  // Secrets pasted from files or terminals often carry a trailing newline.
  const token = options.token?.trim();
  const login = options.login?.trim() || undefined;
  const pat = options.pat?.trim();
  const accountId = accountIdOf(options.accountId);
  if (token) return { kind: "token", token: credential("token", token) };
  if (pat && (login || accountId)) {
    if (login?.includes(":")) {
      throw new LiveChatConfigError("livechat:login", "livechat:login (LIVECHAT_LOGIN) must not contain ':'");
    }
    return {
      kind: "pat",
      pat: credential("pat", pat),
      ...(login === undefined ? {} : { login: credential("login", login) }),
      ...(accountId === undefined ? {} : { accountId }),
    };
  }
  if (login || accountId) {
    const set = login ? "livechat:login" : "livechat:accountId";
    throw new LiveChatConfigError(
      "livechat:pat",
      `${MISSING_CREDENTIALS}. ${set} is set but livechat:pat (LIVECHAT_PAT) is not`,
    );
  }
  if (pat) {
    throw new LiveChatConfigError(
      "livechat:login",
      `${MISSING_CREDENTIALS}. livechat:pat is set but livechat:login (LIVECHAT_LOGIN) is not`,
    );
  }
  throw new LiveChatConfigError("livechat:token", MISSING_CREDENTIALS);
}

// Not a secret, but never echoed: a PAT pasted into the wrong key must not reach a log.
function accountIdOf(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (!ACCOUNT_ID.test(value)) {
    throw new LiveChatConfigError(
      CONFIG_KEYS.accountId.key,
      `${settingName("accountId")} must be the Account ID of the Personal Access Token, a UUID such as ` +
        `d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf (the value given is not one); ${ACCOUNT_ID_WHERE}`,
    );
  }
  return value;
}

// Whitespace or control characters would corrupt the Authorization header; say where, not what.
function credential(name: "token" | "login" | "pat", value: string): string {
  if (/\s/.test(value) || hasControlCharacter(value)) {
    throw new LiveChatConfigError(
      CONFIG_KEYS[name].key,
      `${settingName(name)} contains whitespace or control characters`,
    );
  }
  return value;
}
