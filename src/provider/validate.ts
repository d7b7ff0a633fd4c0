// The inputs' own validation: defaults, each field's schema, and the rules across fields. Pure and free of the
// client, so the account spec loader runs it in a program without loading the HTTP client.
import type * as pulumi from "@pulumi/pulumi";
import { isUnknown } from "./fields";
import { problemOf } from "./schema";
import type { CrossFieldRule, Props, ResourceDeclaration } from "./declaration";

type CheckFailure = pulumi.dynamic.CheckFailure;

/** Keys that belong to Pulumi or to the lifecycle, not to the resource's fields. */
const RESERVED = new Set(["__provider", "adopt"]);

/** Defaults, then validation of each field and across fields; pure, so the account spec loader uses it too. */
export function validateInputs(
  declaration: ResourceDeclaration,
  news: Props,
): { inputs: Props; failures: CheckFailure[] } {
  const inputs: Props = {};
  const failures: CheckFailure[] = [];
  for (const [name, field] of Object.entries(declaration.fields)) {
    let value: unknown = news[name] ?? undefined;
    if (value === undefined && field.default !== undefined) value = structuredClone(field.default);
    if (value === undefined) {
      if (field.required) failures.push({ property: "", reason: `${declaration.type}: ${name} is required` });
      continue;
    }
    const reason = isUnknown(value) ? undefined : problemOf(field.schema, value);
    if (reason) failures.push(failureOf(declaration, name, reason));
    inputs[name] = value;
  }
  for (const key of Object.keys(news)) {
    if (!RESERVED.has(key) && !(key in declaration.fields) && news[key] !== undefined) {
      const known = Object.keys(declaration.fields).join(", ");
      failures.push({
        property: "",
        reason: `${declaration.type}: unknown field ${key}; the fields are ${known}`,
      });
    }
  }
  if (news.adopt !== undefined && typeof news.adopt !== "boolean" && !isUnknown(news.adopt)) {
    failures.push({ property: "adopt", reason: `${declaration.type}: adopt must be true or false` });
  }
  if (news.adopt !== undefined) inputs.adopt = news.adopt;
  // Rules over several fields wait for the values they read: at preview some may not be known yet.
  const known = (rule: CrossFieldRule<unknown>) => rule.reads.every((name) => !isUnknown(inputs[name]));
  if (failures.length === 0) {
    if (declaration.complete && known(declaration.complete)) declaration.complete.run(inputs);
    if (declaration.validate && known(declaration.validate)) {
      for (const f of declaration.validate.run(inputs))
        failures.push(failureOf(declaration, f.property, f.reason));
    }
  }
  return { inputs, failures };
}

const failureOf = (declaration: ResourceDeclaration, name: string, reason: string): CheckFailure => ({
  property: name,
  reason: `${declaration.type}: ${name} ${reason}`,
});
