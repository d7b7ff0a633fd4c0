import type { ResourceDeclaration } from "../provider/declaration";
import { bool, integer, MAX, oneOf, text, textOf } from "../provider/schema";
import { ruleEntry, rules, type Rule } from "./greeting-rules";
import { groupedApi } from "./lists";

export const DEFAULT_MESSAGE = "Hello, would you like to talk about our products?";

export const greetingDeclaration: ResourceDeclaration = {
  type: "Greeting",
  doc: "A greeting: a message LiveChat shows visitors when its rules hold.",
  keyFields: ["name", "group"],
  fields: {
    name: {
      doc: "The greeting's name in the LiveChat settings (visitors do not see it).",
      schema: text,
      required: true,
    },
    rules,
    message: {
      doc: `The message visitors see. Default: the server's "${DEFAULT_MESSAGE}".`,
      schema: textOf({ max: MAX.text, multiline: true }),
      default: DEFAULT_MESSAGE,
      wire: "properties",
      toWire: (v) => ({ "greeting-message_text": v }),
      fromWire: (o) => (o.properties as Record<string, unknown> | undefined)?.["greeting-message_text"],
    },
    active: {
      doc: "Whether the greeting is enabled. Default true.",
      schema: bool,
      default: true,
      toWire: (v) => (v ? 1 : 0),
      fromWire: (o) => o.active === true || Number(o.active) === 1,
    },
    group: {
      doc: "Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting.",
      schema: integer(0),
      refersTo: "group",
      default: 0,
      replace: true,
    },
    subtype: {
      doc: "`announcement` for an announcement greeting (at most 10). Set at creation only: changing it replaces the greeting.",
      schema: oneOf(["announcement"]),
      replace: true,
      neverReturned: true,
    },
  },
  idOutput: { name: "greetingId", doc: "The greeting's numeric id.", numeric: true },
  idOf: (o) => String(o.id),
  api: groupedApi("greetings", (ctx) => ctx.lists.of(greetingDeclaration)),
  account: {
    section: "greetings",
    namePrefix: "greeting",
    exportNote:
      "The API does not report a greeting's subtype: add `subtype: announcement` to announcement greetings.",
    describe: (o) => String(o.name),
    sameInV36: {},
    exported: (entry) => ({ ...entry, rules: (entry.rules as Rule[]).map(ruleEntry) }),
  },
  examples: [
    {
      title: "minimal",
      inputs: { name: "Hello", rules: [{ type: "visit_time_site", operator: "greater_than", value: 30 }] },
    },
    {
      title: "every field",
      inputs: {
        name: "Welcome",
        group: "Support",
        message: "Hi! Need a hand with your order?",
        active: false,
        subtype: "announcement",
        rules: [
          { type: "url_current", operator: "contains", value: "checkout" },
          { type: "custom_variable", variableName: "cart", variableValue: "full" },
          { type: "url_funnel", urls: [{ url: "shop.example.com" }, { url: "cart", operator: "contains" }] },
        ],
      },
      changed: {
        name: "Welcome back",
        group: "Billing",
        message: "Welcome back! Anything we can help with?",
        active: true,
        rules: [{ type: "visits_number", operator: "greater_or_equal", value: 2 }],
      },
    },
  ],
};
