import * as pulumi from "@pulumi/pulumi";
import { RESOURCE_CLASSES, type AccountResources } from "../generated/resources";
import { registryKey, typeToken, type Props, type ResourceDeclaration } from "../provider/declaration";
import { v2TwinOf } from "../resources/registry";
import { mapGroupRefs } from "./group-refs";
import { resourceNames } from "./names";
import { previousNames } from "./renames";
import { declarationOrder, resolveSameType } from "./same-type-refs";
import { sectionsOf, SECTION_NAMES, type AccountSpec, type SecretRef, type Section } from "./types";

export type { AccountResources } from "../generated/resources";

export interface DeclareOptions {
  /** Reads a `{ secret: key }` reference; default: the stack's secret config under that key. */
  secret?: (key: string) => pulumi.Output<string>;
  /** Options for every resource (a parent, an explicit provider for another license...). */
  resourceOptions?: pulumi.CustomResourceOptions;
}

/**
 * Declares the resources of a validated account spec, section by section in dependency order, each section
 * with the types of its API generation: group names become the declared groups' ids, secret references the
 * stack's secrets.
 */
export function declareAccount(spec: AccountSpec, options: DeclareOptions = {}): AccountResources {
  const secret = options.secret ?? ((key: string) => new pulumi.Config().requireSecret(key));
  const names = resourceNames(spec);
  const previous = previousNames(spec, names);
  /** A renamed entry keeps its old name as an alias; a v3.6 entry, the v2 resource it takes over. */
  const optsOf = (section: Section, declaration: ResourceDeclaration, i: number) => {
    const opts = options.resourceOptions;
    const old = previous[section][i];
    const aliases = [...(opts?.aliases ?? [])];
    if (old !== undefined) aliases.push({ name: old });
    // A section moved to v3.6 takes its v2 resources over in place (tags, whose ids differ, are adopted).
    const v2 = v2TwinOf(declaration);
    if (v2)
      aliases.push(
        { type: typeToken(v2) },
        ...(old === undefined ? [] : [{ name: old, type: typeToken(v2) }]),
      );
    return aliases.length ? { ...opts, aliases } : opts;
  };
  const groupIds = new Map<string, pulumi.Input<number>>();
  const groupId = (ref: unknown): pulumi.Input<number> =>
    typeof ref === "string" ? groupIds.get(ref)! : (ref as number);

  const out = Object.fromEntries(SECTION_NAMES.map((s) => [s, {}])) as unknown as AccountResources;
  for (const { section, declaration } of sectionsOf(spec)) {
    const entries = (spec[section] ?? []) as unknown as Props[];
    const made: pulumi.CustomResource[] = [];
    // Entries that name another entry of the section (an auto access's nextId) come after it, to take its id.
    for (const i of declarationOrder(declaration, entries).order) {
      const { key: _key, renamedFrom: _renamed, ...entry } = entries[i];
      const args: Props = { ...entry, adopt: entry.adopt ?? spec.adopt };
      for (const [name, field] of Object.entries(declaration.fields)) {
        const value = args[name];
        if (field.secret && value !== undefined) args[name] = secret((value as SecretRef).secret);
        else if (field.refersTo === "sameType")
          args[name] = resolveSameType(declaration, entries, value, (j) => made[j].id);
        else args[name] = mapGroupRefs(field, value, groupId);
      }
      const name = names[section][i];
      const Class = RESOURCE_CLASSES[registryKey(declaration) as keyof typeof RESOURCE_CLASSES];
      const resource = new Class(name, args as never, optsOf(section, declaration, i));
      made[i] = resource;
      (out[section] as Record<string, pulumi.Resource>)[name] = resource;
      if ("groupId" in resource) groupIds.set(String(entry.name), resource.groupId);
    }
  }
  return out;
}
