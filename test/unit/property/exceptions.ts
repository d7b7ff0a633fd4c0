// Where the JSON Schema cannot say what the check says, by field or kind (as schema-check.property.test.ts names
// them). Each exception is one-sided (the check refuses a value the editor accepts) and narrow: it applies only
// to values its own predicate recognises, written here from the rule's words, not with the code under test.

export interface Exception {
  /** The rule the JSON Schema cannot say. */
  rule: string;
  applies: (value: unknown) => boolean;
}

type Props = Record<string, unknown>;
const isObject = (v: unknown): v is Props => !!v && typeof v === "object" && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The WHATWG URL parser refuses the address, for a host or port it cannot read (https://a.4, https://a:x,
 * https://[x]): a grammar of hosts (IPv4 numbers, IPv6, IDNA) that a pattern cannot follow.
 */
const unparsable = (v: unknown) => {
  if (typeof v !== "string") return false;
  try {
    new URL(v);
    return false;
  } catch {
    return true;
  }
};
const URL_PARSER: Exception = { rule: "URL parser", applies: unparsable };

/** A group named twice, with two priorities: uniqueItems compares whole items, not one key of each. */
const GROUP_TWICE: Exception = {
  rule: "a group twice",
  applies: (v) => {
    const ids = list(v).map((g) => (isObject(g) ? g.groupId : undefined));
    return new Set(ids).size < ids.length;
  },
};

/** A schedule whose timezone Intl does not know (the IANA database is no pattern), or a range that does not
 * start before it ends (JSON Schema compares no two values of an object). */
const SCHEDULE: Exception[] = [
  {
    rule: "not an IANA timezone",
    applies: (v) => {
      const zone = isObject(v) ? v.timezone : undefined;
      if (typeof zone !== "string") return false;
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return false;
      } catch {
        return true;
      }
    },
  },
  {
    rule: "a range ending before it starts",
    applies: (v) =>
      isObject(v) && list(v.schedule).some((r) => isObject(r) && String(r.start) >= String(r.end)),
  },
];

/** A match repeated once exactMatch's default (false) is filled in: uniqueItems compares items as written. */
const SAME_MATCH: Exception = {
  rule: "a match repeated but for exactMatch's default",
  applies: (v) =>
    isObject(v) &&
    [v.url, v.domain].some(
      (c) =>
        isObject(c) &&
        [c.values, c.excludeValues].some((items) => {
          const keys = list(items).map((m) =>
            isObject(m) ? JSON.stringify([m.value, m.exactMatch ?? false]) : "",
          );
          return new Set(keys).size < keys.length;
        }),
    ),
};

export const EXCEPTIONS: Record<string, Exception[]> = {
  "v36/Agent.groups": [GROUP_TWICE],
  "v36/Bot.groups": [GROUP_TWICE],
  "v36/Agent.workScheduler": SCHEDULE,
  "v36/Bot.workScheduler": SCHEDULE,
  "v36/AutoAccess.conditions": [SAME_MATCH],
  "httpUrlOf(500)": [URL_PARSER],
  "httpUrlOf(20)": [URL_PARSER],
  "Webhook.url": [URL_PARSER],
  "v36/Webhook.url": [URL_PARSER],
  "v36/Bot.avatar": [URL_PARSER],
  // An element's image address.
  "v36/Greeting.richMessage": [
    {
      rule: "URL parser",
      applies: (v) =>
        isObject(v) &&
        list(v.elements).some((e) => isObject(e) && isObject(e.image) && unparsable(e.image.url)),
    },
  ],
};
