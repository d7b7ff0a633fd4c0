import type * as z from "zod";
import type { LiveChatClient } from "../client";
import type { Batcher } from "./batcher";
import type { ListCache } from "./list-cache";

/** An object as the LiveChat API sends it (snake_case keys). */
export type WireObject = Record<string, unknown>;

/** Resource inputs or outputs as Pulumi holds them (camelCase keys). */
export type Props = Record<string, unknown>;

/**
 * One input field of a resource: what it is, how it is validated, sent, read back and compared. The resource
 * class's types, the account spec's entries, its JSON Schema and the reference docs are generated from it.
 * Each flag says one thing, in one line. `fixedAtCreation` with a function names the parts of the value set only at
 * creation ("" for all of it), the rest compared as usual; with `true`, the whole value is never a change.
 */
export interface Field {
  /** What the field is, for people: the doc comment of the generated types and the reference. */
  doc: string;
  /** The field's kind of value (src/provider/schema.ts): its type, its JSON Schema and its check. */
  schema: z.ZodType;
  /** The field's name on the wire; defaults to the snake_case form of the input name. */
  wire?: string;
  /** The field must be set. */
  required?: boolean;
  /** The server's default, filled in by check so that an unset field still pins the account's value. */
  default?: unknown;
  /** A change deletes the object and makes it again (a function: decides per change, for fields partly updatable). */
  replace?: boolean | ((desired: unknown, actual: unknown) => boolean);
  /** Set when made, never changed nor replaced for: a difference is only a warning (a function: which parts). */
  fixedAtCreation?: true | ((desired: unknown, actual: unknown) => string[]);
  /** The create call does not take the field: an update right after the create sets it. */
  setByUpdate?: boolean;
  /** The API never returns the field (a password): it is compared with the value last applied. */
  neverReturned?: boolean;
  /** Kept only as a secret, in inputs, outputs and state, and never printed. */
  secret?: boolean;
  /** The API returns the field even when the program leaves it unset, so its output is always set. */
  alwaysReturned?: boolean;
  /**
   * The field refers to other objects: `group`, groups' ids, which the account spec writes as the groups' names;
   * `agent`, agents' logins (a list, or a map's keys); `sameType`, another object of this type by its id, which
   * the account spec writes as that object's natural key (an auto access's description).
   */
  refersTo?: "group" | "agent" | "sameType";
  /**
   * Where a list of objects holds its references: the key of each item (`groupId` in `[{ groupId, priority }]`).
   * Unset: the value itself is the reference, or a list of them.
   */
  refersAt?: string;
  /** Input value to wire value (default: as is). */
  toWire?: (value: unknown) => unknown;
  /** Reads the field from a whole wire object (default: `object[wire]`). */
  fromWire?: (object: WireObject) => unknown;
  /**
   * The form in which two values are compared, after what the server changes by itself (order of sets,
   * numbers sent back as strings, upgraded URLs). Default: the value itself.
   */
  canonical?: (value: unknown) => unknown;
  /** Of the account's value, the part the program's value manages and is compared with (the days it names). */
  comparedPart?: (actual: unknown, desired: unknown) => unknown;
}

/** What every resource operation gets: the API client and the per-process cache of list answers. */
export interface Context {
  client: LiveChatClient;
  lists: ListCache;
  /** Gathers v3.6 writes of one method into batch calls; without it, each is sent on its own. */
  batcher?: Batcher;
  /** The login of the configured credentials, when known (Basic auth). */
  login?: string;
}

/** The API calls of one resource type. `id` is the Pulumi id (a string). */
export interface ResourceApi {
  /** Creates the object from a full wire body; returns the server's object. */
  create(ctx: Context, body: WireObject, inputs: Props): Promise<WireObject>;
  /** The server's object, or undefined when it is gone. */
  read(ctx: Context, id: string, outputs: Props): Promise<WireObject | undefined>;
  /** Applies the changed fields (`body` holds only those); returns the server's object. */
  update(ctx: Context, id: string, body: WireObject, desired: Props, outputs: Props): Promise<WireObject>;
  /** Deletes the object; a 404 is handled by the caller. */
  remove(ctx: Context, id: string, outputs: Props): Promise<void>;
  /**
   * Every object of the type in the account (adoption finds objects here by their natural key). `details`
   * reads each one whole where the list is a summary; `group` lists only that group's, where the API lists
   * objects group by group; `near` is the (checked) inputs of an object being looked for, for lists that
   * need a scope of their own (a v3.6 webhook's Client ID); `clientIds`, the Client IDs whose objects to list
   * where the API lists them one Client ID at a time (v3.6 webhooks), when no `near` names one.
   */
  list(
    ctx: Context,
    options: { details: boolean; group?: unknown; near?: Props; clientIds?: string[] },
  ): Promise<WireObject[]>;
}

/** Something check does with several fields at once; skipped while any field it reads is unknown (preview). */
export interface CrossFieldRule<T> {
  /** The fields the rule reads. */
  reads: string[];
  run(inputs: Props): T;
}

/** An output that is not an input (a server-assigned date, a token). */
export interface Output {
  doc: string;
  schema: z.ZodType;
  /** Kept only as a secret. */
  secret?: boolean;
}

/** How the account spec and the account tools (export, drift, unmanaged objects) treat a resource type. */
export interface AccountRules {
  /** The spec's section for the type, such as `cannedResponses`. */
  section: string;
  /** The start of the Pulumi names the spec derives for entries (`tag` in `tag-0-vip`). */
  namePrefix: string;
  /**
   * A derived name of the type's own (long texts, addresses); by default the prefix and the natural key's
   * values, group first. Names are in users' states: changing how they are made renames objects.
   */
  name?: (entry: Props) => string;
  /** The values a derived name is made of, in order, when `name` is the type's own. */
  nameFrom?: string[];
  /** Why the spec cannot rename the type's objects in place (`renamedFrom`), when it cannot. */
  notRenamable?: string;
  /** How the server compares a key field, where the field's own canonical form does not say (tag names). */
  keyRule?: { words: string; apply?: (inputs: Props) => Props };
  /**
   * Objects every account has that the API cannot create or delete (group 0, the owner): never listed as
   * unmanaged, never exported, and never adopted unless `adoptsBuiltIn`.
   */
  builtIn?: (object: WireObject) => boolean;
  /** A resource may adopt the built-in objects (an agent resource may describe the owner). */
  adoptsBuiltIn?: boolean;
  /** The object in a list of objects no stack manages (its group, if any, is added): "jenny@x.com (Jenny)". */
  describe: (object: WireObject) => string;
  /**
   * The Configuration API v3.6 type of the same section describes the same objects (as v2 and v3.6 groups do,
   * unlike their webhooks): an object either generation manages is managed, and a v2 resource never deletes an
   * object the v3.6 type manages in the same run (a stack moving to v3.6). `idOf` is the v3.6 id of this (v2)
   * object where it differs from the v2 id (a tag's v3.6 id is its name); it reads fields the wire object and
   * the outputs share.
   */
  sameInV36?: { idOf?: (object: WireObject) => string };
  /**
   * Why export and the unmanaged-object listing leave the type's objects out, if they do: every account has
   * them whether or not anyone manages them (properties with defaults, each application's webhook state).
   */
  notListed?: string;
  /**
   * The API lists the type's objects one Client ID (application) at a time, and nothing lists Client IDs: the
   * account tools read the type last, for the Client IDs they were given or met on the way (bots').
   */
  listedPerClientId?: boolean;
  /** What an exported spec says above the section: what the file cannot hold, and why. */
  exportNote?: string;
  /** An exported entry, after the generic rules (defaults left out, groups by name): the type's own touches. */
  exported?: (entry: Props) => Props;
}

/**
 * An example of a type's inputs: shown on its reference page, and run through every path a user takes (a
 * program, the account spec, export and adoption, drift, a write that fails half-way) by the test matrix.
 */
export interface Example {
  /** What it shows, in a few words: "minimal", "a url goal". */
  title: string;
  /**
   * The inputs as the account spec writes them: groups by name (the group must be in the account), agents by
   * login, secrets as plain values (a program passes a secret, the spec `{ secret: <config key> }`).
   */
  inputs: Props;
  /**
   * Another value for fields of `inputs` (or fields the change needs besides): what an update sets, or a
   * replacement, for fields that replace, and what a change made by hand in the account looks like.
   */
  changed?: Props;
}

/** Everything the generic lifecycle, the generated classes and the account spec know about one resource type. */
export interface ResourceDeclaration {
  /** The user-facing type name, as in `new Tag(...)`. */
  type: string;
  /**
   * The API generation's module, for types of a later generation than v2 (`v36`: `new v36.Agent(...)`), as
   * Pulumi providers expose API versions. v2 types have none: their type tokens and stub paths stay as they were.
   */
  module?: "v36";
  /** What the resource is, for people: the class's doc comment and the reference page's opening. */
  doc: string;
  /** Input fields by their camelCase name. */
  fields: Record<string, Field>;
  /** What a replacement costs besides a new id, for its warning: "a person's seat: ...". */
  replacementCost?: string;
  /** Defaults that depend on other fields (a url goal's match type); run by check after field defaults. */
  complete?: CrossFieldRule<void>;
  /** Checks that involve several fields (a goal's type and the fields it requires). */
  validate?: CrossFieldRule<{ property: string; reason: string }[]>;
  /** The fields that make up the natural key, by which the object is found for adoption. */
  keyFields: string[];
  /** The Pulumi id of a server object. */
  idOf(object: WireObject): string;
  /** Outputs that are not inputs (server-assigned dates, tokens), and how they are read. */
  outputs?: Record<string, Output>;
  computed?: (object: WireObject) => Props;
  /** An output holding the object's id as the API uses it: `groupId` (a number), `webhookId` (the id). */
  idOutput?: { name: string; doc: string; numeric: boolean };
  api: ResourceApi;
  account: AccountRules;
  /**
   * Examples of the inputs: first the minimal one (the fields the type requires), then ones that between them
   * use every field, each with a `changed` value for every field that can change.
   */
  examples: [Example, ...Example[]];
}

/**
 * The type's key in the registry, its stub module's path under provider/stubs and its list-cache prefix:
 * `Agent` (v2), `v36/Agent`.
 */
export const registryKey = (declaration: Pick<ResourceDeclaration, "type" | "module">): string =>
  declaration.module ? `${declaration.module}/${declaration.type}` : declaration.type;

/** The type as programs write it: `Tag`, `v36.Tag`. */
export const className = (declaration: ResourceDeclaration): string =>
  declaration.module ? `${declaration.module}.${declaration.type}` : declaration.type;

/** The Pulumi type token of the type's resources: `pulumi-nodejs:dynamic/livechat/v36:Agent`. */
export const typeToken = (declaration: ResourceDeclaration): string =>
  `pulumi-nodejs:dynamic/livechat${declaration.module ? `/${declaration.module}` : ""}:${declaration.type}`;

/** The natural key in words, for messages: "name", "login", "text and group", "url and event type". */
export const naturalKeyWords = (declaration: ResourceDeclaration): string =>
  declaration.keyFields.map((f) => f.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)).join(" and ");

/** Names of the fields and outputs kept only as secrets. */
export const secretNames = (declaration: ResourceDeclaration): string[] => [
  ...Object.entries(declaration.fields).flatMap(([name, f]) => (f.secret ? [name] : [])),
  ...Object.entries(declaration.outputs ?? {}).flatMap(([name, o]) => (o.secret ? [name] : [])),
];
