// Values as the engine's events carry them, made safe and plain for a report.
import { isUnknown } from "../provider/fields";

/** What a report shows for a secret value: never the value, in any format. */
export const SECRET = "[secret]";
/** What a report shows for a value the program only knows at deploy time (another resource's id...). */
export const UNKNOWN_VALUE = "(known after apply)";

/** The key by which Pulumi marks a secret value in serialized state and in engine events. */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const SECRET_SIG_VALUE = "1b47061264138c4ac30d75fd1eb44270";

function isSecretEnvelope(value: unknown): boolean {
  return (
    !!value &&
    typeof value === "object" &&
    (value as Record<string, unknown>)[SECRET_SIG] === SECRET_SIG_VALUE
  );
}

/** Replaces every secret inside a value with SECRET, so nothing downstream can print one. */
export function maskSecrets(value: unknown): unknown {
  if (isSecretEnvelope(value)) return SECRET;
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v)]));
  }
  return value;
}

/** A value for a report: secrets masked, unknowns named, unset as null (JSON has no undefined). */
export function reportValue(value: unknown): unknown {
  const masked = maskSecrets(value);
  if (masked === undefined) return null;
  if (isUnknown(masked)) return UNKNOWN_VALUE;
  return masked;
}

/** One value on one line of text: strings quoted, lists and objects as JSON, unset as "(unset)". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "(unset)";
  if (value === SECRET || value === UNKNOWN_VALUE) return value;
  return JSON.stringify(value);
}
