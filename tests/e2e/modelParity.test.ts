import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForwardAnswer } from '../../src/model/request';
import { FIXTURE_DIR, firstMismatch, fixtureExpected, fixtureNames, fixtureRequest } from '../support/fixtures';
import type { ModelHarness } from './harness/modelHarness';
import { appUrl, launchBrowser, openPage, type WatchedPage } from './support/browser';
import { MODEL_HARNESS_PATH } from '../../src/cli/browser/serveBuild';

let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await openPage(browser);
  page = watched.page;
  await page.goto(appUrl(MODEL_HARNESS_PATH));
});

afterAll(async () => {
  await browser?.close();
});

function runInBrowser(name: string): Promise<ForwardAnswer> {
  const request = fixtureRequest(name) as { weights?: string };
  const files = request.weights
    ? { [request.weights]: readFileSync(join(FIXTURE_DIR, request.weights)).toString('base64') }
    : {};
  return page.evaluate(
    ([request, files]) =>
      (window as unknown as { gatescopeHarness: ModelHarness }).gatescopeHarness.run(request, files),
    [request, files] as const,
  );
}

describe('the model layer in Chromium', () => {
  it('loads the WebAssembly backend from the built files', async () => {
    const backend = await page.evaluate(
      () => (window as unknown as { gatescopeHarness: ModelHarness }).gatescopeHarness.ready,
    );
    expect(backend).toBe('wasm');
  });

  it.each(fixtureNames())('matches PyTorch on %s', async (name) => {
    const want = fixtureExpected(name);
    const got = await runInBrowser(name);
    const mismatches: string[] = [];
    const note = (where: string, problem: string | undefined) => problem && mismatches.push(`${where}: ${problem}`);
    if (want.output) note('output', firstMismatch(got.output, want.output));
    note('h_n', firstMismatch(got.h_n, want.h_n));
    if (want.c_n) note('c_n', firstMismatch(got.c_n, want.c_n));
    const steps = new Map(got.trace.map((step) => [`${step.layer}/${step.direction}/${step.t}`, step.gates]));
    for (const step of want.trace) {
      const key = `${step.layer}/${step.direction}/${step.t}`;
      for (const [gate, value] of Object.entries(step.gates))
        note(`trace ${key} ${gate}`, firstMismatch(steps.get(key)?.[gate], value));
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('reports a malformed request with the same clear message as the command line', async () => {
    const error = await page.evaluate(() => {
      try {
        (window as unknown as { gatescopeHarness: ModelHarness }).gatescopeHarness.run(
          { input: { shape: [1], data: [1] } },
          {},
        );
        return 'no error';
      } catch (caught) {
        return (caught as Error).message;
      }
    });
    expect(error).toMatch(/no weights: add state_dict/);
  });

  it('logged no console error and made no failed request', () => {
    expect(watched.problems).toEqual([]);
  });
});
