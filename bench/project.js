// A throwaway Pulumi project for the benches: a program folder with this repo's node_modules (one copy of
// @pulumi/pulumi and of this package for the program and the provider), a file backend and its own home.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { LocalWorkspace } = require("@pulumi/pulumi/automation");

const repoRoot = path.resolve(__dirname, "..");

/**
 * A stack of a project whose files are `files` (Pulumi.yaml, package.json, index.js, ...), pointed at
 * `emulator` (if any) with its credentials, plus `config` (plain values); `env` is added to the CLI's environment (and so its plugins' and the
 * program's). `cleanup()` removes it all.
 */
async function throwawayStack(name, files, emulator, config = {}, env = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const workDir = path.join(root, "program");
  fs.mkdirSync(workDir);
  fs.mkdirSync(path.join(root, "backend"));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(workDir, file), text);
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(workDir, "node_modules"), "dir");
  const stack = await LocalWorkspace.createStack(
    { stackName: "bench", workDir },
    {
      pulumiHome: path.join(root, "home"),
      envVars: {
        PULUMI_BACKEND_URL: `file://${path.join(root, "backend")}`,
        PULUMI_CONFIG_PASSPHRASE: "bench-passphrase",
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
        ...env,
      },
    },
  );
  const plain = {};
  if (emulator) {
    const { login, pat } = emulator.credentials;
    Object.assign(plain, {
      "livechat:apiUrl": { value: emulator.url },
      "livechat:login": { value: login },
      "livechat:pat": { value: pat, secret: true },
      "livechat:accountId": { value: emulator.accountId },
    });
  }
  for (const [k, v] of Object.entries(config)) plain[k] = { value: v };
  if (Object.keys(plain).length) await stack.setAllConfig(plain);
  return { stack, root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

module.exports = { throwawayStack };
