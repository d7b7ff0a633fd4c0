// Coercion and validation of request parameters. Form bodies deliver every value as a string and
// arrays as qs-parsed lists, so numbers, flags and lists are accepted in either encoding. Errors are
// 400s whose message names the parameter and what it accepts.

import { ApiError, badRequest } from "./errors";
import type { Flag } from "./model";

export type Input = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Input {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function has(input: Input, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(input, name) && input[name] !== undefined;
}

export function missing(name: string, what: string): Error {
  return badRequest(`Missing required parameter "${name}" (${what})`);
}

export function invalid(name: string, what: string): Error {
  return badRequest(`Invalid parameter "${name}": must be ${what}`);
}

/** `label` names the parameter in the error when it is nested (e.g. rules[0].value). */
export function required<T>(
  input: Input,
  name: string,
  what: string,
  parse: (v: unknown) => T,
  label = name,
): T {
  if (!has(input, name) || input[name] === "" || input[name] === null) throw missing(label, what);
  return parse(input[name]);
}

export function optional<T>(input: Input, name: string, parse: (v: unknown) => T): T | undefined {
  return has(input, name) && input[name] !== null ? parse(input[name]) : undefined;
}

export function string(name: string): (value: unknown) => string {
  return (value) => {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value !== "string" || value.trim() === "") throw invalid(name, "a non-empty string");
    return value;
  };
}

/** A string parser that also refuses values longer than `max` characters (limits the reference documents). */
export function maxLength(
  name: string,
  max: number,
  parse: (value: unknown) => string,
): (value: unknown) => string {
  return (value) => {
    const text = parse(value);
    if ([...text].length > max) throw invalid(name, `at most ${max} characters long`);
    return text;
  };
}

/** Strings, numbers and booleans become strings (the server answers `true` as "true"). */
export function scalarString(name: string): (value: unknown) => string {
  return (value) => {
    if (typeof value === "string" && value !== "") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw invalid(name, "a non-empty string, number or boolean");
  };
}

export function integer(name: string, min = Number.MIN_SAFE_INTEGER): (value: unknown) => number {
  return (value) => {
    const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < min) {
      throw invalid(name, min === 0 ? "a non-negative integer" : `an integer${min > 0 ? ` >= ${min}` : ""}`);
    }
    return n;
  };
}

export function flag(name: string): (value: unknown) => Flag {
  return (value) => {
    if (value === 1 || value === "1" || value === true || value === "true") return 1;
    if (value === 0 || value === "0" || value === false || value === "false") return 0;
    throw invalid(name, "0 or 1");
  };
}

export function oneOf<T extends string>(name: string, allowed: readonly T[]): (value: unknown) => T {
  return (value) => {
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      throw invalid(name, `one of: ${allowed.join(", ")}`);
    }
    return value as T;
  };
}

/** A list; qs turns `a[0]=x&a[25]=y` into an object when indices are sparse, so accept that too. */
export function list(name: string): (value: unknown) => unknown[] {
  return (value) => {
    if (Array.isArray(value)) return value;
    if (isPlainObject(value) && Object.keys(value).every((k) => /^\d+$/.test(k))) {
      return Object.keys(value)
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => value[k]);
    }
    throw invalid(name, `an array (in a form body: ${name}[]=...)`);
  };
}

export function object(name: string): (value: unknown) => Input {
  return (value) => {
    if (!isPlainObject(value)) throw invalid(name, `an object (in a form body: ${name}[key]=...)`);
    return value;
  };
}

export function stringList(name: string): (value: unknown) => string[] {
  return (value) => list(name)(value).map((item, i) => string(`${name}[${i}]`)(item));
}

export const unique = <T>(items: T[]): T[] => [...new Set(items)];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function email(name: string): (value: unknown) => string {
  return (value) => {
    if (typeof value !== "string" || !EMAIL.test(value)) throw invalid(name, "a valid e-mail address");
    return value;
  };
}

/** Throws if the object has keys outside `allowed` (used where the reference lists the allowed keys). */
export function onlyKeys(name: string, value: Input, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw badRequest(`Invalid parameter "${name}": unknown key "${key}" (allowed: ${allowed.join(", ")})`);
    }
  }
}

/** Runs a seed/load step, prefixing its validation errors with where the bad object is. */
export function within<T>(where: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof ApiError && err.status === 400) throw badRequest(`${where}: ${err.message}`);
    throw err;
  }
}
