import {
  greetingMessageProblems,
  maxChatsProblems,
  roleProblems,
  webhookUrlProblems,
} from "../../../src/policy/resource-rules";
import { AGENTS, GREETINGS, ROLES, UNKNOWN } from "../../../src/policy/targets";

// Each rule of one resource, on v2 and v3.6 inputs as the engine gives them to a policy (checked: defaults
// filled in), passing and violating; unknown values never violate.

const [agent, agentV36] = AGENTS;
const [greeting, greetingV36] = GREETINGS;

describe("webhook-url", () => {
  const only = (...allowedDomains: string[]) => ({ allowedDomains });

  it("passes https addresses on an allowed domain or its subdomains, in any case (v2 and v3.6 share `url`)", () => {
    for (const url of [
      "https://example.com/hook",
      "https://hooks.Example.COM/a?b=c",
      "https://a.b.example.com./x",
    ])
      expect(webhookUrlProblems({ url }, only("example.com"))).toEqual([]);
    expect(
      webhookUrlProblems({ url: "https://x.example.org/h", action: "incoming_chat" }, only("*.Example.org.")),
    ).toEqual([]);
    expect(webhookUrlProblems({ url: "https://anywhere.net/h" }, only())).toEqual([]);
    expect(webhookUrlProblems({ url: "https://shop.bücher.de/h" }, only("Bücher.de"))).toEqual([]);
  });

  it("refuses http, naming the field and the fix but not the address (its path and query may hold a token)", () => {
    const problems = webhookUrlProblems({ url: "http://example.com/hook?token=s3cret" }, only("example.com"));
    expect(problems).toEqual(["url uses http, not https: change url to an https:// address"]);
  });

  it("refuses hosts off the allowed domains, lookalikes included, naming only the host", () => {
    for (const url of ["https://evil.com/x", "https://example.com.evil.com/x", "https://notexample.com/x"]) {
      const [problem, ...more] = webhookUrlProblems(
        { url: `${url}?key=s3cret` },
        only("example.com", "corp.io"),
      );
      expect(more).toEqual([]);
      expect(problem).toContain(
        `url's host ${new URL(url).hostname} is on none of the allowed domains (example.com, corp.io)`,
      );
      expect(problem).toContain("add the domain to allowedDomains");
      expect(problem).not.toContain("s3cret");
    }
  });

  it("reports both problems of an http address off the domains, and an address that is not one", () => {
    expect(webhookUrlProblems({ url: "http://evil.com/" }, only("example.com"))).toHaveLength(2);
    expect(webhookUrlProblems({ url: "hooks/x" }, only())).toEqual([
      "url is not an absolute address: set url to https://<host>/<path>",
    ]);
  });

  it("waits for an unknown url", () => {
    expect(webhookUrlProblems({ url: UNKNOWN }, only("example.com"))).toEqual([]);
  });
});

describe("max-chats-per-agent", () => {
  it("passes agents at or under the limit, an unset count being the declaration's default (6)", () => {
    expect(maxChatsProblems(agent, { login: "a@x.com", maxChatsCount: 4 }, { maxChats: 4 })).toEqual([]);
    expect(maxChatsProblems(agentV36, { agentId: "a@x.com" }, { maxChats: 6 })).toEqual([]);
    expect(maxChatsProblems(agentV36, { maxChatsCount: UNKNOWN }, { maxChats: 1 })).toEqual([]);
  });

  it("refuses more, v2 and v3.6 alike, with the field, the limit and the fix", () => {
    const message =
      "maxChatsCount is 8, over the policy's 5 chats per agent: set maxChatsCount to 5 or less, or raise maxChats in the policy config";
    expect(maxChatsProblems(agent, { maxChatsCount: 8 }, { maxChats: 5 })).toEqual([message]);
    expect(maxChatsProblems(agentV36, { maxChatsCount: 8 }, { maxChats: 5 })).toEqual([message]);
    expect(maxChatsProblems(agentV36, {}, { maxChats: 5 })).toEqual([
      expect.stringContaining("maxChatsCount is 6"),
    ]);
  });
});

describe("agent-roles", () => {
  const config = {
    defaultRoles: ["normal"],
    roles: {
      owner: ["Boss@x.com"],
      viceowner: ["deputy@x.com"],
      administrator: ["ann@x.com", "deputy@x.com"],
    },
  };

  it("passes default roles for everyone and reserved roles for their logins (case-insensitive)", () => {
    expect(roleProblems(agent, { login: "joe@x.com", permission: "normal" }, config)).toEqual([]);
    expect(roleProblems(agent, { login: "joe@x.com" }, config)).toEqual([]); // unset: the default, normal
    expect(roleProblems(agent, { login: "ann@X.com", permission: "administrator" }, config)).toEqual([]);
    expect(roleProblems(agentV36, { agentId: "boss@x.com", role: "owner" }, config)).toEqual([]);
    expect(roleProblems(agentV36, { agentId: "deputy@x.com", role: "viceowner" }, config)).toEqual([]);
  });

  it("refuses a role the login may not hold, naming the generation's field, the roles it may hold and the fix", () => {
    expect(
      roleProblems(agent, { login: "joe@x.com", permission: "administrator", password: "pw-s3cret" }, config),
    ).toEqual([
      "permission is administrator, which the policy config does not allow joe@x.com to hold: set permission to " +
        "normal, or add the login to roles.administrator in the policy config",
    ]);
    const [problem] = roleProblems(agentV36, { agentId: "ann@x.com", role: "viceowner" }, config);
    expect(problem).toBe(
      "role is viceowner, which the policy config does not allow ann@x.com to hold: set role to one of normal, " +
        "administrator, or add the login to roles.viceowner in the policy config",
    );
  });

  it("allows every role by default, and nothing is checked while the role or login is unknown", () => {
    const open = { defaultRoles: ROLES, roles: {} };
    expect([...ROLES].sort()).toEqual(["administrator", "normal", "owner", "viceowner"]);
    expect(roleProblems(agentV36, { agentId: "x@x.com", role: "viceowner" }, open)).toEqual([]);
    expect(roleProblems(agentV36, { agentId: UNKNOWN, role: "owner" }, config)).toEqual([]);
    expect(roleProblems(agent, { login: "joe@x.com", permission: UNKNOWN }, config)).toEqual([]);
  });
});

describe("greeting-message", () => {
  it("v2: passes a message of the greeting's own", () => {
    expect(greetingMessageProblems(greeting, { name: "Hi", message: "Need a hand?" })).toEqual([]);
    expect(greetingMessageProblems(greeting, { name: "Hi", message: UNKNOWN })).toEqual([]);
  });

  it("v2: refuses an empty message and the stock text check fills in for an unset one", () => {
    expect(greetingMessageProblems(greeting, { message: "  " })).toEqual([
      "message is empty: set message to the text visitors should see",
    ]);
    const stock = greeting.declaration.fields.message.default;
    expect(stock).toEqual(expect.any(String));
    expect(greetingMessageProblems(greeting, { message: stock })).toEqual([
      expect.stringMatching(/^message is LiveChat's stock text .*: set message to the greeting's own/),
    ]);
  });

  it("v3.6: passes properties.messageText or a rich message's title or subtitle", () => {
    expect(greetingMessageProblems(greetingV36, { properties: { messageText: "Hello!" } })).toEqual([]);
    const rich = { templateId: "cards", elements: [{ title: " " }, { subtitle: "How can we help?" }] };
    expect(greetingMessageProblems(greetingV36, { properties: { addon: "x" }, richMessage: rich })).toEqual(
      [],
    );
    expect(greetingMessageProblems(greetingV36, { properties: { messageText: UNKNOWN } })).toEqual([]);
    expect(greetingMessageProblems(greetingV36, { richMessage: { elements: [UNKNOWN] } })).toEqual([]);
  });

  it("v3.6: refuses a greeting with no text, naming where the text goes", () => {
    const message =
      "has no message: set properties.messageText (or a title or subtitle of a richMessage element) to the text visitors should see";
    expect(greetingMessageProblems(greetingV36, { name: "Hi" })).toEqual([message]);
    expect(
      greetingMessageProblems(greetingV36, {
        properties: { messageText: "", isExitIntent: true },
        richMessage: { elements: [{ title: "", buttons: [] }] },
      }),
    ).toEqual([message]);
  });
});
