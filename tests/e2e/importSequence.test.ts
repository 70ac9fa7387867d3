import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixtureExpected, fixtureRequest, type ExpectedTensor } from '../support/fixtures';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';
import { keptFileNames } from './support/modelVault';

// A model the reader opened runs in the sequence view: every layer and direction of the file's
// own weights, over the whole sequence, with PyTorch's out, h_n and c_n.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The values an output card (`out`, `hN`, `cN`) shows, cell by cell, as their names read. */
function cardValues(page: Page, output: string): Promise<number[]> {
  return page.evaluate((output) => {
    const cells = document.querySelectorAll(`.sequence-output-card[data-output="${output}"] [aria-label*=" = "]`);
    return [...cells].map((cell) => Number(/ = (.+)$/.exec(cell.getAttribute('aria-label')!)![1]!.replace('−', '-')));
  }, output);
}

/** Shown to two decimals: each equal to PyTorch's within that rounding. */
function expectShown(shown: number[], want: readonly number[], what: string) {
  expect(shown.length, `${what}: values shown`).toBe(want.length);
  const off = want.flatMap((value, index) =>
    Math.abs(shown[index]! - value) <= 0.005 + 2e-5 ? [] : [`${index}: shown ${shown[index]}, PyTorch ${value}`],
  );
  expect(off.slice(0, 3), what).toEqual([]);
}

/** The sequence view's link that feeds lstm_tiny's input (8 steps, batch 1, 3 features) as drawn values. */
function lstmTinyLink(): string {
  const { input } = fixtureRequest('lstm_tiny') as { input: ExpectedTensor };
  const drawn = input.data.map((value, index) => `${Math.floor(index / 3)}.0.${index % 3}:${value}`).join(';');
  return `/?view=sequence&lang=en&snet=lstm.3x4x1&slen=8&sbatch=1&sx=random&sdraw=${encodeURIComponent(drawn)}`;
}

describe('your own weights in the sequence view', () => {
  it('runs the file’s network over the sequence with PyTorch’s h_n and c_n, names it in the link, and reopens it', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl(lstmTinyLink()));
        await page.locator('.sequence-output-card[data-output="hN"]').waitFor();
        await page.getByRole('button', { name: 'Your own weights…' }).click();
        await page
          .locator('.import-dialog input[type="file"]')
          .setInputFiles(join(FIXTURE_DIR, 'lstm_tiny.request.json'));
        // Opened from the sequence view, it runs there.
        const note = page.locator('.sequence-view .imported-cell-note');
        await note.waitFor();
        expect(await note.textContent()).toMatch(
          /lstm_tiny\.request\.json, nn\.LSTM\(3, 4\), every layer and direction/,
        );
        await page.locator('.import-dialog[open]').waitFor({ state: 'detached' });
        const expected = fixtureExpected('lstm_tiny');
        await expect.poll(() => cardValues(page, 'hN').then((values) => values.length)).toBe(4);
        expectShown(await cardValues(page, 'hN'), expected.h_n.data, 'h_n');
        expectShown(await cardValues(page, 'cN'), expected.c_n!.data, 'c_n');
        // The view's forget +4 does not apply to the file's weights.
        expect(await page.getByRole('slider', { name: 'Bias shift of the forget gate' }).inputValue()).toBe('0');
        const code = await page.locator('.sequence-code').textContent();
        expect(code).toContain('raw = json.load(open("lstm_tiny.request.json"))');
        expect(code).toContain('lstm.load_state_dict(state)');
        await expect
          .poll(() => new URL(page.url()).searchParams.get('smodel'))
          .toMatch(/^lstm_tiny\.request\.json@[0-9a-f]{16}$/);
        // A bias shift moves the file's numbers, and a reload in this browser restores both.
        await page.getByRole('slider', { name: 'Bias shift of the forget gate' }).fill('2');
        await expect.poll(() => cardValues(page, 'cN')).not.toEqual(await cardValues(page, 'hN'));
        const shifted = await cardValues(page, 'cN');
        // The link follows once the settings rest.
        await expect.poll(() => new URL(page.url()).searchParams.get('sbias')).toBe('f2');
        await expect.poll(() => keptFileNames(page)).toContain('lstm_tiny.request.json');
        await page.reload();
        await note.waitFor();
        await expect.poll(() => cardValues(page, 'cN')).toEqual(shifted);
        // A click on a cell opens that cell of the file in the explorer.
        await page.locator('.timeline-glyph').nth(3).click();
        const cellNote = page.locator('.cell-explorer .imported-cell-note');
        await cellNote.waitFor();
        expect(await cellNote.textContent()).toMatch(/lstm_tiny\.request\.json, nn\.LSTM\(3, 4\), layer 0/);
      },
    );
  });

  it('runs a whole model’s stacked module from the dialog, from any view, and refuses a single cell there', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en'));
        await page.locator('[data-explanation-ready="true"]').first().waitFor({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Your own weights…' }).click();
        await page
          .locator('.import-dialog input[type="file"]')
          .setInputFiles(join(FIXTURE_DIR, 'model_with_lstm_encoder.safetensors'));
        // From the LSTM explorer it opens there first; the dialog offers the sequence view too.
        await page.locator('.imported-cell-note').waitFor();
        await page.getByRole('button', { name: 'Another cell…' }).click();
        await page.getByRole('button', { name: 'Run it in the sequence view' }).click();
        const note = page.locator('.sequence-view .imported-cell-note');
        await note.waitFor();
        expect(await note.textContent()).toMatch(/nn\.LSTM\(8, 16, num_layers=2\) “encoder”/);
        // Two layers, as the file has: the network's own controls show it.
        await expect.poll(() => new URL(page.url()).searchParams.get('snet')).toBe('lstm.8x16x2');
        expect(await page.locator('.sequence-code').textContent()).toContain(
          'lstm.load_state_dict({k[8:]: v for k, v in state.items() if k.startswith("encoder.")})',
        );
        // Back to the view's own weights: the note goes, the link forgets the file.
        await note.getByRole('button', { name: 'Random weights' }).click();
        await note.waitFor({ state: 'detached' });
        await expect.poll(() => new URL(page.url()).searchParams.get('smodel')).toBeNull();
        // A single cell is one step: the dialog does not offer the sequence view for it.
        await page.getByRole('button', { name: 'Your own weights…' }).click();
        await page
          .locator('.import-dialog input[type="file"]')
          .setInputFiles(join(FIXTURE_DIR, 'lstm_cell.request.json'));
        await page.locator('.imported-cell-note').waitFor();
        await page.getByRole('button', { name: 'Another cell…' }).click();
        await page.getByRole('button', { name: 'Show in the LSTM explorer' }).waitFor();
        expect(await page.getByRole('button', { name: 'Run it in the sequence view' }).count()).toBe(0);
        // Its shapes: the shapes view lists the cell's own parameters.
        await page.getByRole('button', { name: 'See its parameters’ shapes' }).click();
        const parameters = page.locator('.shapes-parameters');
        await parameters.waitFor();
        expect(await parameters.textContent()).toMatch(/weight_ih.*\(28, 5\)/);
        expect(new URL(page.url()).searchParams.get('view')).toBe('shapes');
      },
    );
  });
});
