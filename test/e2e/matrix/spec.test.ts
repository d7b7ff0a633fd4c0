import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { entriesOf, inSpecOf, specOf, type Variant } from "./cells";
import { Cells } from "./cells-log";
import { fixture } from "../../matrix/examples";
import { runLifecycle } from "./lifecycle";
import { checkUnmanaged } from "./unmanaged";
import { openWorld, type World } from "./world";

// The test matrix, account spec path (b): every type in the spec of each generation its section follows (v2
// spec: the v2 types and those only v3.6 has; `api: v3.6` spec: the v3.6 types of the sections both have),
// through the lifecycle with every secret given as `{ secret: <config key> }`, then objects made behind the
// stack's back listed as unmanaged (d). One stack of the root program per spec, each on its own account.

describe.each(["v2", "v3.6"] as const)("the test matrix: the account spec, api %s", (api) => {
  let world: World;
  const entries = entriesOf(inSpecOf(api));
  const cells = new Cells(`spec ${api}`);

  beforeAll(async () => {
    world = await openWorld("root");
  }, 120_000);
  afterAll(async () => {
    process.stdout.write(`${cells.summary()}\n`);
    await world?.close();
  });

  it("every type of the spec: made, refreshed, updated, replaced, drifted, restored, listed unmanaged, destroyed", async () => {
    cells.start();
    const declare = async (variant: Variant) => {
      const { spec, secrets } = specOf(entries, variant, api, fixture().groups);
      fs.writeFileSync(path.join(world.dir, "spec.yaml"), stringify(spec, { version: "1.1" }));
      for (const [key, value] of Object.entries(secrets))
        await world.stack.setConfig(key, { value, secret: true });
    };
    await runLifecycle(world, entries, cells, declare, () => checkUnmanaged(world, entries, cells));
    expect(cells.failures).toEqual([]);
  }, 1_800_000);
});
