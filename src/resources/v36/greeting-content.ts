// A v3.6 greeting's properties (the message text and its keys, exit intent) with their wire names, and the
// checks of the greeting's object-valued fields, whose messages name the path to what is wrong.
import * as z from "zod";
import type { Field, Props } from "../../provider/declaration";
import { bool, explained, MAX, problemOf, text, textOf } from "../../provider/schema";

export type Check = (v: unknown) => string | undefined;
export const longText = textOf({ max: MAX.text, multiline: true });

/** Why a value is not an object with these keys (each with its check), or undefined. */
export function objectProblem(v: unknown, keys: Record<string, Check>, required: string[], what: string) {
  if (!v || typeof v !== "object" || Array.isArray(v)) return `must be ${what}`;
  const extra = Object.keys(v).find((k) => !(k in keys));
  if (extra) return `has unknown key ${extra}; the keys are ${Object.keys(keys).join(", ")}`;
  const missing = required.find((k) => (v as Props)[k] === undefined);
  if (missing) return `needs ${missing}`;
  for (const [k, check] of Object.entries(keys)) {
    const value = (v as Props)[k];
    const why = value === undefined ? undefined : check(value);
    if (why) return `.${k}${joined(why)}`;
  }
  return undefined;
}

/** A problem's text after a path: `.a[0].b must ...`, `.a must ...`. */
const joined = (why: string) => (/^[.[]/.test(why) ? why : ` ${why}`);
export const by =
  (schema: z.ZodType): Check =>
  (v) =>
    problemOf(schema, v);
export function listProblem(v: unknown, max: number, item: Check): string | undefined {
  if (!Array.isArray(v)) return "must be a list";
  if (v.length > max) return `must have at most ${max} items (it has ${v.length}); remove some`;
  for (const [i, x] of v.entries()) {
    const why = item(x);
    if (why) return `[${i}]${joined(why)}`;
  }
  return undefined;
}

/** Each property by its name here and on the wire (the server answers the message text as `text`). */
const PROPERTY_WIRE: Record<string, string> = {
  messageText: "greeting-message_text",
  messageJsonKey: "greeting-message_json_key",
  messagePhraseKey: "greeting-message_phrase_key",
  addon: "addon",
  isExitIntent: "is_exit_intent",
};
const PROPERTY_CHECKS: Record<string, Check> = {
  messageText: by(longText),
  messageJsonKey: by(text),
  messagePhraseKey: by(text),
  addon: by(text),
  isExitIntent: by(bool),
};

// Each key of the kind PROPERTY_CHECKS checks it as (its shape: its JSON Schema says the same rules).
const propertiesShape = z
  .object({
    messageText: longText.out.optional().meta({ description: "The message visitors see." }),
    messageJsonKey: text.out.optional().meta({ description: "The JSON key of the message content." }),
    messagePhraseKey: text.out.optional().meta({ description: "The phrase key of the message content." }),
    addon: text.out.optional().meta({ description: "The add-on the greeting belongs to." }),
    isExitIntent: z.boolean().optional().meta({ description: "Whether it shows when a visitor is leaving." }),
  })
  .strict()
  .meta({ id: "GreetingProperties", description: "A greeting's properties." });

const asFlag = (v: unknown) => v === true || v === "true" || v === "1" || v === 1;

export const properties: Field = {
  doc:
    "The greeting's properties: the message text, its JSON and phrase keys, the add-on, and whether it shows " +
    "on exit intent. Set, they are kept exactly as given (the API replaces them whole); unset, unmanaged.",
  schema: explained(propertiesShape, (v) =>
    objectProblem(v, PROPERTY_CHECKS, [], "an object of messageText, addon, ..."),
  ),
  toWire: (v) =>
    Object.fromEntries(
      Object.entries(v as Props).map(([k, value]) => [
        PROPERTY_WIRE[k],
        k === "isExitIntent" ? String(value) : value,
      ]),
    ),
  fromWire: (o) => {
    const wire = o.properties as Props | undefined;
    if (!wire) return undefined;
    const out: Props = {};
    for (const [k, w] of Object.entries(PROPERTY_WIRE)) {
      const value = k === "messageText" ? (wire.text ?? wire[w]) : wire[w];
      if (value !== undefined) out[k] = k === "isExitIntent" ? asFlag(value) : value;
    }
    return out;
  },
};
