import { createHash } from "crypto";

// The pieces of the Pulumi names the account spec derives from natural keys. They are in users' states:
// a change here renames (deletes and recreates) their objects.

/** Lower case, with runs of anything but letters, digits and @ . _ - turned into one dash. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9@._-]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A short hash of a text: unique enough to tell two names apart. */
export const short = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);

/** A group reference as part of a name (a name or an id; 0 when unset). */
export const groupPart = (group: unknown) => slug(String(group ?? 0));
