import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../src/components/shared/VectorStrip';
import { initBackend } from '../../src/model';
import type { LstmGates } from '../../src/model/types';
import { sequenceCellSnapshot } from '../../src/store/sequence/sequenceCell';
import { createSequenceStore, type SequenceState } from '../../src/store/sequence/sequenceStore';
import { sequenceSettingsFromSearch } from '../../src/store/sequence/sequenceUrl';
import { accessibilityViolations } from './support/axe';
import { appUrl, launchBrowser, openPage, type WatchedPage } from './support/browser';
import { announced, strayLatinWords, tensorsAroundDrag } from './support/explorerPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await initBackend();
});

afterAll(async () => {
  await browser?.close();
});

/** What the model layer computes here, in Node, for the settings a link carries. */
function expectedFor(search: string): SequenceState {
  const store = createSequenceStore();
  store.getState().restoreSettings(sequenceSettingsFromSearch(search));
  return store.getState();
}

/** Opens the sequence view at `query`, waits for its timeline, runs `check`, and fails on any page problem. */
async function withSequence(
  query: string,
  check: (page: Page, watched: WatchedPage) => Promise<void>,
  viewport = { width: 1920, height: 1080 },
): Promise<void> {
  const watched = await openPage(browser, { viewport });
  try {
    await watched.page.goto(appUrl(`/?view=sequence&${query}`));
    await watched.page.locator('.timeline-glyph').first().waitFor();
    await check(watched.page, watched);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
}

/** The values a row of cells announces ("out[7, 0, 3] = 0.12"), by unit, as shown (two decimals). */
async function shownValues(page: Page, index: string): Promise<string[]> {
  const labels = await page
    .locator(`[aria-label^="${index}"]`)
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label') ?? ''));
  // The strip itself is named by its index alone ("out[7, 0, :]"); its cells add " = value".
  return labels.filter((label) => label.includes(' = ')).map((label) => label.slice(label.lastIndexOf(' = ') + 3));
}

/** `data`'s values from `start`, `count` of them, formatted as the page formats them. */
function formatted(data: Float32Array, start: number, count: number): string[] {
  return Array.from(data.subarray(start, start + count), (value) => formatValue(value, 2));
}

const search = (page: Page) => new URL(page.url()).search;

describe('the sequence view in Chromium', () => {
  it('scrubbing to t shows the trace at t, and out[t] is the top layer’s h at t', async () => {
    await withSequence('lang=en', async (page) => {
      const scrub = page.getByRole('slider', { name: 'Time step t' });
      await scrub.focus();
      for (let press = 0; press < 7; press++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => scrub.getAttribute('aria-valuetext')).toBe('t = 7 of 0 … 29');
      // The link follows once the changes pause for 250 ms.
      await expect.poll(() => new URLSearchParams(search(page)).get('st')).toBe('7');
      const expected = expectedFor(search(page));
      expect(expected.t).toBe(7);
      const { hiddenSize, numLayers } = expected;
      const topAt7 = expected.run!.steps[numLayers - 1]![7]!.gates.h.data;
      expect(await shownValues(page, 'out[7, 0, ')).toEqual(formatted(topAt7, 0, hiddenSize));
      // The model's own out agrees with its top layer's h (the page checks it too, and says so).
      expect(formatted(expected.run!.result.output!.data, 7 * hiddenSize, hiddenSize)).toEqual(
        formatted(topAt7, 0, hiddenSize),
      );
      await expect
        .poll(() => page.locator('.sequence-output-check.is-passed').count())
        .toBe(expected.kind === 'LSTM' ? 3 : 2);
      // The layer shown below the timeline is picked with its own buttons (a click on a cell opens it).
      await page
        .getByRole('group', { name: 'Layer shown in the heat maps and the h0 / c0 sliders:' })
        .getByRole('button', { name: 'layer 1' })
        .click();
      await expect.poll(() => page.locator('.sequence-heat-maps-place').textContent()).toMatch(/^Layer 1/);
    });
  });

  it('h_n and c_n of the course’s nn.LSTM(50, 100, num_layers=2) on (10, 3, 50) have PyTorch’s shapes and the model layer’s values', async () => {
    const query = 'lang=en&snet=lstm.50x100x2&slen=10&sbatch=3&sx=random&sb=2&scell=1.0&st=4';
    await withSequence(query, async (page) => {
      const expected = expectedFor(search(page));
      const shapes = await page.locator('.sequence-output-shape').allTextContents();
      expect(shapes).toEqual([
        '(L, B, D·H) = (10, 3, 100)',
        '(num_layers·D, B, H) = (2, 3, 100)',
        '(num_layers·D, B, H) = (2, 3, 100)',
      ]);
      const { hN, cN, output } = expected.run!.result;
      expect(hN.shape).toEqual([2, 3, 100]);
      // Row 1 (layer 1), batch element 2.
      expect(await shownValues(page, 'h_n[1, 2, ')).toEqual(formatted(hN.data, (1 * 3 + 2) * 100, 100));
      expect(await shownValues(page, 'c_n[1, 2, ')).toEqual(formatted(cN!.data, (1 * 3 + 2) * 100, 100));
      expect(await shownValues(page, 'out[4, 2, ')).toEqual(formatted(output!.data, (4 * 3 + 2) * 100, 100));
      // The view keeps its forget gates raised by 4, and its PyTorch lines build them so.
      const code = await page.locator('.sequence-code').innerText();
      expect(code).toContain('lstm = nn.LSTM(50, 100, num_layers=2)');
      expect(code).toContain('    for bias in (lstm.bias_ih_l0, lstm.bias_ih_l1):\n        bias[100:200] += 4  # f');
    });
  });

  it('the course’s GRU button runs nn.GRU(10, 20) on torch.randn(3, 32, 10), any of its 32 sequences shown', async () => {
    await withSequence('lang=en', async (page) => {
      await page.getByRole('button', { name: 'The course’s nn.GRU(10, 20) on torch.randn(3, 32, 10)' }).click();
      await expect.poll(() => page.locator('.sequence-code').innerText()).toContain('x = torch.randn(3, 32, 10)');
      await expect
        .poll(() => page.locator('.sequence-output-shape').allTextContents())
        .toEqual(['(L, B, D·H) = (3, 32, 20)', '(num_layers·D, B, H) = (1, 32, 20)']);
      // One layer, three steps: three cells on the timeline.
      await expect.poll(() => page.locator('.timeline-glyph').count()).toBe(3);
      await page.getByRole('combobox', { name: 'Sequence shown (batch index b)' }).selectOption('31');
      await expect.poll(() => new URLSearchParams(search(page)).get('sb')).toBe('31');
      const expected = expectedFor(search(page));
      expect(expected).toMatchObject({ kind: 'GRU', steps: 3, batch: 32, shownBatch: 31 });
      const { hN, output } = expected.run!.result;
      expect(await shownValues(page, 'h_n[0, 31, ')).toEqual(formatted(hN.data, 31 * 20, 20));
      expect(await shownValues(page, 'out[0, 31, ')).toEqual(formatted(output!.data, 31 * 20, 20));
      await expect.poll(() => page.locator('.sequence-output-check.is-passed').count()).toBe(2);
    });
  });

  it('batch_first moves only out’s axes; bidirectional doubles out’s width and h_n’s rows', async () => {
    await withSequence('lang=en&sdir=1&sbf=1&sbatch=2&slen=5&st=3&sb=1', async (page) => {
      const expected = expectedFor(search(page));
      const shapes = await page.locator('.sequence-output-shape').allTextContents();
      expect(shapes).toEqual([
        '(B, L, D·H) = (2, 5, 16)',
        '(num_layers·D, B, H) = (4, 2, 8)',
        '(num_layers·D, B, H) = (4, 2, 8)',
      ]);
      expect(expected.run!.result.output!.shape).toEqual([2, 5, 16]);
      // out[b = 1, t = 3, :] in batch-first order.
      expect(await shownValues(page, 'out[1, 3, ')).toEqual(
        formatted(expected.run!.result.output!.data, (1 * 5 + 3) * 16, 16),
      );
    });
  });

  it('a drawn input changes the trace, exactly as the model layer computes it from the link', async () => {
    await withSequence('lang=en&st=12', async (page) => {
      const before = await shownValues(page, 'out[12, 0, ');
      const sketch = page.locator('.input-sketch');
      // The mouse only reaches what is on screen; the sketch sits below the timeline.
      await sketch.scrollIntoViewIfNeeded();
      const box = (await sketch.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.15, { steps: 8 });
      await page.mouse.up();
      // The link follows once the drag pauses for 250 ms, so it may first carry part of the stroke
      // (the mouse can rest mid-stroke): wait until the page shows what the model computes from
      // the link as it stands.
      const shownAndExpected = async () => {
        const expected = expectedFor(search(page));
        const top = expected.run!.steps[expected.numLayers - 1]![12]!.gates.h.data;
        return {
          edits: expected.inputEdits.length,
          shown: await shownValues(page, 'out[12, 0, '),
          computed: formatted(top, 0, expected.hiddenSize),
        };
      };
      await expect
        .poll(async () => {
          const { edits, shown, computed } = await shownAndExpected();
          return edits > 2 && JSON.stringify(shown) === JSON.stringify(computed);
        })
        .toBe(true);
      const { shown, computed } = await shownAndExpected();
      expect(shown).toEqual(computed);
      expect(shown).not.toEqual(before);
    });
  });

  it('a click on a cell opens the cell explorer on that layer and step, with the numbers it had in the sequence', async () => {
    await withSequence('lang=en', async (page) => {
      const expected = expectedFor(search(page));
      const [layer, t] = [1, 5];
      await page
        .locator('.timeline-glyph')
        .nth(layer * expected.steps + t)
        .click();
      await page.getByRole('heading', { level: 2, name: 'Inside one LSTM step' }).waitFor();
      await page.locator('[data-explanation-ready="true"]').waitFor();
      const step = expected.run!.steps[layer]![t]!.gates as LstmGates;
      const values = (data: Float32Array) => Array.from(data, (value) => value.toFixed(2));
      const shown = (numbers: number[]) => numbers.map((value) => value.toFixed(2));
      expect(shown(await announced(page, 'forget gate'))).toEqual(values(step.f.data));
      expect(shown(await announced(page, 'new cell state'))).toEqual(values(step.c.data));
      expect(shown(await announced(page, 'new hidden state'))).toEqual(values(step.h.data));
      // The explorer's link is that cell's: its sizes and its own seed.
      const snapshot = sequenceCellSnapshot(expected, expected.run!, { layer, direction: 0, t, batch: 0 });
      // The link follows once the settings rest.
      await expect.poll(() => new URLSearchParams(search(page)).get('seed')).toBe(String(snapshot.settings.seed));
      await page.goBack();
      await page.getByRole('heading', { level: 2, name: 'A whole sequence, step by step' }).waitFor();
    });
  });

  it('plays from the keyboard and stops at the last step', async () => {
    await withSequence('lang=en&slen=10&sspeed=30', async (page) => {
      const scrub = page.getByRole('slider', { name: 'Time step t' });
      await page.locator('.sequence-intro').click();
      // P plays, as in every view; Space is a clicker's step forward.
      await page.keyboard.press('p');
      await expect.poll(() => scrub.getAttribute('aria-valuetext'), { timeout: 5000 }).toBe('t = 9 of 0 … 9');
      await expect.poll(() => page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('Home');
      await expect.poll(() => scrub.getAttribute('aria-valuetext')).toBe('t = 0 of 0 … 9');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => scrub.getAttribute('aria-valuetext')).toBe('t = 1 of 0 … 9');
    });
  });

  it('recomputing leaks no tensors, and the view passes axe in both languages with no English left in Chinese', async () => {
    await withSequence('lang=en', async (page) => {
      const slider = page.getByRole('slider', { name: 'Bias shift of the forget gate' });
      const [before, after] = await tensorsAroundDrag(page, slider, 30);
      expect(after).toBe(before);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    await withSequence('lang=zh', async (page) => {
      expect(await accessibilityViolations(page)).toEqual([]);
      const allowed = new Set([
        'nn',
        'LSTM',
        'GRU',
        'PyTorch',
        'torch',
        'randn',
        'out',
        'input_size',
        'hidden_size',
        'num_layers',
        'batch_first',
        'bidirectional',
        'True',
        'h_n',
        'c_n',
        'h_init',
        'lstm',
        'gru',
        'Gatescope',
        'WebAssembly',
        'MIT',
        // Keys are named as printed on them.
        'Shift',
        'Home',
        'End',
        'Enter',
        'Page',
        'Down',
        'Esc',
        // File formats, on the Export figure choices and the weights' and run's downloads.
        'SVG',
        'PNG',
        'safetensors',
        'JSON',
      ]);
      expect(await strayLatinWords(page, allowed, /^$/)).toEqual([]);
    });
  });
});
