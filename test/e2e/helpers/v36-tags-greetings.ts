// What test/e2e/v36-tags-greetings.test.ts declares: a group, two tags and two greetings with every part,
// and the same with what the test changes (in place, or by replacement).
import type { Declared } from "./livechat";

const support = { $ref: "support.groupId" };
const welcome = {
  name: "Welcome",
  group: support,
  activeFrom: "2030-01-01T00:00:00Z",
  activeUntil: "2030-12-31T23:59:59+01:00",
  rules: [
    { type: "url_current", operator: "contains", value: "checkout" },
    { condition: "or", type: "visit_time_site", operator: "greater_than", value: 30 },
    { type: "custom_variable", sessionField: { cart: "full" } },
    { type: "url_funnel", urls: [{ url: "shop.example.com" }, { url: "cart", operator: "contains" }] },
  ],
  properties: { messageText: "Hello! How can we help?", addon: "chat_widget", isExitIntent: false },
  richMessage: {
    templateId: "cards",
    elements: [
      {
        title: "Welcome!",
        subtitle: "How can we help you today?",
        image: { url: "https://example.com/hi.png", alternativeText: "Hi" },
        buttons: [{ text: "Support", type: "message", value: "I need support", postbackId: "support" }],
      },
    ],
  },
};

export const initial: Declared[] = [
  { type: "v36.Group", name: "support", args: { name: "Support" } },
  { type: "v36.Tag", name: "vip", args: { name: "VIP", groupIds: [support, 0] } },
  { type: "v36.Tag", name: "spam", args: { name: "spam", groupIds: [0] } },
  { type: "v36.Greeting", name: "welcome", args: welcome },
  {
    type: "v36.Greeting",
    name: "promo",
    args: {
      name: "Promo",
      type: "announcement",
      rules: [{ type: "visits_number", operator: "greater_or_equal", value: "2" }],
    },
  },
];
export const ALL = initial.length + 1; // and the stack

export const updated: Declared[] = structuredClone(initial);
const edit = (name: string, args: Record<string, unknown>) =>
  Object.assign(updated.find((d) => d.name === name)!.args, args);
edit("vip", { groupIds: [support] }); // regrouped in place
edit("spam", { name: "junk" }); // renamed: replaced
edit("welcome", {
  name: "Welcome back",
  type: "announcement",
  active: false,
  activeUntil: "2031-06-30T00:00:00Z",
  rules: [{ type: "ads_traffic", sessionField: { google: "spring" } }, welcome.rules[0]],
  properties: { messageText: "Welcome back!", isExitIntent: true },
  richMessage: {
    ...welcome.richMessage,
    templateId: "quick_replies",
    elements: [{ ...welcome.richMessage.elements[0], title: "Again!" }],
  },
});
edit("promo", { group: support, type: "normal" }); // another group: replaced

export { v36ChangesOf as changesOf } from "./events";
