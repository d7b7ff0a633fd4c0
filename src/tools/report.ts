// The drift report: what `livechat-pulumi drift` found, in a shape every output format renders.

/**
 * How a managed resource differs from its code:
 * - `update`: fields differ and can be set in place;
 * - `replace`: a field differs that the API cannot change, so applying the code replaces the object;
 * - `deleted`: the stack manages it, but it is gone from the account;
 * - `added`: it is in the code but was never deployed;
 * - `removed`: it is no longer in the code, but the stack still manages it in the account.
 */
export type Change = "update" | "replace" | "deleted" | "added" | "removed";

/** One field whose value in the code differs from the account's. Secrets are shown as "[secret]". */
export interface FieldDrift {
  field: string;
  /** The desired value (with the provider's defaults filled in); null when unset. */
  code: unknown;
  /** The value the account holds now; null when unset. */
  account: unknown;
}

export interface ResourceDrift {
  /** The resource type, as in `new Agent(...)`. */
  type: string;
  /** The Pulumi resource name. */
  name: string;
  urn: string;
  change: Change;
  /** The differing fields; empty for deleted, added and removed resources. */
  fields: FieldDrift[];
}

/** An object in the account that the stack does not manage. */
export interface UnmanagedObject {
  /** The id the provider would give it (a login for agents, `group:name` for tags). */
  id: string;
  /** What people call it: a name, a login, the start of a text. */
  name: string;
}

export interface DriftReport {
  stack: string;
  /** True when anything differs (and, when unmanaged objects were asked for, when there are any). */
  drift: boolean;
  /** How many LiveChat resources the stack's code declares or its state holds. */
  checked: number;
  resources: ResourceDrift[];
  /** Unmanaged objects per resource type; present only when asked for. */
  unmanaged?: Record<string, UnmanagedObject[]>;
  /** LiveChat API versions the server says are being retired (its Legacy/Deprecation headers), in words. */
  notices?: string[];
  /**
   * What the account was compared with: the stack's last deployment (its state; the default, no engine run), or
   * the code (a preview with refresh, `--preview`).
   */
  comparedWith?: "deployment" | "code";
  /**
   * Compared with the last deployment: whether the code (the root program's spec) changed since, so that a
   * preview would show changes this report does not; unset where it cannot be told (a program of one's own).
   */
  codeChanged?: boolean;
}

export const UNMANAGED_TITLE = "Objects in the account that the stack does not manage";

/** A sentence for a resource that differs as a whole (deleted, added, removed), or undefined. */
export function wholeChange(change: Change): string | undefined {
  switch (change) {
    case "deleted":
      return "was deleted in the account";
    case "added":
      return "is in the code but not in the account (never deployed)";
    case "removed":
      return "is no longer in the code, but the stack still manages it in the account";
    default:
      return undefined;
  }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 of 15 resources differ from the account", for every format's summary line. */
export function differingSentence(report: DriftReport): string {
  const n = report.resources.length;
  return `${n} of ${plural(report.checked, "resource")} ${n === 1 ? "differs" : "differ"} from the account`;
}

/** What the account was compared with, for the first line: "the code", "its last deployment". */
export const basisWords = (report: DriftReport): string =>
  report.comparedWith === "deployment" ? "its last deployment" : "the code";

/** After the count of differing resources: " (compared with its last deployment)"; nothing for the code. */
export const basisSuffix = (report: DriftReport): string =>
  report.comparedWith === "deployment" ? ` (compared with ${basisWords(report)})` : "";

/**
 * What a report compared with the last deployment cannot show, when there is something: code changed (or maybe
 * changed) since, which a preview would show.
 */
export function pendingCodeNote(report: DriftReport): string | undefined {
  if (report.comparedWith !== "deployment" || report.codeChanged === false) return undefined;
  return report.codeChanged
    ? "The spec changed since the last deployment: this report compares the account with what was deployed. " +
        "`pulumi preview` shows what applying the spec would change (`livechat-pulumi drift --preview`, the " +
        "account against the code)."
    : "Compared with the last deployment: code changed since is not drift of the account. `pulumi preview` " +
        "shows what applying the code would change (`livechat-pulumi drift --preview`, the account against the code).";
}

export function unmanagedCount(report: DriftReport): number {
  return Object.values(report.unmanaged ?? {}).reduce((n, list) => n + list.length, 0);
}
