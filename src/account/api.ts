// The spec's `api` line: which API generation declares the sections both have, once for all of them
// (`api: v3.6`) or per section (`api: { agents: v3.6 }`).
import { APIS, CHOOSABLE, hasSection, SECTION_NAMES, sectionWords, type Api, type Section } from "./types";

const VALUES = `"v2" or "v3.6"`;

/** Why a value is not an API generation, completing "<path> ..."; `or` names what else the place takes. */
function notAnApi(value: unknown, or = ""): string | undefined {
  if (APIS.includes(value as Api)) return undefined;
  const hint =
    value === 3.6 || value === "3.6"
      ? " (write v3.6: 3.6 without the v reads as a number)"
      : value === 2 || value === "2"
        ? " (write v2)"
        : "";
  return `must be ${VALUES}${or}${hint}`;
}

/**
 * Checks the spec's `api` value and returns it when usable (undefined: every section takes its default),
 * reporting each problem with its path below `api`.
 */
export function checkApi(
  value: unknown,
  problem: (path: string[], message: string) => void,
): Api | Record<string, Api> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    const why = notAnApi(value, `, or a mapping of sections to those, like "api: { agents: v3.6 }"`);
    if (!why) return value as Api;
    problem([], why);
    return undefined;
  }
  let ok = true;
  for (const [section, api] of Object.entries(value as Record<string, unknown>)) {
    const why = CHOOSABLE.includes(section as Section)
      ? notAnApi(api)
      : !SECTION_NAMES.includes(section as Section)
        ? `is not a section; api chooses the generation of ${CHOOSABLE.join(", ")}`
        : hasSection(section as Section, "v2")
          ? `${sectionWords(section)} exist only in the Configuration API v2; remove ${section} from api`
          : `${sectionWords(section)} exist only in the Configuration API v3.6 and need no api line; remove ${section} from api`;
    if (why) {
      problem([section], why);
      ok = false;
    }
  }
  return ok ? (value as Record<string, Api>) : undefined;
}
