// The licence's state, id sequences, and persistence to an optional JSON file. The file holds the
// same wire-format snapshot as GET /_emulator/state plus the id counters, so a saved account can
// also be read (or hand-edited) like a seed.

import * as fs from "fs";
import * as path from "path";
import {
  ID_SEQUENCES,
  emptyState,
  findAgent,
  initialState,
  ownerAgent,
  type NextIds,
  type State,
} from "./model";
import { exportState, importState, type WireState } from "./snapshot";

export interface AccountConfig {
  ownerLogin: string;
  licence: number;
  /** The owner's account id. */
  accountId: string;
}

interface SavedFile {
  format: "livechat-emulator-state";
  version: 1;
  nextIds: NextIds;
  state: WireState;
}

export class Store {
  state: State;

  constructor(
    readonly account: AccountConfig,
    private readonly dataFile?: string,
  ) {
    this.state = initialState(account.ownerLogin, account.accountId);
    if (dataFile && fs.existsSync(dataFile)) this.load(dataFile);
    else this.save();
  }

  reset(): void {
    this.state = initialState(this.account.ownerLogin, this.account.accountId);
    this.save();
  }

  /** Allocates the next id of a sequence. */
  nextId(kind: keyof NextIds): number {
    const id = this.state.nextIds[kind];
    this.state.nextIds[kind] = id + ID_SEQUENCES[kind].step;
    return id;
  }

  snapshot(): WireState {
    return exportState(this.state);
  }

  /** Adds wire-format objects to the state; all or nothing (a bad seed leaves the state untouched). */
  seed(wire: unknown): void {
    const draft = structuredClone(this.state);
    importState(draft, wire, this.account);
    this.state = draft;
    this.save();
  }

  /** Writes the state atomically (temp file + rename) so a crash never leaves half a file. */
  save(): void {
    if (!this.dataFile) return;
    const file: SavedFile = {
      format: "livechat-emulator-state",
      version: 1,
      nextIds: this.state.nextIds,
      state: this.snapshot(),
    };
    fs.mkdirSync(path.dirname(path.resolve(this.dataFile)), { recursive: true });
    const tmp = `${this.dataFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(file, null, 2) + "\n");
    fs.renameSync(tmp, this.dataFile);
  }

  private load(dataFile: string): void {
    let saved: Partial<SavedFile>;
    try {
      saved = JSON.parse(fs.readFileSync(dataFile, "utf8")) as Partial<SavedFile>;
    } catch (err) {
      throw new Error(`Cannot read emulator state file ${dataFile}: ${(err as Error).message}`);
    }
    const state = emptyState();
    try {
      importState(state, saved.state ?? {}, this.account);
    } catch (err) {
      throw new Error(`Invalid emulator state file ${dataFile}: ${(err as Error).message}`);
    }
    // Keep the saved counters so ids of deleted objects are not handed out again after a restart.
    for (const key of Object.keys(state.nextIds) as (keyof NextIds)[]) {
      const savedNext = saved.nextIds?.[key];
      if (typeof savedNext === "number" && savedNext > state.nextIds[key]) state.nextIds[key] = savedNext;
    }
    // The configured login must exist as an agent (it authenticates and authors objects), even
    // if the file was written under another --login or by hand.
    const owner = findAgent(state, this.account.ownerLogin);
    if (!owner) state.agents.unshift(ownerAgent(this.account.ownerLogin, this.account.accountId));
    else owner.accountId = this.account.accountId;
    this.state = state;
  }
}
