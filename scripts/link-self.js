// Makes `require("pulumi-livechat")` resolve inside this repository too. The serialized provider
// requires its implementation by package name (a relative path would break once it is stored in
// state), so examples and tests that live in this repo need the package visible in node_modules.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const link = path.join(root, "node_modules", "pulumi-livechat");
if (path.basename(path.dirname(root)) === "node_modules") process.exit(0); // installed as a dependency
fs.mkdirSync(path.dirname(link), { recursive: true });
try {
  if (fs.readlinkSync(link) === "..") process.exit(0);
} catch {
  // absent or not a link: create it below
}
fs.rmSync(link, { recursive: true, force: true });
fs.symlinkSync("..", link, "dir");
