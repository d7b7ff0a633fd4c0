// The Client ID (an application in the Developer Console) that owns a v3.6 webhook, bot or webhook state.
import * as z from "zod";
import type { Field } from "../../provider/declaration";
import { explained } from "../../provider/schema";

// Client IDs are 32 hex digits; the reference's examples also show shorter letters-only ones.
const CLIENT_ID = /^[A-Za-z0-9_-]{1,128}$/;

export const clientId = explained(z.string().regex(CLIENT_ID).meta({ minLength: 1, maxLength: 128 }), (v) =>
  typeof v === "string" && CLIENT_ID.test(v)
    ? undefined
    : "must be a Client ID as the Developer Console shows it (letters, digits, - and _, at most 128), like 0805e283233042b37f460ed8fbf22160",
);

/** The owning Client ID: required (PAT callers must send it), and an object cannot change owner. */
export const ownerClientId = (doc: string): Field => ({
  doc,
  schema: clientId,
  required: true,
  replace: true,
});
