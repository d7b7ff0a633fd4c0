import { LiveChatConfigError } from "./config-error";
import { CONFIG_KEYS, settingName } from "./config-keys";
import { ACCOUNT_ID_WHERE } from "./credentials";
import { ApiVersion } from "./http";

/**
 * Credentials after validation: exactly one scheme is in use. A PAT is named by the agent's login for v2
 * calls and by the Account ID for v3.6 calls; at least one of the two is present.
 */
export type Credentials =
  { kind: "token"; token: string } | { kind: "pat"; pat: string; login?: string; accountId?: string };

/**
 * The `Authorization` header value for a call of this API generation: Bearer for a token (both
 * generations); for a PAT, Basic base64(login:PAT) on v2 and Basic base64(account_id:PAT) on v3.6.
 * Throws LiveChatConfigError when the PAT's name for that generation is not configured.
 */
export function authorizationHeader(credentials: Credentials, version: ApiVersion): string {
  if (credentials.kind === "token") return `Bearer ${credentials.token}`;
  const user = version === "2" ? credentials.login : credentials.accountId;
  if (user === undefined) throw missingUser(version);
  return `Basic ${Buffer.from(`${user}:${credentials.pat}`).toString("base64")}`;
}

function missingUser(version: ApiVersion): LiveChatConfigError {
  const { login, accountId, pat } = CONFIG_KEYS;
  const orToken = `or use an OAuth access token in ${settingName("token")}`;
  if (version === "2") {
    return new LiveChatConfigError(
      login.key,
      `Configuration API v2 calls need ${settingName("login")} with the Personal Access Token in ` +
        `${pat.key}: v2 authenticates a PAT as Basic <login>:<PAT>, where the login is the e-mail of the ` +
        `agent who owns the PAT. Set it with \`pulumi config set ${login.key} ...\`, ${orToken}`,
    );
  }
  return new LiveChatConfigError(
    accountId.key,
    `Configuration API v3.6 calls need ${settingName("accountId")} with the Personal Access Token in ` +
      `${pat.key}: v3.6 authenticates a PAT as Basic <account_id>:<PAT>, not with the login; ` +
      `${ACCOUNT_ID_WHERE}. Set it with \`pulumi config set ${accountId.key} ...\` (it is not a secret), ` +
      orToken,
  );
}

/** The secret part of the credentials (login and Account ID are not secret), whose prefix may name the region. */
export function secretOf(credentials: Credentials): string {
  return credentials.kind === "token" ? credentials.token : credentials.pat;
}

/**
 * Every form in which the secret could come back in a server's text: raw, after its region prefix,
 * URL-encoded, and each Basic pair (login:PAT, account_id:PAT) raw and as base64 (standard, unpadded and
 * url-safe). Used to scrub error text.
 */
export function secretForms(credentials: Credentials): string[] {
  const secret = secretOf(credentials);
  const forms = [secret, secret.replace(/^(dal|fra)[:-]/, ""), encodeURIComponent(secret)];
  if (credentials.kind === "pat") {
    for (const user of [credentials.login, credentials.accountId]) {
      if (user === undefined) continue;
      const pair = `${user}:${credentials.pat}`;
      const b64 = Buffer.from(pair).toString("base64");
      forms.push(pair, b64, b64.replace(/=+$/, ""), Buffer.from(pair).toString("base64url"));
    }
  }
  // A derived form of a few characters (a prefix remainder) would scrub ordinary words; the raw secret
  // is always kept however short it is.
  return [...new Set([secret, ...forms.filter((form) => form.length >= 4)])];
}

/**
 * For an answer that refuses the credentials: which ones a call of this generation used and how to fix
 * them, by config key. Never contains a credential, not even the login or the Account ID.
 */
export function credentialsHint(credentials: Credentials, version: ApiVersion = "2"): string {
  const { login, pat, token, accountId } = CONFIG_KEYS;
  const user = version === "2" ? login : accountId;
  const pair = `${user.key} + ${pat.key} (or ${user.env}/${pat.env})`;
  if (credentials.kind === "token") {
    return (
      `The provider sent the OAuth access token from ${settingName("token")}, which wins over ${pair}: ` +
      `it is wrong, expired or revoked. Set a current one with \`pulumi config set --secret ${token.key} ...\`, ` +
      `or remove it to use a Personal Access Token from ${pair}`
    );
  }
  const owner =
    version === "2"
      ? "the login is the agent who owns the PAT"
      : "the Account ID is the one shown with the PAT in the Developer Console";
  return (
    `The provider sent the Personal Access Token from ${pair}: check that ${owner} and that the PAT is ` +
    `current (not revoked). Set them with \`pulumi config set ${user.key} ...\` and ` +
    `\`pulumi config set --secret ${pat.key} ...\`, or use an OAuth access token in ${settingName("token")}`
  );
}
