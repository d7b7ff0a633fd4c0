// What the server does to a value, by field (`<registry key>.<field>`), as each field documents it (its doc, or
// the comment on its fromWire and canonical): how it answers what was sent (ANSWERS), and the forms of the same
// value it may send back, which the field's canonical form (or comparedPart) absorbs (TWINS). Written from those
// words, not with the code under test: a twin made with the field's own canonical would prove nothing.

type Props = Record<string, unknown>;
const isObject = (v: unknown): v is Props => !!v && typeof v === "object" && !Array.isArray(v);
/** A JSON copy (structuredClone would make objects of another realm in jest). */
export const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** The items in another order, chosen by `seed`: a rotation, reversed on odd seeds. */
export function reordered<T>(items: T[], seed: number): T[] {
  if (items.length < 2) return [...items];
  const at = seed % items.length;
  const rotated = [...items.slice(at), ...items.slice(0, at)];
  return seed % 2 ? rotated.reverse() : rotated;
}

/**
 * The letters of a text in another case: upper on odd seeds, else lower. Only letters whose other case is the
 * same letter: ß's upper case is SS, two other letters (whether LiveChat takes "Straße" for "STRASSE" is not
 * documented, and lowerCase does not).
 */
const recased = (v: unknown, seed: number) =>
  typeof v === "string"
    ? [...v]
        .map((c) => {
          const other = seed % 2 ? c.toUpperCase() : c.toLowerCase();
          return other.toLowerCase() === c.toLowerCase() ? other : c;
        })
        .join("")
    : v;

/** http:// as https://, which "the server stores http addresses as https" says. */
const upgraded = (v: unknown) => (typeof v === "string" ? v.replace(/^http:\/\//i, "https://") : v);

/** A whole number written as the server writes numbers it keeps as text, and the reverse. */
const asText = (v: unknown) => (typeof v === "number" ? String(v) : v);

/** A rule of a v2 greeting as the server keeps it: alias resolved, operator defaulted, values as text. */
function v2Rule(rule: Props): Props {
  const out: Props = { ...rule, type: rule.type === "custom" ? "custom_variable" : rule.type };
  if (out.type !== "url_funnel") out.operator = rule.operator ?? "equals";
  if (out.value !== undefined) out.value = asText(out.value);
  if (out.variableValue !== undefined) out.variableValue = String(out.variableValue);
  if (Array.isArray(out.urls))
    out.urls = (out.urls as Props[]).map((u) => ({ url: u.url, operator: u.operator ?? "equals" }));
  return out;
}

/** A rule of a v3.6 greeting as the server keeps it: condition and operators defaulted, the value as text. */
function v36Rule(rule: Props): Props {
  const out: Props = { ...rule, condition: rule.condition ?? "and" };
  if (rule.type !== "url_funnel") out.operator = rule.operator ?? "equals";
  if (out.value !== undefined) out.value = asText(out.value);
  if (Array.isArray(out.urls))
    out.urls = (out.urls as Props[]).map((u) => ({ url: u.url, operator: u.operator ?? "equals" }));
  return out;
}

/** An auto access condition as the server may send it: matches reordered, exactMatch's default written. */
function conditionTwin(c: Props, seed: number): Props {
  const out: Props = {};
  for (const key of ["url", "domain"]) {
    const u = c[key];
    if (!isObject(u)) continue;
    out[key] = Object.fromEntries(
      Object.entries(u).map(([k, items]) => [
        k,
        reordered(items as Props[], seed).map((m) => ({ ...m, exactMatch: m.exactMatch ?? false })),
      ]),
    );
  }
  if (isObject(c.geolocation))
    out.geolocation = { values: reordered(c.geolocation.values as Props[], seed).map((p) => copy(p)) };
  return out;
}

/** The sets of a v3.6 webhook's filters in another order. */
function filtersTwin(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return reordered(v, seed);
  if (!isObject(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, filtersTwin(x, seed)]));
}

type Twin = (value: unknown, seed: number) => unknown;
const set: Twin = (v, seed) => reordered(v as unknown[], seed);

/**
 * The forms of a value the server may send back for it, which must not show as a change. Fields not named
 * here have none: the value comes back as it went.
 */
/** Fields whose empty value says nothing, as unset does ("the server leaves out what is empty"). */
export const EMPTY_IS_UNSET = ["v36/Webhook.filters", "v36/Webhook.additionalData"];

export const TWINS: Record<string, Twin> = {
  // "a set"; "the server keeps them as a set"; logins "case-insensitively".
  "Group.agents": set,
  "Agent.login": recased,
  "Agent.groups": set,
  // Only the flags an update can change are compared: newGoal is set at creation, incomingChat never reported.
  "Agent.notifications": (v) => {
    const { incomingChat: _never, newGoal, ...rest } = v as Props;
    return { ...rest, newGoal: !newGoal };
  },
  // Only the days the program names are managed: the account's other days are not a change.
  "Agent.workScheduler": (v) => ({
    sunday: { enabled: false, start: "11:00", end: "17:00" },
    saturday: { enabled: false, start: "09:00", end: "17:00" },
    ...(v as Props),
  }),
  // "A text field the server may send back as a number or string."
  ...Object.fromEntries(
    [
      "customVariableName",
      "customVariableValue",
      "value",
      "currency",
      "timeRange",
      "orderFieldName",
      "valueFieldName",
      "salesTrackerId",
    ].map((f) => [
      `Goal.${f}`,
      (v: unknown) => (typeof v === "string" && /^(0|[1-9]\d{0,14})$/.test(v) ? Number(v) : v),
    ]),
  ),
  "Greeting.rules": (v, seed) => reordered((v as Props[]).map(v2Rule), seed),
  "CannedResponse.tags": set,
  "Webhook.url": upgraded,
  "Webhook.dataTypes": set,
  // Members "by agent or bot id (an agent's e-mail)", which the server matches case-insensitively.
  "v36/Group.agentPriorities": (v, seed) => {
    const entries = Object.entries(v as Props);
    const keys = entries.map(([k]) => recased(k, seed) as string);
    return new Set(keys).size === keys.length
      ? Object.fromEntries(entries.map(([, p], i) => [keys[i], p]))
      : v;
  },
  "v36/Agent.agentId": recased,
  // "a set"; "every agent is in group 0 with the normal priority".
  "v36/Agent.groups": (v, seed) => {
    const groups = v as Props[];
    const zero = groups.some((g) => g.groupId === 0) ? [] : [{ groupId: 0, priority: "normal" }];
    return reordered([...groups, ...zero], seed);
  },
  "v36/Agent.notifications": set,
  "v36/Agent.emailSubscriptions": set,
  // "The ranges of working hours (a set)"; "without a timezone the server uses the agent's own".
  "v36/Agent.workScheduler": (v, seed) => {
    const s = v as Props;
    return { timezone: s.timezone ?? "Europe/Warsaw", schedule: reordered(s.schedule as Props[], seed) };
  },
  // "LiveChat compares names without regard to letter case."
  "v36/Tag.name": recased,
  "v36/Tag.groupIds": set,
  // "The server may write the same moment another way (another offset, fractions of a second)."
  "v36/Greeting.activeFrom": (v) => new Date(Date.parse(v as string)).toISOString(),
  "v36/Greeting.activeUntil": (v) => new Date(Date.parse(v as string)).toISOString(),
  // The order is kept (conditions chain); defaults and values as text are the server's.
  "v36/Greeting.rules": (v) => (v as Props[]).map(v36Rule),
  // "Buttons without an id get one from the server."
  "v36/Greeting.richMessage": (v, seed) => {
    const rich = copy(v) as Props;
    for (const [i, e] of ((rich.elements ?? []) as Props[]).entries())
      for (const [j, b] of ((e.buttons ?? []) as Props[]).entries())
        b.buttonId ??= `server-${seed}-${i}-${j}`;
    return rich;
  },
  "v36/AutoAccess.groups": set,
  "v36/AutoAccess.conditions": (v, seed) => conditionTwin(v as Props, seed),
  // list_bots' example answers the avatar without its scheme.
  "v36/Bot.avatar": (v) => (typeof v === "string" ? v.replace(/^https?:\/\//i, "") : v),
  "v36/Bot.groups": (v, seed) => TWINS["v36/Agent.groups"](v, seed),
  "v36/Bot.workScheduler": (v, seed) => ({
    ...(v as Props),
    schedule: reordered((v as Props).schedule as Props[], seed),
  }),
  // "Lists are sets"; "the server leaves out what is empty".
  "v36/Webhook.filters": (v, seed) => filtersTwin(v, seed),
  "v36/Webhook.additionalData": set,
};

/**
 * How the server answers a field it was sent (the wire body), where it answers otherwise than with what was
 * sent: by field, the answer's part for it.
 */
export const ANSWERS: Record<string, (body: Props) => Props> = {
  // A tag is created with `tag` and listed with `name`.
  "Tag.name": (body) => ({ name: body.tag }),
  // An agent's groups are answered as objects ({ id, name }).
  "Agent.groups": (body) => ({
    groups: (body.groups as number[]).map((id) => ({ id, name: `group ${id}` })),
  }),
  // Numbers it keeps as text.
  "Agent.maxChatsCount": (body) => ({ max_chats_count: String(body.max_chats_count) }),
  "Agent.dailySummary": (body) => ({ daily_summary: String(body.daily_summary) }),
  "Webhook.url": (body) => ({ url: upgraded(body.url) }),
  // list_agents calls them summaries.
  "v36/Agent.emailSubscriptions": (body) => ({ summaries: body.email_subscriptions }),
  // The message text is answered as `text`.
  "v36/Greeting.properties": (body) => {
    const { "greeting-message_text": text, ...rest } = body.properties as Props;
    return { properties: text === undefined ? rest : { ...rest, text } };
  },
  "v36/Bot.avatar": (body) => ({ avatar_path: String(body.avatar).replace(/^https?:\/\//i, "") }),
  // Rules as the server keeps them (values as text, defaults written).
  "Greeting.rules": (body) => ({
    rules: (body.rules as Props[]).map((r) => ({
      ...r,
      value: asText(r.value),
      operator: r.operator ?? "equals",
    })),
  }),
};
