// The root program (Pulumi.yaml): a whole LiveChat account from the spec file named by the stack's config
// `spec` (a path relative to this project; default account.yaml). The same program and spec apply to any license: each stack
// carries its own credentials (livechat:login / livechat:pat or livechat:token).
//
// A function Pulumi calls once the module is loaded, rather than work done while it loads: loaded through
// `require("pulumi-livechat/program")`, the resources would otherwise be declared under two nested requires,
// and every resource's registration captures (and source-maps) its whole call stack.
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import {
  declareAccount,
  loadSpecWithOverlay,
  resourceNames,
  specDigest,
  SpecError,
  SECTIONS,
  type AccountSpec,
} from "pulumi-livechat";

export = async function account() {
  const config = new pulumi.Config();
  // Relative to the project (where Pulumi.yaml is), not to the compiled program's folder.
  const file = path.resolve(pulumi.runtime.getRootDirectory(), config.get("spec") ?? "account.yaml");

  let spec: AccountSpec;
  try {
    // A stack's own differences from the shared spec: config `overlay`, a file merged into it (optional).
    const overlay = config.get("overlay");
    spec = loadSpecWithOverlay(file, overlay && path.resolve(pulumi.runtime.getRootDirectory(), overlay));
  } catch (e) {
    // A RunError prints its message alone: the file, the path inside it and the fix, without a stack trace.
    throw e instanceof SpecError ? new pulumi.RunError(e.message) : e;
  }
  const account = declareAccount(spec);
  const groupNames = resourceNames(spec).groups;
  return {
    /** How many objects of each kind the stack manages. */
    objects: Object.fromEntries(
      SECTIONS.map(([section]) => [section, Object.keys(account[section] as object).length]),
    ),
    /** The spec as applied (overlay merged), in short: drift checks tell from it that the spec changed since. */
    specDigest: specDigest(spec),
    /** Group ids by group name: the ids differ from license to license. */
    groupIds: Object.fromEntries(
      (spec.groups ?? []).map((g, i) => [g.name, account.groups[groupNames[i]].groupId]),
    ),
  };
};
