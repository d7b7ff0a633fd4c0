// A short digest of a spec as the root program applies it (overlay merged): the program records it in the stack's
// outputs, so a drift check against the last deployment can tell that the spec changed since.
import { createHash } from "crypto";
import { stableJson } from "../provider/fields";
import type { AccountSpec } from "./types";

export const specDigest = (spec: AccountSpec): string =>
  createHash("sha256").update(stableJson(spec)).digest("hex").slice(0, 16);
