import type { LiveChatClient } from "../client";
import type { ListCache } from "./list-cache";

/** An object as the LiveChat API sends it (snake_case keys). */
export type WireObject = Record<string, unknown>;

/** Resource inputs or outputs as Pulumi holds them (camelCase keys). */
export type Props = Record<string, unknown>;

/** One input field of a resource: how it is validated, sent, read back and compared. */
export interface Field {
  /** The field's name on the wire; defaults to the snake_case form of the input name. */
  wire?: string;
  /** The field must be set. */
  required?: boolean;
  /** The server's default, filled in by check so that an unset field still pins the account's value. */
  default?: unknown;
  /**
   * The API cannot change the field in place: a change replaces the object. A function decides per change,
   * for fields only part of which the API can update.
   */
  replace?: boolean | ((desired: unknown, actual: unknown) => boolean);
  /** The API never returns the field (passwords): it is compared with the value last applied. */
  writeOnly?: boolean;
  /** The create call does not take the field: the lifecycle sets it with an update right after. */
  setAfterCreate?: boolean;
  /**
   * The parts of the value that the API sets only when the object is created (left out of `canonical`): where
   * the account differs from the program there, the difference is shown as a warning and never applied.
   */
  fixedAfterCreate?: (desired: unknown, actual: unknown) => string[];
  /** Why a value is invalid, or undefined when it is fine. Unknown values (preview) are not validated. */
  validate?: (value: unknown, inputs: Props) => string | undefined;
  /** Input value to wire value (default: as is). */
  toWire?: (value: unknown) => unknown;
  /** Reads the field from a whole wire object (default: `object[wire]`). */
  fromWire?: (object: WireObject) => unknown;
  /**
   * The form in which two values are compared, after what the server changes by itself (order of sets,
   * numbers sent back as strings, upgraded URLs). Default: the value itself.
   */
  canonical?: (value: unknown) => unknown;
  /** The part of the account's value the desired value manages (the days a schedule names), when not all. */
  managedPart?: (actual: unknown, desired: unknown) => unknown;
}

/** What every resource operation gets: the API client and the per-process cache of list answers. */
export interface Context {
  client: LiveChatClient;
  lists: ListCache;
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
  /** The object with the same natural key as these inputs, for adoption and for safe create retries. */
  find(ctx: Context, inputs: Props): Promise<WireObject | undefined>;
}

/** Something check does with several fields at once; skipped while any field it reads is unknown (preview). */
export interface CrossFieldRule<T> {
  /** The fields the rule reads. */
  reads: string[];
  run(inputs: Props): T;
}

/** Everything the generic lifecycle needs to know about one resource type. */
export interface ResourceDeclaration {
  /** The user-facing type name, as in `new Tag(...)`. */
  type: string;
  /** Input fields by their camelCase name. */
  fields: Record<string, Field>;
  /** Defaults that depend on other fields (a url goal's match type); run by check after field defaults. */
  complete?: CrossFieldRule<void>;
  /** Checks that involve several fields (a goal's type and the fields it requires). */
  validate?: CrossFieldRule<{ property: string; reason: string }[]>;
  /** The natural key, in words, for messages: "name", "login", "text and group". */
  naturalKey: string;
  /** The fields that make up the natural key. */
  keyFields: string[];
  /** Names of the outputs that `computed` adds, declared so the resource class can expose them. */
  computedOutputs?: string[];
  /** The Pulumi id of a server object. */
  idOf(object: WireObject): string;
  /** Outputs that are not inputs (server-assigned ids, dates, tokens). */
  computed?: (object: WireObject) => Props;
  /** Outputs to keep only as secrets. */
  secretOutputs?: string[];
  api: ResourceApi;
}
