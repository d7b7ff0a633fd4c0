// A small LiveChat account written with the resource classes: two teams, their agents, and what they use
// every day. Objects refer to each other through outputs (an agent's groups are the groups' ids), so Pulumi
// creates them in the right order and the same program works on any license.
import * as pulumi from "@pulumi/pulumi";
import { Agent, CannedResponse, Goal, Greeting, Group, Tag, Webhook } from "pulumi-livechat";

const config = new pulumi.Config();

const sales = new Group("sales", { name: "Sales", language: "en" });
const support = new Group("support", { name: "Support", language: "en" });

const jenny = new Agent("jenny", {
  login: "jenny.doe@example.com",
  name: "Jenny Doe",
  permission: "administrator",
  jobTitle: "Sales Lead",
  groups: [sales.groupId],
  // Without a password LiveChat e-mails an activation link; with one, keep it in the stack's secret config:
  // pulumi config set --secret jennyPassword
  password: config.requireSecret("jennyPassword"),
});
const john = new Agent("john", {
  login: "john.roe@example.com",
  name: "John Roe",
  groups: [sales.groupId, support.groupId],
  maxChatsCount: 4,
});
const ann = new Agent("ann", {
  login: "ann.lee@example.com",
  name: "Ann Lee",
  jobTitle: "Support Engineer",
  groups: [support.groupId],
  notifications: { visitorIsTyping: true },
});

new Tag("sales-lead", { name: "sales-lead", group: sales.groupId });
new Tag("refund", { name: "refund", group: support.groupId });

new CannedResponse("hello", {
  text: "Thanks for reaching out! How can I help you today?",
  tags: ["hello", "hi"],
});
new CannedResponse("billing", {
  text: "I have forwarded your request to our billing team; they will reply by e-mail within a day.",
  tags: ["billing", "refund"],
  group: support.groupId,
});

new Greeting("returning-visitor", {
  name: "Returning visitor",
  group: sales.groupId,
  message: "Welcome back! Can we help you find something?",
  rules: [
    { type: "visits_number", operator: "greater_or_equal", value: 2 },
    { type: "visit_time_page", operator: "greater_than", value: 20 },
  ],
});

const checkout = new Goal("checkout", {
  name: "Checkout completed",
  type: "url",
  url: "https://shop.example.com/checkout/thank-you",
  matchType: "exact",
});

const chatsEnded = new Webhook("chats-ended", {
  url: config.get("webhookUrl") ?? "https://hooks.example.com/livechat/chats",
  eventType: "chat_ended",
  dataTypes: ["chat", "visitor"],
});

/** Group ids differ from license to license: other programs and dashboards can read them here. */
export const groupIds = { sales: sales.groupId, support: support.groupId };
export const agents = [jenny.login, john.login, ann.login];
export const checkoutGoalId = checkout.goalId;
export const webhookId = chatsEnded.webhookId;
/** The token LiveChat sends with every webhook call, for the receiver to check; kept secret in state. */
export const webhookToken = chatsEnded.token;
