// A throwaway Pulumi project for the benches: a program folder with this repo's node_modules (one copy of
// @pulumi/pulumi and of this package for the program and the provider), a file backend and its own home.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { LocalWorkspace } = require("@pulumi/pulumi/automation");

const repoRoot = path.resolve(__dirname, "..");

/**
 * A stack of a project whose files are `files` (Pulumi.yaml, package.json, index.js, ...), pointed at
 * `emulator` with its credentials plus `config` (plain values). `cleanup()` removes it all.
 */
async function throwawayStack(name, files, emulator, config) {
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
      },
    },
  );
  const { login, pat } = emulator.credentials;
  await stack.setAllConfig({
    "livechat:apiUrl": { value: emulator.url },
    "livechat:login": { value: login },
    "livechat:pat": { value: pat, secret: true },
    "livechat:accountId": { value: emulator.accountId },
    ...Object.fromEntries(Object.entries(config).map(([k, v]) => [k, { value: v }])),
  });
  return { stack, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

module.exports = { throwawayStack };
