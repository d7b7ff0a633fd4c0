import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkBuildIsFresh, sourcesNewerThanBuild } from "../e2e/helpers/build-freshness";

// The end-to-end tests' global setup refuses a dist/ older than src/. A throwaway tree with set modification
// times stands for the repo.

describe("the check that dist/ was built from src/ as it is", () => {
  let root: string;
  /** Writes `file` under the root, modified `minutes` after a fixed moment. */
  const write = (file: string, minutes: number) => {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, "");
    const at = new Date(Date.UTC(2030, 0, 1, 12, minutes));
    fs.utimesSync(full, at, at);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "build-freshness-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("passes when every source is older than the build", () => {
    write("src/index.ts", 0);
    write("src/provider/create.ts", 1);
    write("dist/index.js", 2);
    write("dist/provider/create.js", 3);
    expect(sourcesNewerThanBuild(root)).toEqual({ built: new Date("2030-01-01T12:02:00.000Z"), newer: [] });
    expect(() => checkBuildIsFresh(root)).not.toThrow();
  });

  it("fails naming the sources changed after the build, and what to run", () => {
    write("src/index.ts", 0);
    write("dist/index.js", 2);
    write("dist/provider/create.js", 3);
    write("src/provider/create.ts", 4);
    write("src/emulator/faults.ts", 5);
    expect(sourcesNewerThanBuild(root).newer).toEqual(["src/emulator/faults.ts", "src/provider/create.ts"]);
    expect(() => checkBuildIsFresh(root)).toThrow(
      "dist/ is older than src/ (built 2030-01-01T12:02:00.000Z; changed since: src/emulator/faults.ts, " +
        "src/provider/create.ts): run npm run build before the end-to-end tests, which run the package as built",
    );
  });

  it("dates the build by its oldest file: a source changed while it was written is not known to be in it", () => {
    write("dist/index.js", 2);
    write("src/index.ts", 3);
    write("dist/provider/create.js", 4);
    expect(() => checkBuildIsFresh(root)).toThrow(
      /dist\/ is older than src\/ .*src\/index\.ts.*run npm run build/,
    );
  });

  it("names five sources at most", () => {
    write("dist/index.js", 0);
    for (let i = 1; i <= 7; i++) write(`src/file${i}.ts`, i);
    expect(() => checkBuildIsFresh(root)).toThrow(
      "changed since: src/file7.ts, src/file6.ts, src/file5.ts, src/file4.ts, src/file3.ts and 2 more)",
    );
  });

  it("fails when there is no build at all", () => {
    write("src/index.ts", 0);
    expect(() => checkBuildIsFresh(root)).toThrow("dist/ is missing: run npm run build");
  });
});
