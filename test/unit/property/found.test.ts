import type * as z from "zod";
import { toJson } from "../../../src/codegen/json-schema";
import { registry } from "../../../src/resources/registry";
import * as kinds from "../../../src/provider/schema";
import { asEditor } from "../../spec-schema";

// The values on which the property tests found the JSON Schema (what an editor says) and the check (what a
// preview says) apart, each kept as an example: both must now say `valid`. The comment says what each said.
const KINDS: Record<string, z.ZodType> = {
  text: kinds.text,
  pathSegment: kinds.pathSegment(),
  email: kinds.email,
  password: kinds.password(5, 128),
  "digits()": kinds.digits(),
  "digits(1)": kinds.digits(1),
  httpUrl: kinds.httpUrlOf(kinds.MAX.webhookUrl),
  urlPattern: kinds.urlPattern,
};
const schemaOf = (where: string): z.ZodType => {
  if (KINDS[where]) return KINDS[where];
  const at = where.lastIndexOf(".");
  return registry[where.slice(0, at)].fields[where.slice(at + 1)].schema;
};
const verdicts = (where: string, value: unknown) => {
  const schema = schemaOf(where);
  return {
    editor: asEditor(toJson(schema))(value) === true,
    check: kinds.problemOf(schema, value) === undefined,
  };
};

const EXAMPLES: [string, string, unknown, boolean][] = [
  // Control characters (C0, DEL, C1), vertical tab, lone surrogates: the pattern let them through.
  ["text", "a C1 control character", "a\u0085b", false],
  ["text", "a C0 control character", "\u0007!", false],
  ["text", "DEL", "a\u007f", false],
  ["text", "a lone surrogate", "\ud800!", false],
  ["CannedResponse.text", "a vertical tab in multi-line text", "a\u000bb", false],
  ["CannedResponse.text", "a line break in multi-line text", "line\nnext", true],
  // A path segment's pattern said nothing of spaces.
  ["pathSegment", "a leading space", " a", false],
  ["pathSegment", "blank", "  ", false],
  // format: email refused what the server takes and took / and # (a login is part of a request path).
  ["email", "two dots (the check's form takes them)", "a@a..a", true],
  ["email", "a non-ASCII address", "jürgen@example.de", true],
  ["email", "a #", "#@a.a", false],
  ["email", "a /", "a/b@example.com", false],
  // The check counted UTF-16 units (354), JSON Schema characters (254).
  ["email", "254 characters, 100 of them emoji", `${"😀".repeat(100)}@${"a".repeat(150)}.io`, true],
  ["password", "a trailing newline", "secret\n", false],
  ["password", "a NUL", "\u0000abcdef", false],
  // ^\d+$ took numbers below the minimum and past the safe integers.
  ["digits(1)", "00, below 1", "00", false],
  ["digits()", "2^53, past the safe integers", "9007199254740992", false],
  ["digits()", "the largest safe integer with leading zeros", "0009007199254740991", true],
  // format: uri refused what the check and servers take; the check took addresses not written whole.
  ["httpUrl", "a non-ASCII path", "https://example.com/ä", true],
  ["httpUrl", "a space in the path", "https://example.com/a b", true],
  ["httpUrl", "three slashes", "https:///example.com", false],
  ["httpUrl", "one slash", "https:/example.com", false],
  // The pattern was text's alone: other schemes and credentials went through.
  ["urlPattern", "another scheme", "aHTTP://x", false],
  ["urlPattern", "credentials", "user@shop.com/x", false],
  ["urlPattern", "an @ in the path", "shop.com/a@b", true],
  ["urlPattern", "javascript:", "javascript:alert(1)", false],
];

describe("the JSON Schema and the check agree on what the property tests found", () => {
  it.each(EXAMPLES)("%s: %s", (where, _what, value, valid) => {
    expect(verdicts(where, value)).toEqual({ editor: valid, check: valid });
  });

  // The exceptions of the property test, as the checks keep them.
  it.each([["httpUrl", "a host the URL parser cannot read", "https://a.4"]])(
    "%s: only the check refuses %s",
    (where, _what, value) => {
      expect(verdicts(where, value)).toEqual({ editor: true, check: false });
    },
  );
});
