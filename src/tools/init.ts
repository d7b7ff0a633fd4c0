// `livechat-pulumi init`: writes a ready Pulumi project that manages a LiveChat account, as an account spec
// (the default) or a TypeScript program, optionally started from the account as it is (export + adoption).
import * as fs from "fs";
import * as path from "path";
import { ToolError } from "./errors";
import { SCHEMA_IN_PROJECT, schemaLine } from "./export-yaml";

// The versions a new project gets: this package, and @pulumi/pulumi from the newest it is tested with up.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../package.json") as {
  version: string;
  devDependencies: Record<string, string>;
};
/** The SDK a new project starts with: the newest tested (the package's own pin), or any later 3.x. */
export const NEW_PROJECT_SDK = `^${pkg.devDependencies["@pulumi/pulumi"]}`;

export interface InitOptions {
  /** The folder to write (created when missing). */
  dir: string;
  /** The Pulumi project name; default: the folder's name. */
  name?: string;
  /** A TypeScript program instead of an account spec. */
  typescript?: boolean;
  /** The account spec's text, when starting from the account (`export`). */
  spec?: string;
  /** What package.json depends on for pulumi-livechat (a version range, a tarball...). */
  packageVersion?: string;
  /** Overwrite files that exist. */
  force?: boolean;
}

const STARTER_SPEC = `${schemaLine(SCHEMA_IN_PROJECT)}
# The LiveChat account as code: each section lists objects of one kind (see pulumi-livechat's README,
# "The account spec"). Objects refer to each other by name. adopt: true takes over objects that already
# exist with the same name instead of failing on them.
adopt: true
groups:
  - name: Support
    language: en
`;

const SPEC_PROGRAM = `// The LiveChat account described by the spec file (account.yaml, or the stack's \`spec\` config).
module.exports = require("pulumi-livechat/program");
`;

const TS_PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import { CannedResponse, Group, Tag } from "pulumi-livechat";

// A group, a tag and a canned response; see pulumi-livechat's README for every resource and field.
// adopt: true takes over an object that already exists with the same natural key instead of failing on it.
const support = new Group("support", { name: "Support", adopt: true });
new Tag("vip", { name: "vip", group: support.groupId, adopt: true });
new CannedResponse("thanks", {
  text: "Thank you for contacting us!",
  tags: ["thanks"],
  group: support.groupId,
  adopt: true,
});

export const supportGroupId = support.groupId;
`;

const TS_SPEC_PROGRAM = `import { declareAccount, loadSpec } from "pulumi-livechat";

// The account as exported into account.yaml; add resources of your own beside it.
const account = declareAccount(loadSpec(\`\${__dirname}/account.yaml\`));

export const groups = Object.keys(account.groups);
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "commonjs",
    moduleResolution: "node",
    esModuleInterop: true,
    skipLibCheck: true,
  },
  files: ["index.ts"],
};

/** The files of a new project, by name. */
export function projectFiles(options: InitOptions): Record<string, string> {
  const name = options.name ?? path.basename(path.resolve(options.dir));
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
    throw new ToolError(
      `the project name ${JSON.stringify(name)} may hold only letters, digits, _ . and -; give --name`,
    );
  }
  const ts = options.typescript === true;
  const main = ts ? "index.ts" : "index.js";
  const packageJson = {
    name,
    private: true,
    main,
    dependencies: {
      "@pulumi/pulumi": NEW_PROJECT_SDK,
      "pulumi-livechat": options.packageVersion ?? `^${pkg.version}`,
    },
    ...(ts ? { devDependencies: { "@types/node": "^22", typescript: "~5.9.3" } } : {}),
  };
  const files: Record<string, string> = {
    "Pulumi.yaml":
      `name: ${name}\n` +
      `description: A LiveChat account managed with pulumi-livechat\n` +
      `runtime: nodejs\n` +
      `main: ${main}\n`,
    "package.json": JSON.stringify(packageJson, null, 2) + "\n",
    ".gitignore": "node_modules/\n",
  };
  if (ts) {
    files["index.ts"] = options.spec ? TS_SPEC_PROGRAM : TS_PROGRAM;
    files["tsconfig.json"] = JSON.stringify(TSCONFIG, null, 2) + "\n";
  } else files["index.js"] = SPEC_PROGRAM;
  if (options.spec !== undefined || !ts) files["account.yaml"] = options.spec ?? STARTER_SPEC;
  return files;
}

/** Writes the project; refuses to overwrite a file unless `force`. Returns the names written. */
export function writeProject(options: InitOptions): string[] {
  const files = projectFiles(options);
  const taken = Object.keys(files).filter((f) => fs.existsSync(path.join(options.dir, f)));
  if (taken.length && !options.force) {
    throw new ToolError(
      `${options.dir} already has ${taken.join(", ")}; choose an empty folder, or add --force to overwrite`,
    );
  }
  fs.mkdirSync(options.dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(options.dir, file), text);
  return Object.keys(files);
}

/** A folder name as one word of a shell command. */
const shellWord = (text: string) => (/^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`);

/** What to do next, for the person who ran init. */
export function nextSteps(dir: string, fromAccount: boolean): string {
  return [
    `Next:`,
    `  cd ${shellWord(dir)} && npm install`,
    `  pulumi stack init <stack>        # one stack per LiveChat license`,
    `  pulumi config set livechat:login <owner e-mail>`,
    `  pulumi config set --secret livechat:pat <personal access token>`,
    fromAccount
      ? `  pulumi up                        # adopts the account's objects: nothing changes in LiveChat`
      : `  pulumi up`,
  ].join("\n");
}
