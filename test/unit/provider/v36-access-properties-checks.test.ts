import type { Props } from "../../../src/provider/declaration";
import { changedFields } from "../../../src/provider/lifecycle";
import { outputsOf } from "../../../src/provider/outputs";
import { validateInputs } from "../../../src/provider/validate";
import { registry } from "../../../src/resources/registry";

// v36.AutoAccess, v36.LicenseProperty and v36.GroupProperty: their checks at preview (no API call) and how
// their values compare with what the server reports. Their lifecycle against the emulator is in
// v36-access-properties.test.ts.

const AutoAccess = registry["v36/AutoAccess"];
const LicenseProperty = registry["v36/LicenseProperty"];
const GroupProperty = registry["v36/GroupProperty"];
const NS = "0805e283233042b37f460ed8fbf22160";

const geo = { geolocation: { values: [{ country: "Poland", countryCode: "PL" }] } };
const failuresOf = (declaration: typeof AutoAccess, args: Props) =>
  validateInputs(declaration, args).failures.map((f) => f.reason);
const rule = (args: Props = {}) => ({ description: "Rule", groups: [0], conditions: geo, ...args });

describe("checks at preview", () => {
  it.each([
    [{ conditions: {} }, "conditions must have at least one of url, domain, geolocation"],
    [{ conditions: { url: {} } }, "conditions .url must have values or excludeValues (exactly one"],
    [
      { conditions: { url: { values: [{ value: "a" }], excludeValues: [{ value: "b" }] } } },
      "conditions .url must have values or excludeValues (exactly one",
    ],
    [{ conditions: { url: { values: [] } } }, "conditions .url.values must be a non-empty list"],
    [{ conditions: { url: { values: [{ value: "javascript:alert(1)" }] } } }, "[0].value must be an http"],
    [
      { conditions: { url: { values: [{ exactMatch: true }] } } },
      "conditions .url.values[0].value is required",
    ],
    [{ conditions: { domain: { values: [{ value: "https://shop.example.com" }] } } }, "must be a domain"],
    [{ conditions: { domain: { values: [{ value: "a", exact: true }] } } }, "has unknown key exact"],
    [{ conditions: { url: { values: [{ value: "a" }, { value: "a", exactMatch: false }] } } }, "repeat"],
    [{ conditions: { geolocation: { values: [{}] } } }, "[0] must have at least one of country, countryCode"],
    [{ conditions: { geolocation: { values: [{ countryCode: "us" }] } } }, "two-letter ISO country code"],
    [
      { conditions: { place: "x" } },
      "conditions has unknown key place; the keys are url, domain, geolocation",
    ],
    [{ groups: [] }, "groups must have at least one item"],
    [{ groups: ["1"] }, "groups [0] must be a whole number"],
    [{ nextId: "" }, "nextId must be the id of another auto access; to leave the rule's position unmanaged"],
    [{ description: " Rule" }, "description must not start or end with spaces"],
  ])("AutoAccess %j: %s", (args, message) => {
    expect(failuresOf(AutoAccess, rule(args)).join("\n")).toContain(message);
  });

  it("requires a description, groups and conditions, and takes a full rule", () => {
    expect(failuresOf(AutoAccess, {})).toEqual(
      expect.arrayContaining([
        "AutoAccess: description is required",
        "AutoAccess: groups is required",
        "AutoAccess: conditions is required",
      ]),
    );
    const full = rule({
      conditions: {
        url: { excludeValues: [{ value: "https://shop.example.com/cart", exactMatch: true }] },
        domain: { values: [{ value: "example.com" }] },
        geolocation: { values: [{ city: "Kraków" }, { country: "Germany", region: "Bavaria" }] },
      },
      nextId: "1faad6f5f1d6e8fdf27e8af9839783b7",
    });
    expect(failuresOf(AutoAccess, full)).toEqual([]);
  });

  it.each([
    [{ value: 1.5 }, "value must be a whole number from -2147483648 to 2147483647 when it is a number"],
    [{ value: 2 ** 31 }, "value must be a whole number"],
    [{ value: { a: 1 } }, "value must be text, a whole number or true or false"],
    [{ value: "" }, "value must be a non-empty string"],
    [{ namespace: "my ns" }, "namespace must be a namespace (a Client ID) without spaces, colons"],
    [{ name: "a:b" }, "name must be a property name without spaces, colons"],
  ])("LicenseProperty %j: %s", (args, message) => {
    const base = { namespace: NS, name: "string_property", value: "x" };
    expect(failuresOf(LicenseProperty, { ...base, ...args }).join("\n")).toContain(message);
  });

  it("GroupProperty requires its group", () => {
    expect(failuresOf(GroupProperty, { namespace: NS, name: "p", value: true })).toEqual([
      "GroupProperty: group is required",
    ]);
  });
});

describe("comparisons", () => {
  it("conditions compare as the server keeps them: sets, exactMatch false by default, snake_case", () => {
    const desired = validateInputs(
      AutoAccess,
      rule({
        groups: [3, 0],
        conditions: {
          url: { values: [{ value: "b" }, { value: "a", exactMatch: true }] },
          geolocation: { values: [{ countryCode: "PL" }, { country: "Germany", city: "Berlin" }] },
        },
      }),
    ).inputs;
    const wire = {
      id: "x",
      description: "Rule",
      access: { groups: [0, 3] },
      conditions: {
        geolocation: { values: [{ city: "Berlin", country: "Germany" }, { country_code: "PL" }] },
        url: {
          values: [
            { exact_match: true, value: "a" },
            { value: "b", exact_match: false },
          ],
        },
      },
      next_id: "y",
    };
    expect(changedFields(AutoAccess, outputsOf(AutoAccess, wire, {}), desired).changed).toEqual([]);
    const moved = { ...desired, nextId: "z" };
    expect(changedFields(AutoAccess, outputsOf(AutoAccess, wire, {}), moved).changed).toEqual(["nextId"]);
  });

  it("a property's key fields replace it, its value changes in place", () => {
    const olds = { group: 1, namespace: NS, name: "p", value: 1 };
    expect(changedFields(GroupProperty, olds, { ...olds, value: 2 })).toEqual({
      changed: ["value"],
      replace: [],
    });
    expect(changedFields(GroupProperty, olds, { ...olds, group: 2 }).replace).toEqual(["group"]);
    expect(changedFields(GroupProperty, olds, { ...olds, value: "1" }).changed).toEqual(["value"]);
  });
});
