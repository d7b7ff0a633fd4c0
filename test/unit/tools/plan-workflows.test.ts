import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

// The pull-request workflows of examples/ci: their scripts are valid bash, they run the plan with the package's
// policy pack when the project has a policy config, and they edit one comment instead of adding one per push.

const CI = path.join(__dirname, "../../../examples/ci");
type Job = { steps: { run?: string }[] };

describe.each([
  ["plan-comment.yml", 'livechat-pulumi plan --stack "$STACK" --markdown "${policy[@]}"'],
  ["fleet-plan-comment.yml", 'livechat-pulumi fleet plan --markdown "${policy[@]}"'],
])("examples/ci/%s", (file, command) => {
  const workflow = parse(fs.readFileSync(path.join(CI, file), "utf8"));
  const job = workflow.jobs.plan as Job;
  const scripts = job.steps.flatMap((s) => (s.run ? [s.run] : []));

  it("runs on pull requests, may write their comments, and each script parses as bash", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(workflow.permissions["pull-requests"]).toBe("write");
    for (const script of scripts) {
      const check = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
      expect({ script, stderr: check.stderr }).toEqual({ script, stderr: "" });
    }
  });

  it("plans with the package's policy pack when the project has policy.json", () => {
    const all = scripts.join("\n");
    expect(all).toContain(command);
    expect(all).toContain(
      "--policy-pack node_modules/pulumi-livechat/policy --policy-pack-config policy.json",
    );
  });

  it("updates its one comment, found by a marker, instead of adding one per push", () => {
    const all = scripts.join("\n");
    expect(all).toMatch(/marker="<!-- livechat-[a-z-]+(:\$STACK)? -->"/);
    expect(all).toContain('gh api -X PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id"');
  });
});
