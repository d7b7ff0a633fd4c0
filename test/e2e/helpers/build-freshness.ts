// Whether dist/ was built from the sources under src/ as they are now. The end-to-end tests run dist/ (installed
// into node_modules, where programs load the package from): a source changed after the build would be tested
// by its old code, and a failure or a pass would say nothing about it. `npm run build` removes dist/ and writes
// all of it again, so its oldest file dates the build's start; a source newer than that may not be in it.

import * as fs from "fs";
import * as path from "path";

/** Every file under `dir`, with its modification time; none if `dir` does not exist. */
function filesUnder(dir: string): { file: string; mtimeMs: number }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, mtimeMs: fs.statSync(file).mtimeMs };
    });
}

export interface Freshness {
  /** When the build started (its oldest file), or undefined without a build. */
  built?: Date;
  /** The sources changed since, relative to the root, newest first. */
  newer: string[];
}

/** The sources under `root`/src changed after `root`/dist was built. */
export function sourcesNewerThanBuild(root: string): Freshness {
  const built = filesUnder(path.join(root, "dist"));
  if (built.length === 0) return { newer: [] };
  const start = Math.min(...built.map((f) => f.mtimeMs));
  const newer = filesUnder(path.join(root, "src"))
    .filter((f) => f.mtimeMs > start)
    .sort((a, b) => b.mtimeMs - a.mtimeMs)
    .map((f) => path.relative(root, f.file).split(path.sep).join("/"));
  return { built: new Date(start), newer };
}

/** Throws, saying what to run, when `root`/dist is missing or older than a file under `root`/src. */
export function checkBuildIsFresh(root: string): void {
  const { built, newer } = sourcesNewerThanBuild(root);
  if (!built) throw new Error("dist/ is missing: run npm run build before the end-to-end tests");
  if (newer.length === 0) return;
  const shown = newer.slice(0, 5).join(", ") + (newer.length > 5 ? ` and ${newer.length - 5} more` : "");
  throw new Error(
    `dist/ is older than src/ (built ${built.toISOString()}; changed since: ${shown}): run npm run build ` +
      "before the end-to-end tests, which run the package as built",
  );
}
