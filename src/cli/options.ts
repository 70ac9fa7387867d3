/** Whether `--name` is on the command line. */
export function hasFlag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** The word after `--name` on the command line, if given; throws when `--name` ends the line. */
export function optionValue(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value.`);
  return value;
}

/** The whole number after `--name`, at least 1, or `fallback` when the option is absent. */
export function countOption(name: string, fallback: number): number {
  const value = optionValue(name);
  if (value === undefined) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--${name} needs a whole number of at least 1, not ${value}.`);
  return count;
}
