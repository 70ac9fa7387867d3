/**
 * `npm run --silent forward -- request.json`: runs one request in the format of
 * tests/fixtures/README.md through the model layer and prints the answer JSON on stdout.
 * On bad input: exit 1 and one line on stderr naming what is wrong, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { initBackend } from '../model/backend';
import { ModelInputError } from '../model/errors';
import { forward } from '../model/forward';
import { answerFromResult, parseForwardRequest } from '../model/request';

const USAGE = 'usage: npm run --silent forward -- request.json';

function readOrExplain(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new ModelInputError(`cannot read ${what} ${path}: ${reason}`);
  }
}

async function main(args: string[]): Promise<string> {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') throw new ModelInputError(USAGE);
  const requestPath = resolve(args[0]!);
  const text = new TextDecoder().decode(readOrExplain(requestPath, 'the request'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ModelInputError(`${args[0]} is not valid JSON: ${(error as Error).message}`);
  }
  // Weight files are named relative to the request, so a request folder can move as a whole.
  const request = parseForwardRequest(json, (path) =>
    readOrExplain(resolve(dirname(requestPath), path), 'the weights file'),
  );
  await initBackend();
  return JSON.stringify(answerFromResult(forward(request)));
}

main(process.argv.slice(2)).then(
  (answer) => {
    process.stdout.write(answer + '\n');
  },
  (error: unknown) => {
    const message =
      error instanceof ModelInputError
        ? error.message
        : `internal error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`forward: ${message}\n`);
    process.exitCode = 1;
  },
);
