import { check } from "../../../src/provider/lifecycle";
import { registry } from "../../../src/resources/registry";

// v36.Greeting at preview: every bad input names its field and the path to what is wrong, with no API call.
beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
  process.env.LIVECHAT_ACCOUNT_ID = "6b0e3d2a-0000-4000-8000-000000000000";
});

const greeting = registry["v36/Greeting"];
const rule = { type: "visit_time_site", operator: "greater_than", value: 10 };
const failuresOf = (inputs: Record<string, unknown>) =>
  (check(greeting, { name: "Welcome", rules: [rule], ...inputs }).failures ?? []).map(
    (f) => `${f.property}|${f.reason.replace(/^Greeting: /, "")}`,
  );
const bad = (r: Record<string, unknown>) => failuresOf({ rules: [r] });

describe("v36.Greeting validation at preview", () => {
  it.each([
    [{ rules: [] }, "rules|rules must be a list of at least one rule"],
    [{ type: "popup" }, "type|type must be one of normal, announcement"],
    [{ activeFrom: "2024-01-01" }, "activeFrom|activeFrom must be an RFC 3339 date and time"],
    [{ activeFrom: "2024-02-30T00:00:00Z" }, "activeFrom|activeFrom must be an RFC 3339 date and time"],
    [
      { activeFrom: "2024-06-01T00:00:00Z", activeUntil: "2024-05-31T23:59:59+02:00" },
      "activeUntil|activeUntil must be later than activeFrom",
    ],
    [{ properties: { text: "Hi" } }, "properties|properties has unknown key text; the keys are messageText"],
    [{ properties: { isExitIntent: "yes" } }, "properties|properties .isExitIntent must be true or false"],
    [{ richMessage: { elements: [] } }, "richMessage|richMessage needs templateId"],
    [{ richMessage: { templateId: "carousel" } }, "richMessage|richMessage .templateId must be one of cards"],
    [
      { richMessage: { templateId: "cards", elements: [{ title: "Hi", subtitle: "there", buttons: [{}] }] } },
      "richMessage|richMessage .elements[0].buttons[0] needs text",
    ],
    [
      {
        richMessage: {
          templateId: "cards",
          elements: [{ title: "Hi", subtitle: "x", image: { url: "javascript:alert(1)" } }],
        },
      },
      "richMessage|richMessage .elements[0].image.url must be an http or https URL",
    ],
  ])("%j fails with %s", (inputs, failure) => {
    const [found] = failuresOf(inputs);
    expect(found.startsWith(failure)).toBe(true);
  });

  it.each([
    [
      { type: "visit_time_site", value: 901 },
      "value must be a whole number from 0 to 900, like 30 (visit_time_site",
    ],
    [
      { type: "visits_number", value: "many" },
      "value must be a whole number from 0 up, like 30 (visits_number",
    ],
    [{ type: "url_current" }, "of type url_current needs a value"],
    [{ type: "url_current", value: "javascript:alert(1)" }, "value must be an http or https address"],
    [
      { type: "url_funnel", operator: "equals", urls: [{ url: "a" }] },
      "of type url_funnel takes no operator",
    ],
    [{ type: "url_funnel", urls: [] }, "needs urls: a list of 1 to 10"],
    [{ type: "url_funnel", value: "x", urls: [{ url: "a" }] }, "of type url_funnel takes no value"],
    [{ type: "url_match_page_view_number", value: 3 }, "needs urls"],
    [{ type: "custom_variable" }, "of type custom_variable needs sessionField"],
    [
      { type: "custom_variable", sessionField: { a: "1", b: "2" } },
      "of type custom_variable needs sessionField: an object with exactly one",
    ],
    [
      { type: "ads_traffic", sessionField: { bing: "x" } },
      "sessionField of an ads_traffic rule must be named",
    ],
    [
      { type: "geolocation", value: "PL", sessionField: { a: "b" } },
      "of type geolocation takes no sessionField",
    ],
    [{ type: "geolocation", value: "PL", condition: "xor" }, "condition must be one of and, or"],
    [{ type: "search_keyword", value: "shoes", variableName: "x" }, "has unknown key variableName"],
  ])("rule %j fails with %s", (r, failure) => {
    expect(bad(r)).toEqual([expect.stringContaining(`rules|rules [0] ${failure}`)]);
  });

  it("takes every documented rule type", () => {
    const rules = [
      { type: "url_funnel", urls: [{ url: "shop.com/a" }, { url: "cart", operator: "contains" }] },
      { type: "url_match_page_view_number", value: "3", operator: "greater_than", urls: [{ url: "/p" }] },
      { condition: "or", type: "custom_variable", sessionField: { cart: "full" } },
      { type: "ads_traffic", sessionField: { google: "spring" } },
      { type: "geolocation", value: "Poland", operator: "contains" },
    ];
    expect(
      failuresOf({ rules, activeFrom: "2024-01-01T00:00:00Z", activeUntil: "2024-12-31T23:59:59Z" }),
    ).toEqual([]);
  });
});
