import { LiveChatClient, LiveChatConfigError, isLoopbackHost, parseApiUrl } from "../../../src/client";

const creds = { token: "t0k3n-secret" };

describe("API URL rules", () => {
  it.each([
    "https://api.livechatinc.com",
    "https://api.livechatinc.com/",
    "https://example.com:8443/prefix/",
    "http://127.0.0.1:8080",
    "http://127.5.6.7",
    "http://localhost:3000",
    "http://[::1]:3000",
  ])("accepts %s", (url) => {
    expect(() => parseApiUrl(url)).not.toThrow();
    expect(() => new LiveChatClient({ ...creds, apiUrl: url })).not.toThrow();
  });

  it.each([
    "http://localhost.evil.com",
    "http://127.0.0.1.evil.com",
    "http://example.com",
    "http://10.0.0.1",
    "ftp://localhost",
    "not a url",
    "https://user:pw@api.livechatinc.com",
    "https://api.livechatinc.com/?x=1",
  ])("refuses %s naming the config key", (url) => {
    let caught: unknown;
    try {
      new LiveChatClient({ ...creds, apiUrl: url });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LiveChatConfigError);
    const message = (caught as Error).message;
    expect(message).toContain("livechat:apiUrl");
    expect(message).toContain("LIVECHAT_API_URL");
    expect(message).not.toContain("pw");
  });

  it("defaults to https://api.livechatinc.com and drops a trailing slash", () => {
    expect(parseApiUrl().href).toBe("https://api.livechatinc.com/");
    expect(parseApiUrl("https://x.example/v2/").pathname).toBe("/v2");
  });

  it("decides loopback on the parsed hostname", () => {
    expect(isLoopbackHost(new URL("http://127.1").hostname)).toBe(true);
    expect(isLoopbackHost(new URL("http://LOCALHOST").hostname)).toBe(true);
    expect(isLoopbackHost("127.0.0.1.evil.com")).toBe(false);
    expect(isLoopbackHost("localhost.evil.com")).toBe(false);
    expect(isLoopbackHost("[::2]")).toBe(false);
  });
});
