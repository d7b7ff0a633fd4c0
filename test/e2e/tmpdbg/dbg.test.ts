import * as fs from "fs";
import * as path from "path";
import { openWorld } from "../matrix/world";
it("dbg", async () => {
  const w = await openWorld("root");
  const text = fs.readFileSync("/tmp/export-v2.yaml", "utf8");
  fs.writeFileSync(path.join(w.dir, "spec.yaml"), text);
  const out: string[] = [];
  await w.stack.up({ onOutput: (l) => out.push(l) }).catch((e) => out.push(String(e)));
  const b = await w.rootStack("b", text);
  const out2: string[] = [];
  await b.stack.up({ onOutput: (l) => out2.push(l) }).catch((e) => out2.push(String(e)));
  console.log(
    out2
      .join("")
      .split("\n")
      .filter((l) => /error|Unexpected|struct/i.test(l))
      .slice(0, 40)
      .join("\n"),
  );
  await w.close();
}, 120000);
