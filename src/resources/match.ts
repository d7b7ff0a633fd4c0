// Matching wire objects, shared by both API generations.
import type { WireObject } from "../provider/declaration";

/** Matches a wire object by its id, whatever type the id arrived as (a number, or its digits as text). */
export const byId = (id: unknown) => (o: WireObject) => String(o.id) === String(id);
