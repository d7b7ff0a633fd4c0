import { inspect } from "node:util";
import { LiveChatClient, LiveChatConfigError, resolveClientOptions } from "../../../src/client";

function configError(options: ConstructorParameters<typeof LiveChatClient>[0]): LiveChatConfigError {
  try {
    new LiveChatClient(options);
  } catch (e) {
    if (e instanceof LiveChatConfigError) return e;
    throw e;
  }
  throw new Error("expected a LiveChatConfigError");
}

describe("client options", () => {
  it("names every config key and environment variable when credentials are missing", () => {
    const { message, name } = configError({});
    expect(name).toBe("LiveChatConfigError");
    for (const word of ["livechat:login", "livechat:pat", "livechat:token"]) expect(message).toContain(word);
    for (const word of ["LIVECHAT_LOGIN", "LIVECHAT_PAT", "LIVECHAT_TOKEN"]) expect(message).toContain(word);
  });

  it("says which half of login/pat is missing, without quoting the other", () => {
    const onlyPat = configError({ pat: "pat-very-secret" });
    expect(onlyPat.message).toContain("livechat:login (LIVECHAT_LOGIN) is not");
    expect(onlyPat.message).not.toContain("pat-very-secret");
    expect(configError({ login: "jane@example.com" }).message).toContain(
      "livechat:pat (LIVECHAT_PAT) is not",
    );
  });

  it("treats blank credentials as missing and trims a trailing newline", () => {
    expect(configError({ token: "  " }).key).toBe("livechat:token");
    const resolved = resolveClientOptions({ token: "abc\n" });
    expect(resolved.credentials).toEqual({ kind: "token", token: "abc" });
  });

  it("refuses credentials with inner whitespace without quoting them", () => {
    const e = configError({ login: "jane@example.com", pat: "pat very-secret" });
    expect(e.key).toBe("livechat:pat");
    expect(e.message).not.toContain("very-secret");
  });

  it("applies defaults", () => {
    const resolved = resolveClientOptions({ login: "jane@example.com", pat: "p" });
    expect(resolved).toMatchObject({
      timeoutMs: 30000,
      retry: { retries: 5, baseMs: 500, maxMs: 20000, doNotRetry: [400, 401, 403, 404, 409, 410, 421, 422] },
      throttle: { maxRequestsPerSecond: 10, maxConcurrent: 4 },
    });
    expect(resolved.baseUrl.origin).toBe("https://api.livechatinc.com");
  });

  it.each([
    [{ region: "ord" as "dal" }, "livechat:region"],
    [{ retry: { retries: -1 } }, "retry.retries"],
    [{ throttle: { maxConcurrent: 0 } }, "throttle.maxConcurrent"],
    [{ throttle: { maxRequestsPerSecond: 0 } }, "throttle.maxRequestsPerSecond"],
    [{ timeoutMs: 0 }, "timeoutMs"],
  ])("refuses bad values: %j", (bad, key) => {
    const e = configError({ token: "t0k3n", ...bad });
    expect(e.key).toBe(key);
    expect(e.message).toContain(key);
  });

  it("keeps the credential out of util.inspect and JSON of the client", () => {
    const client = new LiveChatClient({ token: "tok-never-print-me" });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain("never-print-me");
    expect(JSON.stringify(client)).not.toContain("never-print-me");
  });
});
