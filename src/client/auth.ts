import { CONFIG_KEYS, settingName } from "./config-keys";

/** Credentials after validation: exactly one scheme is in use. */
export type Credentials = { kind: "token"; token: string } | { kind: "pat"; login: string; pat: string };

/** The `Authorization` header value for these credentials. */
export function authorizationHeader(credentials: Credentials): string {
  return credentials.kind === "token"
    ? `Bearer ${credentials.token}`
    : `Basic ${Buffer.from(`${credentials.login}:${credentials.pat}`).toString("base64")}`;
}

/** The secret part of the credentials (the login is not secret), whose prefix may name the region. */
export function secretOf(credentials: Credentials): string {
  return credentials.kind === "token" ? credentials.token : credentials.pat;
}

/**
 * Every form in which the secret could come back in a server's text: raw, after its region prefix,
 * URL-encoded, and as the Basic header's base64 (standard and url-safe). Used to scrub error text.
 */
export function secretForms(credentials: Credentials): string[] {
  const secret = secretOf(credentials);
  const forms = [secret, secret.replace(/^(dal|fra)[:-]/, ""), encodeURIComponent(secret)];
  if (credentials.kind === "pat") {
    const pair = `${credentials.login}:${credentials.pat}`;
    const b64 = Buffer.from(pair).toString("base64");
    forms.push(pair, b64, b64.replace(/=+$/, ""), Buffer.from(pair).toString("base64url"));
  }
  // A derived form of a few characters (a prefix remainder) would scrub ordinary words; the raw secret
  // is always kept however short it is.
  return [...new Set([secret, ...forms.filter((form) => form.length >= 4)])];
}

/**
 * For an answer that refuses the credentials: which ones were used and how to fix them, by config key.
 * Never contains a credential, not even the login.
 */
export function credentialsHint(credentials: Credentials): string {
  const { login, pat, token } = CONFIG_KEYS;
  const pair = `${login.key} + ${pat.key} (or ${login.env}/${pat.env})`;
  if (credentials.kind === "token") {
    return (
      `The provider sent the OAuth access token from ${settingName("token")}, which wins over ${pair}: ` +
      `it is wrong, expired or revoked. Set a current one with \`pulumi config set --secret ${token.key} ...\`, ` +
      `or remove it to use a Personal Access Token from ${pair}`
    );
  }
  return (
    `The provider sent the Personal Access Token from ${pair}: check that the login is the agent who owns ` +
    `the PAT and that the PAT is current (not revoked). Set them with \`pulumi config set ${login.key} ...\` and ` +
    `\`pulumi config set --secret ${pat.key} ...\`, or use an OAuth access token in ${settingName("token")}`
  );
}
