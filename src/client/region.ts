/** The LiveChat data centers. `dal` is the server's default. */
export type Region = "dal" | "fra";

export function isRegion(value: unknown): value is Region {
  return value === "dal" || value === "fra";
}

/**
 * The data center a credential belongs to, from its prefix: OAuth 2.1 tokens and PATs start with
 * `dal:`/`fra:`, older tokens with `dal-`/`fra-`. Undefined when there is no prefix.
 */
export function regionOfCredential(credential: string | undefined): Region | undefined {
  const match = /^(dal|fra)[:-]/.exec(credential ?? "");
  return match ? (match[1] as Region) : undefined;
}

/**
 * The region to send in `X-Region`: an explicit choice wins, then the prefix of the credential in use.
 * Undefined means send no header and let the server default to dal.
 */
export function resolveRegion(
  explicit: Region | undefined,
  credential: string | undefined,
): Region | undefined {
  return explicit ?? regionOfCredential(credential);
}
