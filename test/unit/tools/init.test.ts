import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseSpec } from "../../../src/account";
import { nextSteps, projectFiles, writeProject } from "../../../src/tools/init";

// `livechat-pulumi init` writes a project that runs as it is; the end-to-end run (npm install, pulumi up) is
// test/e2e/user-project.test.ts.

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../package.json"), "utf8"));

describe("livechat-pulumi init", () => {
  it("writes an account-spec project: the starter spec loads, the SDK is the newest tested", () => {
    const files = projectFiles({ dir: "/x/my-account" });
    expect(Object.keys(files).sort()).toEqual([
      ".gitignore",
      "Pulumi.yaml",
      "account.yaml",
      "index.js",
      "package.json",
    ]);
    expect(files["Pulumi.yaml"]).toMatch(/^name: my-account\n.*runtime: nodejs\nmain: index.js\n$/s);
    expect(files["index.js"]).toContain('require("pulumi-livechat/program")');
    expect(JSON.parse(files["package.json"]).dependencies).toEqual({
      // The newest SDK tested, or any later 3.x: npm takes the newest at install time.
      "@pulumi/pulumi": `^${pkg.devDependencies["@pulumi/pulumi"]}`,
      "pulumi-livechat": `^${pkg.version}`,
    });
    expect(parseSpec(files["account.yaml"]).groups).toEqual([{ name: "Support", language: "en" }]);
  });

  it("writes a TypeScript project, with the exported spec when there is one", () => {
    const ts = projectFiles({ dir: "acct", typescript: true, packageVersion: "file:../x.tgz" });
    expect(Object.keys(ts).sort()).toEqual([
      ".gitignore",
      "Pulumi.yaml",
      "index.ts",
      "package.json",
      "tsconfig.json",
    ]);
    expect(JSON.parse(ts["package.json"])).toMatchObject({
      main: "index.ts",
      dependencies: { "pulumi-livechat": "file:../x.tgz" },
      devDependencies: { typescript: expect.any(String) },
    });
    const fromAccount = projectFiles({
      dir: "acct",
      typescript: true,
      spec: "adopt: true\ngroups: [{ name: A }]\n",
    });
    expect(fromAccount["index.ts"]).toContain("declareAccount(loadSpec(");
    expect(fromAccount["account.yaml"]).toBe("adopt: true\ngroups: [{ name: A }]\n");
  });

  it("refuses a project name Pulumi would refuse, and files that exist unless forced", () => {
    expect(() => projectFiles({ dir: "my account" })).toThrow(
      /project name "my account" may hold only.*--name/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-init-"));
    expect(writeProject({ dir, name: "acct" })).toContain("account.yaml");
    fs.writeFileSync(path.join(dir, "account.yaml"), "mine");
    expect(() => writeProject({ dir, name: "acct" })).toThrow(/already has Pulumi.yaml.*--force/);
    expect(fs.readFileSync(path.join(dir, "account.yaml"), "utf8")).toBe("mine");
    writeProject({ dir, name: "acct", force: true });
    expect(fs.readFileSync(path.join(dir, "account.yaml"), "utf8")).not.toBe("mine");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("tells what to do next, with the folder quoted for the shell", () => {
    expect(nextSteps("my-account", true)).toMatch(/cd my-account && npm install[\s\S]*adopts/);
    expect(nextSteps("it's mine", false)).toContain(`cd 'it'\\''s mine' && npm install`);
  });
});
