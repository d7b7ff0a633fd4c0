// Installs this package into its own node_modules, as a user's project has it: exactly the files `npm pack`
// would publish, copied (not linked) to node_modules/pulumi-livechat, and its commands linked in
// node_modules/.bin. Programs in this repo (the root program, examples, test fixtures) then load the package
// from node_modules exactly like users do, which they must: each resource's __provider requires its type's stub
// by package name in the provider process (src/provider/stub.ts), and the tests run the files npm would publish.
// Run after every build (npm run build does); it writes nothing else.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const modules = path.join(root, "node_modules");
const target = path.join(modules, "pulumi-livechat");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

// Copy beside the target, then swap, so a program running meanwhile never sees a half-copied package.
const fresh = fs.mkdtempSync(path.join(modules, ".pulumi-livechat-"));
const packed = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "ignore"],
});
for (const { path: file } of JSON.parse(packed)[0].files) {
  fs.mkdirSync(path.dirname(path.join(fresh, file)), { recursive: true });
  fs.copyFileSync(path.join(root, file), path.join(fresh, file));
}
const old = `${fresh}.old`;
if (fs.existsSync(target)) fs.renameSync(target, old);
fs.renameSync(fresh, target);
fs.rmSync(old, { recursive: true, force: true });

for (const [name, file] of Object.entries(pkg.bin)) {
  const script = path.join(target, file);
  if (!fs.existsSync(script)) continue;
  fs.chmodSync(script, 0o755);
  const link = path.join(modules, ".bin", name);
  fs.rmSync(link, { force: true });
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), script), link);
}
