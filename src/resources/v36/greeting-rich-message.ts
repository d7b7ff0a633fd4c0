// A v3.6 greeting's rich message: a template and cards of title, subtitle, image and buttons, with their
// wire names, the button ids the server makes, and the template it never reports.
import * as z from "zod";
import type { Field, Props } from "../../provider/declaration";
import { explained, httpUrlOf, integer, MAX, oneOf, text, textOf } from "../../provider/schema";
import { by, listProblem, longText, objectProblem, type Check } from "./greeting-content";

const BUTTON_TYPES = ["webview", "message", "url", "phone"] as const;
const ROLES = ["default", "primary", "danger"] as const;
export const TEMPLATES = ["cards", "sticker", "quick_replies", "text"] as const;

// Texts in the shapes of the kinds the checks below use, so that the JSON Schema says their rules too.
const valueText = textOf({ max: MAX.url });
const buttonShape = z
  .object({
    text: longText.out.meta({ description: "The button's text." }),
    type: z.enum(BUTTON_TYPES).meta({ description: "What a click does: webview, message, url or phone." }),
    value: valueText.out.meta({
      description: "What the type acts on: the message, the address, the number.",
    }),
    postbackId: text.out.meta({ description: "Identifies the button in postback events." }),
    buttonId: text.out.optional().meta({ description: "The button's id; the server makes one if unset." }),
    role: z.enum(ROLES).optional().meta({ description: "default, primary or danger." }),
  })
  .strict()
  .meta({ id: "RichMessageButton", description: "A button of a rich message element." });

const imageShape = z
  .object({
    url: httpUrlOf(MAX.url).out.meta({ description: "The image's address." }),
    name: text.out.optional().meta({ description: "The file name." }),
    contentType: text.out.optional().meta({ description: "Its media type, like image/png." }),
    size: z.int().min(0).optional().meta({ description: "Its size in bytes." }),
    width: z.int().min(0).optional().meta({ description: "Its width in pixels." }),
    height: z.int().min(0).optional().meta({ description: "Its height in pixels." }),
    alternativeText: text.out.optional().meta({ description: "The text shown in its place." }),
  })
  .strict()
  .meta({ id: "RichMessageImage", description: "The image of a rich message element." });

const elementShape = z
  .object({
    title: longText.out.meta({ description: "The element's title." }),
    subtitle: longText.out.meta({ description: "The text under the title." }),
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
      value: by(valueText),
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
  comparedPart: (actual, desired) => {
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
