// Reading v3.6 request bodies. They are JSON only, so types are strict (a number is not a string, a
// boolean is true/false). Every failure is a `validation` error naming the parameter in backticks, in the
// reference's style ("`id` is required").

import type { Input } from "../validate";
import { validation } from "./errors";

export type Parse<T> = (value: unknown, name: string) => T;

export const isObject = (value: unknown): value is Input =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const present = (input: Input, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined && input[key] !== null;

export const bad = (name: string, what: string): Error => validation(`\`${name}\` must be ${what}`);

export function req<T>(input: Input, key: string, parse: Parse<T>, prefix = ""): T {
  if (!present(input, key)) throw validation(`\`${prefix}${key}\` is required`);
  return parse(input[key], `${prefix}${key}`);
}

export function opt<T>(input: Input, key: string, parse: Parse<T>, prefix = ""): T | undefined {
  return present(input, key) ? parse(input[key], `${prefix}${key}`) : undefined;
}

/** Refuses keys the method does not document. */
export function onlyKeys(input: Input, allowed: readonly string[], prefix = ""): void {
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) {
      throw validation(
        `\`${prefix}${key}\` is not a parameter of this method (allowed: ${allowed.join(", ")})`,
      );
    }
  }
}

export const str: Parse<string> = (value, name) => {
  if (typeof value !== "string" || value.trim() === "") throw bad(name, "a non-empty string");
  return value;
};

/** A string that may be empty. */
export const text: Parse<string> = (value, name) => {
  if (typeof value !== "string") throw bad(name, "a string");
  return value;
};

export const maxLen =
  (max: number, parse: Parse<string> = str): Parse<string> =>
  (value, name) => {
    const s = parse(value, name);
    if ([...s].length > max) throw bad(name, `at most ${max} characters long`);
    return s;
  };

export const bool: Parse<boolean> = (value, name) => {
  if (typeof value !== "boolean") throw bad(name, "true or false");
  return value;
};

export const int =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Parse<number> =>
  (value, name) => {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? (min === 0 ? " >= 0" : "") : ` from ${min} to ${max}`;
      throw bad(name, `an integer${range}`);
    }
    return value;
  };

export const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (value, name) => {
    if (typeof value !== "string" || !(values as readonly string[]).includes(value)) {
      throw bad(name, `one of: ${values.join(", ")}`);
    }
    return value as T;
  };

export const obj: Parse<Input> = (value, name) => {
  if (!isObject(value)) throw bad(name, "an object");
  return value;
};

export const arrayOf =
  <T>(item: Parse<T>, max?: number): Parse<T[]> =>
  (value, name) => {
    if (!Array.isArray(value)) throw bad(name, "an array");
    if (max !== undefined && value.length > max) throw bad(name, `an array of at most ${max} items`);
    return value.map((v, i) => item(v, `${name}[${i}]`));
  };

/** A set given as an array: duplicates dropped, first occurrence kept. */
export const setOf =
  <T>(item: Parse<T>): Parse<T[]> =>
  (value, name) => [...new Set(arrayOf(item)(value, name))];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const email: Parse<string> = (value, name) => {
  if (typeof value !== "string" || !EMAIL.test(value)) throw bad(name, "an e-mail address");
  return value;
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
export const dateTime: Parse<string> = (value, name) => {
  if (typeof value !== "string" || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    throw bad(name, "an RFC 3339 date-time such as 2024-01-01T00:00:00Z");
  }
  return value;
};

/** Unix seconds as v3.6 writes times: RFC 3339 with microseconds, in UTC. */
export function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}
