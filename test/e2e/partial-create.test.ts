import type { EngineEvent } from "@pulumi/pulumi/automation";
import { changesOf, managedResources } from "./helpers/events";
import { expectUpFails, expectUpSucceeds, requestLines } from "./helpers/faults";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// An agent's create is two calls: POST /agents, then a PUT for its work schedule. When the PUT fails, the
// agent already exists in the account; it must be recorded in the state all the same (Pulumi's partial
// create), or every later up stops on "Agent with this login already exists".

const LOGIN = "sam@example.com";
const SCHEDULE = {
  monday: { enabled: true, start: "09:00", end: "17:00" },
  friday: { enabled: false, start: "10:00", end: "14:00" },
};
const resources: Declared[] = [
  {
    type: "Agent",
    name: "sam",
    args: { login: LOGIN, name: "Sam Smith", password: "sam-password", workScheduler: SCHEDULE },
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the emulator's state, read loosely in assertions
type AccountState = Record<string, any[]>;

describe("an agent whose work schedule cannot be set at creation", () => {
  let a: Account;
  const state = () => a.emulator.state() as unknown as AccountState;
  const agents = () => state().agents.filter((x: { login: string }) => x.login === LOGIN);
  const writes = (from: number) =>
    requestLines(a.emulator, (r) => ["POST", "PUT", "DELETE"].includes(r.method), from);

  beforeAll(async () => {
    a = await openAccount({ "livechat:maxRetries": "0", "livechat:maxRequestsPerSecond": "100" });
    await a.declare(resources);
  }, 120_000);
  afterAll(async () => a?.close());

  /** The up while the API refuses every PUT to an agent: it must fail. */
  const failedUp = step(async () => {
    const from = a.emulator.requests().length;
    a.emulator.setFaults({ error5xxRate: 1, methods: ["PUT"], pathPrefix: "/agents" });
    try {
      const failed = await expectUpFails(a.t.stack, { onOutput: a.t.onOutput });
      return { failed, writes: writes(from) };
    } finally {
      a.emulator.clearFaults();
    }
  });
  /** The next up, with the API answering again. */
  const nextUp = step(async () => {
    await failedUp();
    const from = a.emulator.requests().length;
    const up = await expectUpSucceeds(a.t.stack, { onOutput: a.t.onOutput });
    return { up, writes: writes(from) };
  });

  it("is recorded in the state by the up that failed", async () => {
    const { failed, writes } = await failedUp();
    // The agent was made, then its schedule refused, once (no retries): the up failed on it, saying so.
    expect(writes).toEqual(["POST /agents 200", `PUT /agents/${LOGIN} 503`]);
    expect(failed.errors).toEqual([
      {
        name: "sam",
        message: expect.stringContaining(
          `Agent ${LOGIN} was created, but setting workScheduler failed: LiveChat API PUT /agents/${LOGIN} ` +
            "failed: 503 Service unavailable (injected fault). It is recorded in the stack; run pulumi up again " +
            "to finish it.",
        ),
      },
    ]);
    expect(agents()).toHaveLength(1);

    const recorded = (await managedResources(a.t.stack)).filter((r) => r.type === "Agent");
    expect(recorded).toEqual([expect.objectContaining({ name: "sam", id: LOGIN })]);
    expect(recorded[0].outputs).toMatchObject({ login: LOGIN, name: "Sam Smith" });
  }, 300_000);

  it("gets its schedule from the next up, once the API answers again, without a second agent", async () => {
    const { up, writes } = await nextUp();
    expect(up.summary.result).toBe("succeeded");
    // Taken up where it stopped: never created again, only its schedule set.
    expect(writes).toEqual([`PUT /agents/${LOGIN} 200`]);
    expect(agents()).toHaveLength(1);
    expect(agents()[0].work_scheduler).toMatchObject({
      monday: { enabled: 1, start: "09:00", end: "17:00" },
      friday: { enabled: 0, start: "10:00", end: "14:00" },
    });
  }, 300_000);

  it("previews no change after that", async () => {
    await nextUp();
    const events: EngineEvent[] = [];
    const preview = await a.t.stack.preview({ expectNoChanges: true, onEvent: (e) => events.push(e) });
    expect(changesOf(events)).toEqual({});
    expect(preview.changeSummary).toEqual({ same: 2 });
    expect(agents()).toHaveLength(1);
  }, 300_000);
});
