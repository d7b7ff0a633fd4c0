import { failureMessage, ToolError } from "../../../src/tools/errors";

describe("failure messages", () => {
  it("are the engine's error diagnostics, the first ten, without the closing 'preview failed'", () => {
    const diagnostics = Array.from({ length: 12 }, (_, i) => `r${i}: GET /x failed: 401`);
    const message = failureMessage(new Error("code: 255\n stdout: ...lots..."), [
      ...diagnostics,
      "preview failed",
    ]);
    expect(message.split("\n")).toEqual([...diagnostics.slice(0, 10), "(and 2 more errors)"]);
  });

  it("fall back to the CLI's error lines, without colours, then to the error's message", () => {
    const commandError = Object.assign(new Error("code: 255 ..."), {
      commandResult: { stderr: "\u001b[31merror:\u001b[0m no stack named 'x' found\nmore noise\n" },
    });
    expect(failureMessage(commandError)).toBe("error: no stack named 'x' found");
    expect(failureMessage(new ToolError("plain"))).toBe("plain");
    expect(failureMessage("text")).toBe("text");
  });
});
