import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSafetensors } from '../../src/model/safetensors';
import { FIXTURE_DIR, fixtureExpected, fixtureRequest, type ExpectedTensor } from '../support/fixtures';
import { buildFile, tensor } from '../model/weightFixtures';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';
import { keptFileNames } from './support/modelVault';

// An instructor drops a state_dict saved from PyTorch onto the page and walks the class through
// that model's own gates: every gate value the explorer shows must be PyTorch's.

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'gatescope-import-'));
});

afterAll(async () => {
  await browser?.close();
});

interface Request {
  config?: { input_size?: number; hidden_size?: number; batch_first?: boolean };
  input: ExpectedTensor;
  weights?: string;
  state_dict?: unknown;
}

/** Row `row` of a row-major tensor whose last axis is `width` long. */
const rowOf = (values: readonly number[], row: number, width: number) => values.slice(row * width, (row + 1) * width);

/** The diagram's numbers of one part (`gate:forget`, `cell`…), unit by unit, as its cells name them. */
function partValues(page: Page, part: string): Promise<number[]> {
  return page.evaluate((part) => {
    const values: number[] = [];
    for (const cell of document.querySelectorAll(`.cell-diagram [data-part="${part}"] [aria-label]`)) {
      const match = /, unit (\d+): (.+)$/.exec(cell.getAttribute('aria-label') ?? '');
      if (match) values[Number(match[1])] = Number(match[2]!.replace('−', '-'));
    }
    return values;
  }, part);
}

/** The page shows these gates to its two decimals: equal to PyTorch's, within their rounding. */
function expectShown(shown: number[], want: readonly number[], what: string) {
  expect(shown.length, `${what}: units shown`).toBe(want.length);
  const off = want.flatMap((value, unit) =>
    Math.abs(shown[unit]! - value) <= 0.005 + 2e-5 ? [] : [`unit ${unit}: shown ${shown[unit]}, PyTorch ${value}`],
  );
  expect(off.slice(0, 3), what).toEqual([]);
}

/** Where the explorer's step t = 1 of layer 0 starts: x_1, and h and (LSTM) C after t = 0, batch element 0. */
function stepOne(name: string) {
  const request = fixtureRequest(name) as Request;
  const expected = fixtureExpected(name);
  const [, batch = 1, inputSize] = request.input.shape;
  const first = expected.trace.find((step) => step.layer === 0 && step.direction === 0 && step.t === 0)!;
  const second = expected.trace.find((step) => step.layer === 0 && step.direction === 0 && step.t === 1)!;
  const hidden = first.gates.h!.shape.at(-1)!;
  const row = (values: ExpectedTensor | undefined) => rowOf(values?.data ?? [], 0, hidden);
  return {
    inputSize: inputSize!,
    hidden,
    batch,
    x: rowOf(request.input.data, batch, inputSize!),
    h: row(first.gates.h),
    c: row(first.gates.c),
    gates: second.gates,
  };
}

/** Opens the explorer on `link`, then `file` through the dialog's picker. */
async function importThroughPage(page: Page, link: string, file: string) {
  await page.goto(appUrl(link));
  await page.locator('[data-explanation-ready="true"]').first().waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Your own weights…' }).click();
  await page.locator('.import-dialog input[type="file"]').setInputFiles(file);
}

const CASES = [
  { name: 'lstm_course', file: 'lstm_course.safetensors', view: 'lstm' },
  { name: 'lstm_course_init_state', file: 'lstm_course_init_state.safetensors', view: 'lstm' },
  { name: 'model_with_lstm_encoder', file: 'model_with_lstm_encoder.safetensors', view: 'lstm' },
  { name: 'gru_course', file: 'gru_course.request.json', view: 'gru' },
  { name: 'lstm_tiny', file: 'lstm_tiny.request.json', view: 'lstm' },
] as const;

describe('opening your own weights', () => {
  it.each(CASES)('shows the gates PyTorch computed with $file', async ({ name, file, view }) => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        const step = stepOne(name);
        const list = (values: readonly number[]) => values.map(String).join(',');
        const link =
          view === 'lstm'
            ? `/?view=lstm&lang=en&size=${step.inputSize}x${step.hidden}&x=${list(step.x)}&h=${list(step.h)}&c=${list(step.c)}`
            : `/?view=gru&lang=en&gsize=${step.inputSize}x${step.hidden}&gx=${list(step.x)}&gh=${list(step.h)}`;
        await importThroughPage(page, link, join(FIXTURE_DIR, file));
        await page.locator('.imported-cell-note').waitFor();
        expect(await page.locator('.imported-cell-note').textContent()).toContain(file);
        // One module: the dialog closed by itself.
        await page.locator('.import-dialog[open]').waitFor({ state: 'detached' });
        const parts =
          view === 'lstm'
            ? {
                'gate:input': 'i',
                'gate:forget': 'f',
                'gate:candidate': 'g',
                'gate:output': 'o',
                cell: 'c',
                hidden: 'h',
              }
            : { 'gate:reset': 'r', 'gate:update': 'z', 'gate:candidate': 'n', hidden: 'h' };
        for (const [part, gate] of Object.entries(parts)) {
          expectShown(await partValues(page, part), rowOf(step.gates[gate]!.data, 0, step.hidden), `${name} ${gate}`);
        }
      },
    );
  });

  it('opens the trained example in one click, with what to look for in its gates', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=gru&lang=en'));
        await page.locator('[data-explanation-ready="true"]').first().waitFor({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Your own weights…' }).click();
        await page.getByRole('button', { name: 'Open the trained LSTM' }).click();
        // Its LSTM opens in the LSTM explorer, whichever view the dialog was opened from.
        const note = page.locator('.imported-cell-note');
        await note.waitFor();
        expect(await note.textContent()).toMatch(/remember-marked\.safetensors.*nn\.LSTM\(2, 4\).*“lstm”/);
        expect(await page.locator('.view-nav [aria-current="page"]').textContent()).toMatch(/LSTM/);
        await note.getByText('What to look for').click();
        expect(await note.textContent()).toMatch(/units 0 and 3/);
        // The unit-0 forget gate the note speaks of is drawn, as a number, in the diagram.
        expect((await partValues(page, 'gate:forget')).length).toBe(4);
      },
    );
  });

  it('downloads the explorer’s weights, bias shift included, that open again to the same gates', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en&bias=f2.5,o-1'));
        await page.locator('[data-explanation-ready="true"]').first().waitFor({ timeout: 15_000 });
        const forgetBias = page.locator('.live-controls .bias-sliders input[type="range"]').first();
        expect(await forgetBias.inputValue()).toBe('2.5');
        const before = { f: await partValues(page, 'gate:forget'), o: await partValues(page, 'gate:output') };
        const [weights] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download these weights (.safetensors)' }).click(),
        ]);
        expect(weights.suggestedFilename()).toBe('gatescope-lstm-cell.safetensors');
        const saved = join(scratch, weights.suggestedFilename());
        await weights.saveAs(saved);
        const [step] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download this step (JSON)' }).click(),
        ]);
        const stepPath = join(scratch, 'step.json');
        await step.saveAs(stepPath);
        const json = JSON.parse(readFileSync(stepPath, 'utf8'));
        expect(json.module).toBe('LSTMCell');
        expectShown(before.f, json.trace[0].gates.f.data, 'step JSON f');
        // Back in the page: the bias shifts are in the weights now, the sliders at 0.
        await page.getByRole('button', { name: 'Your own weights…' }).click();
        await page.locator('.import-dialog input[type="file"]').setInputFiles(saved);
        await page.locator('.imported-cell-note').waitFor();
        expect(await forgetBias.inputValue()).toBe('0');
        expect(await partValues(page, 'gate:forget')).toEqual(before.f);
        expect(await partValues(page, 'gate:output')).toEqual(before.o);
      },
    );
  });

  it('lists the layers of a stacked LSTM and shows the one picked', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await importThroughPage(page, '/?view=lstm&lang=en', join(FIXTURE_DIR, 'model_with_lstm_encoder.safetensors'));
        await page.locator('.imported-cell-note').waitFor();
        await page.getByRole('button', { name: 'Another cell…' }).click();
        const concatCells = () => page.locator('.cell-diagram [data-part="concat"] [aria-label*=", unit "]').count();
        // Layer 0 joins h (16) and x (8).
        expect(await concatCells()).toBe(24);
        await page.locator('.import-dialog').getByLabel('Layer', { exact: true }).selectOption('1');
        await page.getByRole('button', { name: 'Show in the LSTM explorer' }).click();
        await expect.poll(() => page.locator('.imported-cell-note').textContent()).toMatch(/layer 1/);
        // Layer 1 reads layer 0's h: 16 inputs beside its own 16 units.
        await expect.poll(concatCells).toBe(32);
      },
    );
  });

  it('names the cell in the link: a reload here reopens it, another browser asks for the file', async () => {
    let link = '';
    let shown: number[] = [];
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await importThroughPage(page, '/?view=lstm&lang=en', join(FIXTURE_DIR, 'model_with_lstm_encoder.safetensors'));
        await page.locator('.imported-cell-note').waitFor();
        await page.getByRole('button', { name: 'Another cell…' }).click();
        await page.locator('.import-dialog').getByLabel('Layer', { exact: true }).selectOption('1');
        await page.getByRole('button', { name: 'Show in the LSTM explorer' }).click();
        await expect.poll(() => new URL(page.url()).searchParams.get('mcell')).toBe('1.0.encoder.');
        expect(new URL(page.url()).searchParams.get('model')).toMatch(
          /^model_with_lstm_encoder\.safetensors@[0-9a-f]{16}$/,
        );
        await page.locator('.live-controls .bias-sliders input[type="range"]').first().fill('1.5');
        await expect.poll(() => new URL(page.url()).searchParams.get('bias')).toBe('f1.5');
        shown = await partValues(page, 'gate:forget');
        link = new URL(page.url()).search;
        // This browser kept the file (once its write to IndexedDB is done): the link opens the
        // same cell, bias shift and all.
        await expect.poll(() => keptFileNames(page)).toContain('model_with_lstm_encoder.safetensors');
        await page.reload();
        await page.locator('.imported-cell-note').waitFor();
        expect(await page.locator('.imported-cell-note').textContent()).toMatch(/layer 1/);
        await expect.poll(() => partValues(page, 'gate:forget')).toEqual(shown);
      },
    );
    await withWatched(
      () => openPage(browser),
      async (page) => {
        // Another browser has no copy: the page says so, keeps the link, and opening the file shows the cell.
        await page.goto(appUrl(`/${link}`));
        const missing = page.locator('.import-dialog .import-missing');
        await missing.waitFor();
        expect(await missing.textContent()).toMatch(
          /layer 1 of model_with_lstm_encoder\.safetensors.*not in this browser/,
        );
        expect(new URL(page.url()).searchParams.get('mcell')).toBe('1.0.encoder.');
        await page
          .locator('.import-dialog input[type="file"]')
          .setInputFiles(join(FIXTURE_DIR, 'model_with_lstm_encoder.safetensors'));
        await page.locator('.imported-cell-note').waitFor();
        expect(await page.locator('.imported-cell-note').textContent()).toMatch(/layer 1/);
        await expect.poll(() => partValues(page, 'gate:forget')).toEqual(shown);
      },
    );
  });

  it('names what is wrong with a bad file and keeps the weights shown before', async () => {
    const course = readFileSync(join(FIXTURE_DIR, 'lstm_course.safetensors'));
    const bad = {
      'cut.safetensors': course.subarray(0, 2000),
      'ints.safetensors': buildFile(
        {
          weight_ih_l0: { dtype: 'I64', shape: [4, 1], data_offsets: [0, 32] },
          weight_hh_l0: { dtype: 'F32', shape: [4, 1], data_offsets: [32, 48] },
        },
        new Uint8Array(48),
      ),
      'linear.safetensors': serializeSafetensors({ 'fc.weight': tensor([2, 3]), 'fc.bias': tensor([2]) }),
      'notes.txt': new TextEncoder().encode('not a model'),
    };
    // The kind of problem in a sentence of the page's language, then the file reader's own words.
    const reasons = {
      'cut.safetensors': /cut short or damaged.*In the file reader’s words: .*cut\.safetensors/,
      'ints.safetensors': /number type the page cannot read.*I64/,
      'linear.safetensors': /no LSTM, GRU or RNN.*fc\.weight/,
      'notes.txt': /neither a \.safetensors file nor a state_dict saved as JSON/,
    };
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await importThroughPage(page, '/?view=lstm&lang=en', join(FIXTURE_DIR, 'model_with_lstm_encoder.safetensors'));
        await page.locator('.imported-cell-note').waitFor();
        const shownBefore = await partValues(page, 'gate:forget');
        for (const [file, bytes] of Object.entries(bad)) {
          const path = join(scratch, file);
          writeFileSync(path, bytes);
          await page.getByRole('button', { name: 'Another cell…' }).click();
          await page.locator('.import-dialog input[type="file"]').setInputFiles(path);
          const alert = page.locator('.import-dialog .import-error[role="alert"]');
          await alert.waitFor();
          expect(await alert.textContent()).toMatch(reasons[file as keyof typeof reasons]);
          expect(await alert.textContent()).toContain('still there');
          await page.getByRole('button', { name: 'Close' }).click();
          expect(await page.locator('.imported-cell-note').textContent()).toContain('model_with_lstm_encoder');
          expect(await partValues(page, 'gate:forget')).toEqual(shownBefore);
        }
        // A Chinese reader reads what went wrong in Chinese.
        await page.getByRole('button', { name: '中文' }).click();
        await page.locator('.imported-cell-note').getByRole('button').first().click();
        await page.locator('.import-dialog input[type="file"]').setInputFiles(join(scratch, 'cut.safetensors'));
        const alert = page.locator('.import-dialog .import-error[role="alert"]');
        await alert.waitFor();
        expect(await alert.textContent()).toMatch(
          /无法打开 cut\.safetensors：文件不完整或已损坏.*之前显示的权重仍然保留/,
        );
      },
    );
  });
});
