import * as pulumi from "@pulumi/pulumi";
import { RESOURCE_CLASSES, type AccountResources } from "../generated/resources";
import type { Props } from "../provider/declaration";
import { registry } from "../resources/registry";
import { resourceNames } from "./names";
import { previousNames } from "./renames";
import { SECTIONS, type AccountSpec, type GroupRef, type SecretRef, type Section } from "./types";

export type { AccountResources } from "../generated/resources";

export interface DeclareOptions {
  /** Reads a `{ secret: key }` reference; default: the stack's secret config under that key. */
  secret?: (key: string) => pulumi.Output<string>;
  /** Options for every resource (a parent, an explicit provider for another license...). */
  resourceOptions?: pulumi.CustomResourceOptions;
}

/**
 * Declares the resources of a validated account spec, section by section in dependency order: group names
 * become the declared groups' ids, secret references the stack's secrets.
 */
export function declareAccount(spec: AccountSpec, options: DeclareOptions = {}): AccountResources {
  const secret = options.secret ?? ((key: string) => new pulumi.Config().requireSecret(key));
  const names = resourceNames(spec);
  const previous = previousNames(spec, names);
  /** The resource's options: a renamed entry (or a renamed group's dependent) keeps its old name as an alias. */
  const optsOf = (section: Section, i: number): pulumi.CustomResourceOptions | undefined => {
    const old = previous[section][i];
    const opts = options.resourceOptions;
    return old === undefined ? opts : { ...opts, aliases: [...(opts?.aliases ?? []), { name: old }] };
  };
  const groupIds = new Map<string, pulumi.Input<number>>();
  const groupId = (ref: GroupRef | undefined): pulumi.Input<number> =>
    typeof ref === "string" ? groupIds.get(ref)! : (ref ?? 0);

  const out = Object.fromEntries(SECTIONS.map(([section]) => [section, {}])) as unknown as AccountResources;
  for (const [section, type] of SECTIONS) {
    const declaration = registry[type];
    const entries = (spec[section] ?? []) as unknown as Props[];
    entries.forEach(({ key: _key, renamedFrom: _renamed, ...entry }, i) => {
      const args: Props = { ...entry, adopt: entry.adopt ?? spec.adopt };
      for (const [name, field] of Object.entries(declaration.fields)) {
        const value = args[name];
        if (field.secret && value !== undefined) args[name] = secret((value as SecretRef).secret);
        else if (field.refersTo === "group")
          args[name] = Array.isArray(value)
            ? value.map(groupId)
            : value === undefined && field.default === undefined
              ? undefined
              : groupId(value as GroupRef | undefined);
      }
      const name = names[section][i];
      const resource = new RESOURCE_CLASSES[type as keyof typeof RESOURCE_CLASSES](
        name,
        args as never,
        optsOf(section, i),
      );
      (out[section] as Record<string, pulumi.Resource>)[name] = resource;
      if ("groupId" in resource) groupIds.set(String(entry.name), resource.groupId);
    });
  }
  return out;
}
