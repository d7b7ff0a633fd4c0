import { resolveClientOptions } from "../../../src/client";
import { clientOptionsFrom } from "../../../src/provider/config";

const config = (values: Record<string, string>) => ({ get: (key: string) => values[key] });

describe("provider configuration", () => {
  it("reads stack config first, then the environment; empty values count as unset", () => {
    const env = {
      LIVECHAT_LOGIN: "env@example.com",
      LIVECHAT_PAT: "dal:env-pat",
      LIVECHAT_API_URL: "http://127.0.0.1:1",
    };
    expect(
      clientOptionsFrom(config({ "livechat:login": "stack@example.com", "livechat:pat": "" }), env),
    ).toMatchObject({
      login: "stack@example.com",
      pat: "dal:env-pat",
      apiUrl: "http://127.0.0.1:1",
    });
  });

  it("takes the throttle and retry overrides, and only those that are set", () => {
    const options = clientOptionsFrom(
      config({ "livechat:maxRequestsPerSecond": "20", "livechat:maxRetries": "2" }),
      { LIVECHAT_MAX_CONCURRENT_REQUESTS: "3" },
    );
    expect(options.throttle).toEqual({ maxRequestsPerSecond: 20, maxConcurrent: 3 });
    expect(options.retry).toEqual({ retries: 2 });
    expect(clientOptionsFrom(config({}), {})).toMatchObject({ throttle: {}, retry: undefined });
  });

  it("takes an OAuth token and a region", () => {
    expect(
      clientOptionsFrom(config({ "livechat:token": "fra:tok" }), { LIVECHAT_REGION: "fra" }),
    ).toMatchObject({
      token: "fra:tok",
      region: "fra",
    });
  });
});

describe("numbers in provider configuration", () => {
  const problem = (values: Record<string, string>, env: Record<string, string> = {}) => {
    try {
      resolveClientOptions({ ...clientOptionsFrom(config(values), env), token: "t0k3n" });
    } catch (e) {
      return (e as Error).message;
    }
    return undefined;
  };

  it.each([
    ["livechat:maxRetries", "abc", "LIVECHAT_MAX_RETRIES", "a whole number >= 0"],
    ["livechat:maxRetries", "2.5", "LIVECHAT_MAX_RETRIES", "a whole number >= 0"],
    ["livechat:maxRetries", " ", "LIVECHAT_MAX_RETRIES", "a whole number >= 0"],
    ["livechat:maxRequestsPerSecond", "-1", "LIVECHAT_MAX_REQUESTS_PER_SECOND", "a number > 0"],
    ["livechat:maxRequestsPerSecond", "fast", "LIVECHAT_MAX_REQUESTS_PER_SECOND", "a number > 0"],
    ["livechat:maxConcurrentRequests", "1.5", "LIVECHAT_MAX_CONCURRENT_REQUESTS", "a whole number >= 1"],
    ["livechat:maxConcurrentRequests", "0", "LIVECHAT_MAX_CONCURRENT_REQUESTS", "a whole number >= 1"],
  ])("refuses %s: %j, naming the key, its variable and what is allowed", (key, value, env, allowed) => {
    const message = problem({ [key]: value });
    expect(message).toContain(key);
    expect(message).toContain(env);
    expect(message).toContain(allowed);
  });

  it("says what was given when it is a number, and that it is not one otherwise", () => {
    expect(problem({ "livechat:maxRequestsPerSecond": "-1" })).toContain("got -1");
    expect(problem({ "livechat:maxRetries": "abc" })).toContain("it is not a number");
  });

  it("refuses a bad value from the environment too", () => {
    expect(problem({}, { LIVECHAT_MAX_CONCURRENT_REQUESTS: "1.5" })).toContain(
      "livechat:maxConcurrentRequests (LIVECHAT_MAX_CONCURRENT_REQUESTS; client option throttle.maxConcurrent) must be a whole number >= 1 (default 4); got 1.5",
    );
  });

  it("accepts good values", () => {
    expect(
      problem({
        "livechat:maxRetries": "0",
        "livechat:maxRequestsPerSecond": "2.5",
        "livechat:maxConcurrentRequests": "8",
      }),
    ).toBeUndefined();
    expect(problem({ "livechat:maxRequestsPerSecond": "Infinity" })).toBeUndefined();
  });
});

describe("the account id for Configuration API v3.6", () => {
  it("is read from stack config, then from LIVECHAT_ACCOUNT_ID", () => {
    const id = "d24fa41e-bc16-41b8-a15b-9ca45ff7e0cf";
    expect(clientOptionsFrom(config({ "livechat:accountId": id }), {}).accountId).toBe(id);
    expect(
      clientOptionsFrom(config({ "livechat:accountId": "" }), { LIVECHAT_ACCOUNT_ID: id }).accountId,
    ).toBe(id);
    expect(clientOptionsFrom(config({}), {}).accountId).toBeUndefined();
  });

  it("is validated by the client, naming the key and its variable", () => {
    const options = clientOptionsFrom(config({ "livechat:login": "a@b.c", "livechat:pat": "p" }), {
      LIVECHAT_ACCOUNT_ID: "12345",
    });
    expect(() => resolveClientOptions(options)).toThrow(/livechat:accountId \(LIVECHAT_ACCOUNT_ID\) must be/);
  });
});
