/**
 * A problem with what the user gave the model layer (a request, a config, a weight file, an
 * input), as opposed to a bug. Its message is one sentence meant for the user: it names the
 * tensor, field or file that is wrong and what was expected.
 */
export class ModelInputError extends Error {
  override name = 'ModelInputError';
}

/** Throws a {@link ModelInputError} with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new ModelInputError(typeof message === 'function' ? message() : message);
}
