// Installs this package into its own node_modules, as a user's project has it: package.json, dist/ and
// scripts/ copied (not linked) to node_modules/pulumi-livechat. Programs in this repo (the root program,
// examples, test fixtures) then load the package from node_modules exactly like users do, which matters for
// the serialized provider: Pulumi writes a module loaded from node_modules as a short require() in the
// state, and the provider process requires the implementation by package name. Run after every build.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
if (path.basename(path.dirname(root)) === "node_modules") process.exit(0); // installed as a dependency
const target = path.join(root, "node_modules", "pulumi-livechat");
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
fs.copyFileSync(path.join(root, "package.json"), path.join(target, "package.json"));
for (const dir of ["dist", "scripts"]) {
  if (fs.existsSync(path.join(root, dir))) fs.cpSync(path.join(root, dir), path.join(target, dir), { recursive: true });
}
