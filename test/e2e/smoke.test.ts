import * as fs from "fs";
import * as path from "path";
import { createTestStack, TestStack } from "./helpers/stack";

// Proves the toolchain: the pinned CLI, the Node.js language host and the dynamic provider host.
describe("smoke: a dynamic resource through the real Pulumi CLI", () => {
  let t: TestStack;
  let target: string;

  beforeAll(async () => {
    target = path.join(fs.mkdtempSync("/tmp/livechat-smoke-"), "greeting.txt");
    t = await createTestStack(path.join(__dirname, "fixtures/smoke"), { "smoke:path": target });
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it("runs up, a no-change preview, then destroy", async () => {
    const up = await t.stack.up({ onOutput: t.onOutput });
    expect(up.summary.result).toBe("succeeded");
    expect(up.summary.resourceChanges?.create).toBe(2); // the stack and the file
    expect(fs.readFileSync(target, "utf8")).toBe("hello");

    const preview = await t.stack.preview({ expectNoChanges: true, onOutput: t.onOutput });
    expect(preview.changeSummary).toEqual({ same: 2 });

    const destroy = await t.stack.destroy({ onOutput: t.onOutput });
    expect(destroy.summary.result).toBe("succeeded");
    expect(fs.existsSync(target)).toBe(false);
  }, 300_000);
});
