// The rules that look at one resource's inputs: pure functions from the inputs (unknown values as UNKNOWN) and
// the rule's parameters to the violations' messages. A message names the field and the fix, never a field's
// value where that could be a secret (passwords, secret keys) or carry one (a webhook URL's path and query).
import { AGENT_FIELDS, defaultOf, isUnknown, type Props, type Target } from "./targets";

export interface WebhookUrlConfig {
  /** Domains the webhook may call, subdomains included; empty: any domain. */
  allowedDomains: string[];
}

/** A configured domain as URL hostnames are written: `*.Example.com.` is `example.com`, `bücher.de` is punycode. */
function domainOf(d: string): string {
  const bare = d
    .trim()
    .replace(/^\*?\./, "")
    .replace(/\.$/, "");
  try {
    return new URL(`https://${bare}`).hostname;
  } catch {
    return bare.toLowerCase();
  }
}

export function webhookUrlProblems(props: Props, config: WebhookUrlConfig): string[] {
  const url = props.url;
  if (isUnknown(url) || typeof url !== "string") return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return ["url is not an absolute address: set url to https://<host>/<path>"];
  }
  const host = parsed.hostname.replace(/\.$/, "");
  const problems: string[] = [];
  if (parsed.protocol !== "https:")
    problems.push(
      `url uses ${parsed.protocol.replace(/:$/, "")}, not https: change url to an https:// address`,
    );
  const domains = config.allowedDomains.map(domainOf).filter(Boolean);
  if (domains.length && !domains.some((d) => host === d || host.endsWith(`.${d}`)))
    problems.push(
      `url's host ${host} is on none of the allowed domains (${domains.join(", ")}): point url at one of ` +
        "them, or add the domain to allowedDomains in the policy config",
    );
  return problems;
}

export interface MaxChatsConfig {
  maxChats: number;
}

export function maxChatsProblems(t: Target, props: Props, config: MaxChatsConfig): string[] {
  const chats = props.maxChatsCount ?? defaultOf(t, "maxChatsCount");
  if (typeof chats !== "number" || chats <= config.maxChats) return [];
  return [
    `maxChatsCount is ${chats}, over the policy's ${config.maxChats} chats per agent: set maxChatsCount to ` +
      `${config.maxChats} or less, or raise maxChats in the policy config`,
  ];
}

export interface RolesConfig {
  /** Roles reserved to some logins: `{ administrator: ["ann@x.com"] }`. */
  roles: Record<string, string[]>;
  /** Roles every agent may hold. */
  defaultRoles: string[];
}

const sameLogin = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The roles a login may hold under the config. */
export const rolesAllowed = (login: string, config: RolesConfig): string[] => [
  ...new Set([
    ...config.defaultRoles,
    ...Object.entries(config.roles)
      .filter(([, logins]) => logins.some((l) => sameLogin(l, login)))
      .map(([role]) => role),
  ]),
];

export function roleProblems(t: Target, props: Props, config: RolesConfig): string[] {
  const fields = AGENT_FIELDS[t.v36 ? "v36" : "v2"];
  const login = props[fields.login];
  const role = props[fields.role] ?? defaultOf(t, fields.role);
  if (typeof login !== "string" || typeof role !== "string") return [];
  const allowed = rolesAllowed(login, config);
  if (allowed.includes(role)) return [];
  return [
    `${fields.role} is ${role}, which the policy config does not allow ${login} to hold: set ${fields.role} to ` +
      `${allowed.length > 1 ? `one of ${allowed.join(", ")}` : (allowed[0] ?? "a role the config allows")}, or add the ` +
      `login to ` +
      `roles.${role} in the policy config`,
  ];
}

const hasText = (v: unknown) => typeof v === "string" && v.trim() !== "";

/** v2: `message`, filled in by check with the server's stock text when unset. v3.6: `properties.messageText`,
 * or a rich message's titles and subtitles. */
export function greetingMessageProblems(t: Target, props: Props): string[] {
  if (!t.v36) {
    const message = props.message;
    if (isUnknown(message)) return [];
    if (!hasText(message)) return ["message is empty: set message to the text visitors should see"];
    if (message === defaultOf(t, "message"))
      return [
        "message is LiveChat's stock text (what an unset message becomes): set message to the greeting's own",
      ];
    return [];
  }
  const { properties, richMessage } = props as { properties?: unknown; richMessage?: unknown };
  const texts: unknown[] = [];
  if (isUnknown(properties) || isUnknown(richMessage)) return [];
  texts.push((properties as Props | undefined)?.messageText);
  const elements = (richMessage as Props | undefined)?.elements;
  if (isUnknown(elements)) return [];
  if (Array.isArray(elements))
    for (const e of elements)
      texts.push(...(isUnknown(e) ? [e] : [(e as Props)?.title, (e as Props)?.subtitle]));
  if (texts.some((x) => isUnknown(x) || hasText(x))) return [];
  return [
    "has no message: set properties.messageText (or a title or subtitle of a richMessage element) to the text " +
      "visitors should see",
  ];
}
