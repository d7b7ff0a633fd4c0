import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The published package: what users install, and nothing else. Read from `npm pack`'s own file list, so the
// test sees exactly what npm would publish.

const root = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const npm = (...args: string[]) =>
  execFileSync("npm", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

let files: string[];
beforeAll(() => {
  if (!fs.existsSync(path.join(root, "dist/index.js"))) throw new Error("run npm run build first");
  files = JSON.parse(npm("pack", "--dry-run", "--json", "--ignore-scripts"))[0].files.map(
    (f: { path: string }) => f.path,
  );
}, 60_000);

/** The tested versions, from scripts/versions.sh. */
function versions(): Record<string, string> {
  const text = fs.readFileSync(path.join(root, "scripts/versions.sh"), "utf8");
  return Object.fromEntries([...text.matchAll(/^(\w+)="\$\{\w+:-([\d.]+)\}"/gm)].map((m) => [m[1], m[2]]));
}

describe("the published package", () => {
  it("holds the build, the program entry, the docs, examples, README and LICENSE", () => {
    for (const file of [
      "dist/index.js",
      "dist/index.d.ts",
      "program.js",
      "README.md",
      "LICENSE",
      "package.json",
    ])
      expect(files).toContain(file);
    expect(files).toContain("dist/provider/stubs/Agent.js"); // the serialized provider's require path
    expect(fs.readFileSync(path.join(root, "LICENSE"), "utf8")).toContain("Apache License");
  });

  it("holds nothing dev-only: no source maps, no demo, no scripts, no sources, no tests", () => {
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => /^(dist\/demo|scripts|src|test|bench)\//.test(f))).toEqual([]);
  });

  it("runs nothing at install time", () => {
    const installTime = ["preinstall", "install", "postinstall", "prepare", "prepack", "postpack"];
    expect(Object.keys(pkg.scripts).filter((s) => installTime.includes(s))).toEqual([]);
  });

  it("takes @pulumi/pulumi as a peer from the compatibility run's SDK to the next major, never capped at a minor", () => {
    expect(pkg.dependencies["@pulumi/pulumi"]).toBeUndefined();
    const newest = pkg.devDependencies["@pulumi/pulumi"];
    expect(newest).toMatch(/^3\.\d+\.\d+$/); // pinned for the repo's own tests
    // A cap at the newest tested version would make npm refuse the install the week Pulumi releases another.
    expect(pkg.peerDependencies["@pulumi/pulumi"]).toBe(`>=${versions().SDK_COMPAT_VERSION} <4`);
    expect(pkg.engines.node).toBe(`>=${versions().NODE_COMPAT_VERSION.split(".")[0]}`);
  });

  it("links from its README only to shipped files and to anchors", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    const local = links.filter((l) => !/^(https?:|#|mailto:)/.test(l));
    expect(local.length).toBeGreaterThan(0);
    for (const link of local) {
      const file = link.replace(/#.*$/, "");
      expect({
        link,
        shipped: files.some((f) => f === file || f.startsWith(`${file.replace(/\/$/, "")}/`)),
      }).toEqual({ link, shipped: true });
    }
  });

  it("is packed without changing anything in the checkout", () => {
    const installed = path.join(root, "node_modules/pulumi-livechat/package.json");
    const before = { status: gitStatus(), installed: fs.statSync(installed).mtimeMs };
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-pack-"));
    npm("pack", "--pack-destination", out);
    expect(fs.readdirSync(out)).toEqual([`pulumi-livechat-${pkg.version}.tgz`]);
    expect({ status: gitStatus(), installed: fs.statSync(installed).mtimeMs }).toEqual(before);
    fs.rmSync(out, { recursive: true, force: true });
  }, 60_000);
});

const gitStatus = () =>
  execFileSync("git", ["status", "--porcelain", "--ignored"], { cwd: root, encoding: "utf8" });
