// Generated account specs for the benchmark and the fault, kill and secret e2e tests: every kind of object,
// in the proportions of a real account, with natural keys that tell which object is which.
const YAML = require("yaml");
// The package's build: the resource declarations say what each type's natural key is.
const { SECTIONS: ALL_SECTIONS } = require("../dist/account/types");

// The bench account is made of the v2 sections (the spec's default generation).
const SECTIONS = ALL_SECTIONS.filter(([, type]) => !type.includes("/"));
const { snakeCase } = require("../dist/provider/fields");
const { outputsOf } = require("../dist/provider/outputs");
const { registry } = require("../dist/resources/registry");

/** The benchmark's 300 objects. */
const BENCH_COUNTS = {
  groups: 20,
  agents: 60,
  goals: 30,
  greetings: 30,
  tags: 60,
  cannedResponses: 80,
  webhooks: 20,
};

const EVENTS = [
  ["chat_started", ["chat", "visitor"]],
  ["chat_ended", ["chat", "pre_chat_survey"]],
  ["chat_changed", ["chat"]],
  ["visitor_queued", ["visitor"]],
  ["ticket_created", ["ticket"]],
  ["canned_response_changed", ["canned_response"]],
];

const pad = (i) => String(i + 1).padStart(3, "0");
const range = (n) => Array.from({ length: n }, (_, i) => i);

/**
 * An account spec (the shape `src/account` reads) with `counts` objects of each kind. Objects that can
 * belong to a group are spread over the declared groups, a quarter of them left in group 0. Options:
 * `adopt` (the spec's top-level adopt), `passwordKey` (every agent's password from that secret config
 * key), `prefix` (put in every natural key, so two specs never name the same object).
 */
function accountSpec(counts = BENCH_COUNTS, options = {}) {
  const p = options.prefix ?? "";
  const groups = range(counts.groups ?? 0).map((i) => ({ name: `${p}Team ${pad(i)}`, language: "en" }));
  // Group 0 for every fourth object, else a declared group by name.
  const groupOf = (i) => (groups.length === 0 || i % 4 === 3 ? 0 : groups[i % groups.length].name);
  const spec = {};
  if (options.adopt !== undefined) spec.adopt = options.adopt;
  spec.groups = groups;
  spec.agents = range(counts.agents ?? 0).map((i) => ({
    login: `${p.toLowerCase()}agent${pad(i)}@example.com`,
    name: `Agent ${pad(i)}`,
    jobTitle: i % 2 ? "Support Agent" : "Sales Agent",
    maxChatsCount: 2 + (i % 5),
    ...(groups.length ? { groups: [groups[i % groups.length].name] } : {}),
    ...(options.passwordKey ? { password: { secret: options.passwordKey } } : {}),
  }));
  spec.goals = range(counts.goals ?? 0).map((i) => {
    const name = `${p}Goal ${pad(i)}`;
    if (i % 3 === 0) return { name, type: "url", url: `https://shop.example.com/${pad(i)}/thanks` };
    if (i % 3 === 1)
      return { name, type: "custom_variable", customVariableName: `var${i}`, customVariableValue: "yes" };
    return { name, type: "api", active: i % 2 === 0 };
  });
  spec.greetings = range(counts.greetings ?? 0).map((i) => ({
    name: `${p}Greeting ${pad(i)}`,
    message: `Hello from greeting ${pad(i)}`,
    group: groupOf(i),
    rules: [
      { type: "visit_time_page", operator: "greater_than", value: 10 + i },
      { type: "url_current", operator: "contains", value: `/page-${pad(i)}` },
    ],
  }));
  spec.tags = range(counts.tags ?? 0).map((i) => ({
    name: `${p.toLowerCase()}tag-${pad(i)}`,
    group: groupOf(i),
  }));
  spec.cannedResponses = range(counts.cannedResponses ?? 0).map((i) => ({
    text: `${p}Canned answer ${pad(i)}: thanks for your patience, we are on it.`,
    tags: [`c${pad(i)}`, "bench"],
    group: groupOf(i),
  }));
  spec.webhooks = range(counts.webhooks ?? 0).map((i) => {
    const [eventType, dataTypes] = EVENTS[i % EVENTS.length];
    return { url: `https://hooks.example.com/${p.toLowerCase()}hook-${pad(i)}`, eventType, dataTypes };
  });
  return spec;
}

/** The spec as YAML, for the root program's `spec` config. */
function accountYaml(counts, options) {
  return YAML.stringify(accountSpec(counts, options));
}

/** How many objects `counts` describes. */
function objectCount(counts) {
  return Object.values(counts).reduce((n, c) => n + c, 0);
}

// Natural keys, one string per object, so that a spec and an account compare as two sorted lists: a
// duplicate shows as a repeated key, a missing object as an absent one. Each type's key fields come from its
// declaration ("Tag vip @Sales", "Webhook https://x chat_started"); groups are named, 0 stays 0.
function keyOf(declaration, fields, group) {
  const values = declaration.keyFields.filter((f) => f !== "group").map((f) => fields[f]);
  const where = declaration.keyFields.includes("group") ? ` @${group}` : "";
  return `${declaration.type} ${values.join(" ")}${where}`;
}

/** The natural keys of the objects a spec declares, sorted. */
function declaredKeys(spec) {
  return SECTIONS.flatMap(([section, type]) =>
    (spec[section] ?? []).map((e) => keyOf(registry[type], e, String(e.group ?? 0))),
  ).sort();
}

/**
 * The natural keys of the objects in an emulator state (`emulator.state()`, in the API's wire form), sorted,
 * leaving out what a fresh licence has: group 0 and the owner `ownerLogin`.
 */
function accountKeys(state, ownerLogin) {
  const names = new Map(state.groups.map((x) => [Number(x.id), x.name]));
  const g = (id) => (Number(id) === 0 ? "0" : (names.get(Number(id)) ?? `#${id}`));
  return SECTIONS.flatMap(([section, type]) => {
    const declaration = registry[type];
    return state[snakeCase(section)]
      .filter(
        (x) =>
          !(section === "groups" && Number(x.id) === 0) && !(section === "agents" && x.login === ownerLogin),
      )
      .map((x) => keyOf(declaration, outputsOf(declaration, x, {}), g(x.group)));
  }).sort();
}

/** The keys that occur more than once. */
function duplicates(keys) {
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}

module.exports = {
  BENCH_COUNTS,
  accountSpec,
  accountYaml,
  objectCount,
  declaredKeys,
  accountKeys,
  duplicates,
};
