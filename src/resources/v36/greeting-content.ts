// What a v3.6 greeting says: its properties (the message text and its keys, exit intent) and its rich
// message (cards of title, subtitle, image and buttons), with the wire names and what the server adds.
import * as z from "zod";
import type { Field, Props } from "../../provider/declaration";
import {
  bool,
  explained,
  httpUrlOf,
  integer,
  MAX,
  oneOf,
  problemOf,
  text,
  textOf,
} from "../../provider/schema";

type Check = (v: unknown) => string | undefined;
const longText = textOf({ max: MAX.text, multiline: true });

/** Why a value is not an object with these keys (each with its check), or undefined. */
function objectProblem(v: unknown, keys: Record<string, Check>, required: string[], what: string) {
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
const by =
  (schema: z.ZodType): Check =>
  (v) =>
    problemOf(schema, v);
function listProblem(v: unknown, max: number, item: Check): string | undefined {
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

const propertiesShape = z
  .object({
    messageText: z.string().optional().meta({ description: "The message visitors see." }),
    messageJsonKey: z.string().optional().meta({ description: "The JSON key of the message content." }),
    messagePhraseKey: z.string().optional().meta({ description: "The phrase key of the message content." }),
    addon: z.string().optional().meta({ description: "The add-on the greeting belongs to." }),
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

const BUTTON_TYPES = ["webview", "message", "url", "phone"] as const;
const ROLES = ["default", "primary", "danger"] as const;
export const TEMPLATES = ["cards", "sticker", "quick_replies", "text"] as const;

const buttonShape = z
  .object({
    text: z.string().meta({ description: "The button's text." }),
    type: z.enum(BUTTON_TYPES).meta({ description: "What a click does: webview, message, url or phone." }),
    value: z.string().meta({ description: "What the type acts on: the message, the address, the number." }),
    postbackId: z.string().meta({ description: "Identifies the button in postback events." }),
    buttonId: z.string().optional().meta({ description: "The button's id; the server makes one if unset." }),
    role: z.enum(ROLES).optional().meta({ description: "default, primary or danger." }),
  })
  .strict()
  .meta({ id: "RichMessageButton", description: "A button of a rich message element." });

const imageShape = z
  .object({
    url: z.string().meta({ description: "The image's address." }),
    name: z.string().optional().meta({ description: "The file name." }),
    contentType: z.string().optional().meta({ description: "Its media type, like image/png." }),
    size: z.int().min(0).optional().meta({ description: "Its size in bytes." }),
    width: z.int().min(0).optional().meta({ description: "Its width in pixels." }),
    height: z.int().min(0).optional().meta({ description: "Its height in pixels." }),
    alternativeText: z.string().optional().meta({ description: "The text shown in its place." }),
  })
  .strict()
  .meta({ id: "RichMessageImage", description: "The image of a rich message element." });

const elementShape = z
  .object({
    title: z.string().meta({ description: "The element's title." }),
    subtitle: z.string().meta({ description: "The text under the title." }),
    image: imageShape.optional(),
    buttons: z.array(buttonShape).max(13).optional().meta({ description: "At most 13 buttons." }),
  })
  .strict()
  .meta({ id: "RichMessageElement", description: "One card of a rich message." });

const richShape = z
  .object({
    templateId: z.enum(TEMPLATES).meta({
      description:
        "How the message is shown: cards, sticker or quick_replies (or text, as the reference's examples send).",
    }),
    elements: z.array(elementShape).max(10).optional().meta({ description: "At most 10 elements." }),
  })
  .strict()
  .meta({ id: "RichMessage", description: "A greeting's rich message." });

const buttonProblem: Check = (v) =>
  objectProblem(
    v,
    {
      text: by(longText),
      type: by(oneOf(BUTTON_TYPES)),
      value: by(textOf({ max: MAX.url })),
      postbackId: by(text),
      buttonId: by(text),
      role: by(oneOf(ROLES)),
    },
    ["text", "type", "value", "postbackId"],
    "{ text, type, value, postbackId }",
  );
const size = by(integer(0));
const imageProblem: Check = (v) =>
  objectProblem(
    v,
    {
      url: by(httpUrlOf(MAX.url)),
      name: by(text),
      contentType: by(text),
      size,
      width: size,
      height: size,
      alternativeText: by(text),
    },
    ["url"],
    "{ url, ... }",
  );
const elementProblem: Check = (v) =>
  objectProblem(
    v,
    {
      title: by(longText),
      subtitle: by(longText),
      image: imageProblem,
      buttons: (b) => listProblem(b, 13, buttonProblem),
    },
    ["title", "subtitle"],
    "{ title, subtitle, image, buttons }",
  );

const WIRE_KEYS: Record<string, string> = {
  templateId: "template_id",
  contentType: "content_type",
  alternativeText: "alternative_text",
  postbackId: "postback_id",
  buttonId: "button_id",
};
const FROM_WIRE = Object.fromEntries(Object.entries(WIRE_KEYS).map(([k, w]) => [w, k]));

/** Renames the keys of a value at every depth. */
function renamed(v: unknown, names: Record<string, string>): unknown {
  if (Array.isArray(v)) return v.map((x) => renamed(x, names));
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [names[k] ?? k, renamed(x, names)]));
}

type Element = { buttons?: Props[] } & Props;

export const richMessage: Field = {
  doc:
    "The greeting's rich message: a template and up to 10 elements (title, subtitle, image, up to 13 buttons). " +
    "The API never reports the template: it is compared with the value last applied. Buttons without an id " +
    "get one from the server, kept across updates. Unmanaged when unset.",
  schema: explained(richShape, (v) =>
    objectProblem(
      v,
      { templateId: by(oneOf(TEMPLATES)), elements: (e) => listProblem(e, 10, elementProblem) },
      ["templateId"],
      "{ templateId, elements }",
    ),
  ),
  toWire: (v) => renamed(v, WIRE_KEYS),
  fromWire: (o) => (o.rich_message === undefined ? undefined : renamed(o.rich_message, FROM_WIRE)),
  // The ids the server gave buttons the program leaves without one are the server's, not a difference.
  managedPart: (actual, desired) => {
    if (!actual || typeof actual !== "object") return actual;
    const wanted = ((desired as Props).elements ?? []) as Element[];
    const elements = ((actual as Props).elements as Element[] | undefined)?.map((e, i) =>
      e.buttons
        ? {
            ...e,
            buttons: e.buttons.map((b, j) => {
              if (wanted[i]?.buttons?.[j]?.buttonId !== undefined) return b;
              const { buttonId: _id, ...rest } = b;
              return rest;
            }),
          }
        : e,
    );
    return elements ? { ...(actual as Props), elements } : actual;
  },
};

/**
 * The rich message to send, with the ids the server gave the buttons at the same places (the reference:
 * "pass the existing ID if you want to preserve it").
 */
export function keepButtonIds(wire: Props, current: unknown): Props {
  const now = ((current as Props | undefined)?.elements ?? []) as Element[];
  const elements = (wire.elements as Element[] | undefined)?.map((e, i) =>
    e.buttons
      ? {
          ...e,
          buttons: e.buttons.map((b, j) => {
            const id = now[i]?.buttons?.[j]?.buttonId;
            return b.button_id === undefined && id !== undefined ? { ...b, button_id: id } : b;
          }),
        }
      : e,
  );
  return elements ? { ...wire, elements } : wire;
}
