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
