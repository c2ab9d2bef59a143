/** Command-line arguments shared by the commands: paths as the caller meant them, numbers checked. */
import { isAbsolute, resolve } from "node:path";
import { InvalidArgumentError } from "commander";

/**
 * A path as the caller meant it. `npm run kg` runs in the project's folder; npm says where it was
 * called from (INIT_CWD), and a relative path is relative to that.
 */
export function fromCaller(path: string): string {
  const caller = process.env.INIT_CWD;
  return caller && !isAbsolute(path) && resolve(caller) !== process.cwd() ? resolve(caller, path) : path;
}

/** Commander parser for a count: a whole number above zero, else a clear error. */
export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number above zero");
  return Number(value);
}

/** Commander parser for an F1 threshold between 0 and 1. */
export function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError("expected a number from 0 to 1");
  return n;
}
