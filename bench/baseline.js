// Pulumi's own floor, measured beside ours: a trivial dynamic provider (create returns an id and its inputs;
// no HTTP, no check, no diff) declaring as many resources as the account bench, of the same seven types, with
// the same inputs and the same references to groups, through the same CLI, language host and provider host.
// Whatever the account bench spends above this is ours.
const { SECTIONS } = require("../dist/account/types");
const { throwawayStack } = require("./project");

// The program, a local one like the account program. Each type has its own provider object, serialized by
// value (a few lines, like our one-line `require` of a stub). `createdAt` tells the bench when the engine
// reached each create (the state keeps it): Pulumi's time before its first create, to set beside ours.
// `tuned`: resources are made as ours are, without the SDK's leak-report stack traces (shortStacks in
// src/resources/resource.ts), to tell what that saves from what ours still costs above Pulumi.
function program(tuned) {
  const [quiet, restore] = tuned
    ? ["Error.stackTraceLimit = 0;", "Error.stackTraceLimit = limit;"]
    : ["", ""];
  return `const pulumi = require("@pulumi/pulumi");
const spec = require("./account.json");
const sections = ${JSON.stringify(SECTIONS)};
const providerOf = (type) => ({
  async create(inputs) {
    return { id: type + ":" + inputs.key, outs: { ...inputs, createdAt: Date.now() } };
  },
});
const groupIds = {};
for (const [section, type] of sections) {
  const provider = providerOf(type);
  (spec[section] || []).forEach((entry, i) => {
    const inputs = { key: String(i) };
    for (const [field, value] of Object.entries(entry)) {
      if (field === "group") inputs.group = value === 0 ? 0 : groupIds[value];
      else if (field === "groups") inputs.groups = value.map((g) => groupIds[g]);
      else inputs[field] = value;
    }
    const limit = Error.stackTraceLimit;
    ${quiet}
    const r = new pulumi.dynamic.Resource(provider, type + "-" + i, inputs, {}, "baseline", type);
    ${restore}
    if (section === "groups") groupIds[entry.name] = r.id;
  });
}
exports.groupIds = groupIds;
`;
}

/** A throwaway stack of the baseline program declaring what `spec` (an account spec) declares. */
function baselineStack(spec, env, tuned = false) {
  const files = {
    "Pulumi.yaml": "name: livechat-baseline\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n",
    "package.json": '{ "name": "livechat-baseline", "main": "index.js" }\n',
    "index.js": program(tuned),
    "account.json": JSON.stringify(spec),
  };
  return throwawayStack("livechat-baseline", files, undefined, {}, env);
}

/** When the engine reached the first and the last create, from the state's `createdAt` (ms since epoch). */
function createTimes(deployment) {
  const times = deployment.resources.map((r) => r.outputs?.createdAt).filter((t) => typeof t === "number");
  return times.length ? { first: Math.min(...times), last: Math.max(...times) } : undefined;
}

module.exports = { baselineStack, createTimes };
