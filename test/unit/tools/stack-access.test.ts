import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exportedDeployment, PulumiCommandError, stackConfig } from "../../../src/tools/pulumi-cli";
import { namedStackAccess } from "../../../src/tools/stack";

// A stack read by name, as a drift check reads it: each `pulumi` command waits its turn (the fleet bounds how
// many run at once), the config is read once whoever asks, and a missing stack is named in the error.
jest.mock("../../../src/tools/pulumi-cli", () => ({
  ...jest.requireActual("../../../src/tools/pulumi-cli"),
  exportedDeployment: jest.fn(),
  stackConfig: jest.fn(),
}));
const exported = exportedDeployment as jest.MockedFunction<typeof exportedDeployment>;
const config = stackConfig as jest.MockedFunction<typeof stackConfig>;

describe("a stack read by name", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-access-"));
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: p\nruntime: nodejs\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => jest.resetAllMocks());

  it("runs each pulumi command through the turn, and reads the config once", async () => {
    exported.mockResolvedValue({ resources: [] } as never);
    config.mockResolvedValue({ "livechat:apiUrl": { value: "http://127.0.0.1:9", secret: false } });
    const turns: string[] = [];
    const access = namedStackAccess(dir, "eu", (command) => {
      turns.push(`turn ${turns.length + 1}`);
      return command();
    });
    const [options, deployment, again] = await Promise.all([
      access.clientOptions(),
      access.deployment(),
      access.config(),
    ]);
    expect(options.apiUrl).toBe("http://127.0.0.1:9");
    expect(deployment).toEqual({ resources: [] });
    expect(again).toHaveProperty(["livechat:apiUrl"]);
    expect(config).toHaveBeenCalledTimes(1);
    expect(config).toHaveBeenCalledWith(dir, "eu");
    expect(exported).toHaveBeenCalledWith(dir, "eu");
    expect(turns).toEqual(["turn 1", "turn 2"]);
  });

  it("a stack the project does not have: the error names it and the project", async () => {
    const missing = new PulumiCommandError("pulumi stack export failed", {
      stderr: "error: no stack named 'nope' found\n",
      code: 6,
    });
    exported.mockRejectedValue(missing);
    config.mockRejectedValue(missing);
    const access = namedStackAccess(dir, "nope");
    await expect(access.deployment()).rejects.toThrow(`stack nope does not exist in the project at ${dir}`);
    await expect(access.clientOptions()).rejects.toThrow("stack nope does not exist");
  });

  it("a folder that is not a project: the error says to pass the project folder", () => {
    expect(() => namedStackAccess(os.tmpdir(), "eu")).toThrow("is not a Pulumi project (no Pulumi.yaml)");
  });
});
