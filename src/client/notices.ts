import { ApiVersion } from "./http";

/**
 * An API version the server says is being retired: LiveChat answers a legacy version with a `Legacy`
 * header and a deprecated one with a `Deprecation` header, each giving the day that stage ends.
 */
export interface ApiNotice {
  /** The API generation whose answer carried the header. */
  version: ApiVersion;
  /** `legacy`: only critical fixes, ~1-1.5 years; `deprecated`: ~3-6 months before it is switched off. */
  stage: "legacy" | "deprecated";
  /** When the stage ends, `YYYY-MM-DD` as the server sent it (other forms are kept as sent, cut short). */
  until: string;
}

const STAGES = [
  ["legacy", "legacy"],
  ["deprecation", "deprecated"],
] as const;

/** The notices one answer's headers carry. */
export function noticesIn(version: ApiVersion, headers: Record<string, unknown>): ApiNotice[] {
  const notices: ApiNotice[] = [];
  for (const [header, stage] of STAGES) {
    const raw = headers[header];
    const value = typeof raw === "string" ? raw : Array.isArray(raw) ? String(raw[0]) : undefined;
    const until = value === undefined ? "" : untilOf(value);
    if (until) notices.push({ version, stage, until });
  }
  return notices;
}

function untilOf(value: string): string {
  const text = value.trim();
  // RFC 9745 writes the Deprecation date as `@<epoch seconds>`; LiveChat documents YYYY-MM-DD.
  const epoch = /^@(\d{1,11})$/.exec(text);
  if (epoch) return new Date(Number(epoch[1]) * 1000).toISOString().slice(0, 10);
  return text.slice(0, 64);
}

/** The distinct notices seen so far, each reported once to `onNotice`. */
export class ApiNoticeLog {
  readonly #seen = new Map<string, ApiNotice>();
  readonly #onNotice?: (notice: ApiNotice) => void;

  constructor(onNotice?: (notice: ApiNotice) => void) {
    this.#onNotice = onNotice;
  }

  /** Records the notices in one answer's headers. */
  record(version: ApiVersion, headers: Record<string, unknown>): void {
    for (const notice of noticesIn(version, headers)) {
      const key = `${notice.version} ${notice.stage} ${notice.until}`;
      if (this.#seen.has(key)) continue;
      this.#seen.set(key, notice);
      try {
        this.#onNotice?.({ ...notice });
      } catch {
        // A logging hook must not change the outcome of a call.
      }
    }
  }

  /** Copies of the notices, in the order first seen. */
  list(): ApiNotice[] {
    return [...this.#seen.values()].map((notice) => ({ ...notice }));
  }
}
