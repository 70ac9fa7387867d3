import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/components/cell/formulaNumbers';
import { initBackend } from '../../src/model';
import type { LstmCellExplanation } from '../../src/model/lstmCellExplanation';
import { createLstmExplorerStore } from '../../src/store/lstm/lstmExplorerStore';
import { accessibilityViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import {
  announced,
  tensorsAroundDrag,
  numberFormulas,
  strayLatinWords,
  withExplorer as withLinkedExplorer,
} from './support/explorerPage';

let browser: Browser;
/** What the model layer computes here, in Node, for the explorer's default settings. */
let expected: LstmCellExplanation;

beforeAll(async () => {
  browser = await launchBrowser();
  await initBackend();
  expected = createLstmExplorerStore().getState().explanation!;
});

afterAll(async () => {
  await browser?.close();
});

const withExplorer = (query: string, check: (page: Page) => Promise<void>) => withLinkedExplorer(browser, query, check);

describe('the LSTM explorer in Chromium', () => {
  it('shows, for every vector, the numbers the model layer computes, with screen-reader text per unit', async () => {
    await withExplorer('?lang=en', async (page) => {
      const close = (values: number[], want: Float32Array) =>
        expect(values.map((value) => value.toFixed(2))).toEqual(Array.from(want, (value) => value.toFixed(2)));
      close(await announced(page, 'forget gate'), expected.gates.forget);
      close(await announced(page, 'input gate'), expected.gates.input);
      close(await announced(page, 'candidate memory'), expected.gates.candidate);
      close(await announced(page, 'output gate'), expected.gates.output);
      close(await announced(page, 'new cell state'), expected.cell);
      close(await announced(page, 'new hidden state'), expected.hidden);
    });
  });

  it("shows each stage's formula with the model layer's numbers for the focused unit", async () => {
    const unit = 1;
    const want: Record<string, number[]> = {
      forget: [expected.preActivation.forget[unit]!, expected.gates.forget[unit]!, expected.kept[unit]!],
      write: [expected.gates.input[unit]!, expected.gates.candidate[unit]!, expected.written[unit]!],
      update: [expected.kept[unit]!, expected.cell[unit]!],
      output: [expected.preActivation.output[unit]!, expected.gates.output[unit]!],
      hidden: [expected.cellTanh[unit]!, expected.hidden[unit]!],
    };
    await withExplorer(`?lang=en&unit=${unit}&stage=1`, async (page) => {
      for (const [stage, numbers] of Object.entries(want)) {
        const tex = (await numberFormulas(page)).join(' ');
        for (const number of numbers) expect(tex, `${stage}: ${tex}`).toContain(formatNumber(number));
        await page.keyboard.press('ArrowRight');
      }
    });
  });

  it('raising the forget-gate bias raises every displayed forget-gate value', async () => {
    await withExplorer('?lang=en', async (page) => {
      const before = await announced(page, 'forget gate');
      const bias = page.getByRole('slider', { name: 'forget gate bias' });
      await bias.focus();
      await page.keyboard.press('End');
      await expect(bias.inputValue()).resolves.toBe('6');
      const after = await announced(page, 'forget gate');
      expect(after).toHaveLength(before.length);
      after.forEach((value, unit) => expect(value, `unit ${unit}`).toBeGreaterThan(before[unit]!));
    });
  });

  it('keeps the tfjs tensor count flat over 500 slider moves', async () => {
    await withExplorer('?lang=en', async (page) => {
      const [before, after] = await tensorsAroundDrag(page, page.getByRole('slider', { name: 'input x, 0' }), 500);
      expect(after).toBe(before);
    });
  });

  it('works from the keyboard: stages, sliders, a weight edit and the language', async () => {
    await withExplorer('?lang=en', async (page) => {
      await page.keyboard.press('PageDown');
      await page.getByText('Stage 2 of 6').waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.getByText('Stage 1 of 6').waitFor();

      const hidden = page.getByRole('slider', { name: 'previous hidden state, 2' });
      await hidden.focus();
      await page.keyboard.press('Home');
      await expect(hidden.inputValue()).resolves.toBe('-1');

      const weight = page.getByRole('button', { name: /^forget gate weights, unit 0, column h0: / });
      await weight.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('2.5');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'forget gate weights, unit 0, column h0: 2.50' }).waitFor();
      await page.getByText('1 weights edited by hand').waitFor();

      await page.getByRole('button', { name: '中文', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'LSTM 单步内部' }).waitFor();
    });
  });

  it('changes every visible label when the language changes', async () => {
    await withExplorer('?lang=zh', async (page) => {
      // Everything visible except maths, numbers and the names of code, which read the same in both.
      const code = new Set([
        'Gatescope',
        'English',
        'LSTM',
        'GRU',
        'PyTorch',
        'LSTMCell',
        'WebAssembly',
        'input_size',
        'hidden_size',
        'Page',
        'Down',
        // Key names are written as printed on the keys, in Chinese text too.
        'Shift',
        'Home',
        'End',
        'Esc',
        'weight_hh',
        'weight_ih',
        'tanh',
        'MIT',
        'nn',
        'float',
        // File formats, on the Export figure choices and the weights' and step's downloads.
        'SVG',
        'PNG',
        'safetensors',
        'JSON',
      ]);
      // Bias symbols (b_f, b_i, …) run together in innerText; they are maths too.
      expect(await strayLatinWords(page, code, /^(b_[figo])+$/)).toEqual([]);
    });
  });

  for (const language of ['en', 'zh'] as const) {
    it(`has no accessibility violation (axe-core, WCAG 2.1 AA) in ${language}`, async () => {
      await withExplorer(`?lang=${language}`, async (page) => {
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });
  }

  it('restores exactly what a link describes', async () => {
    await withExplorer('?lang=en&size=2x3&x=1,-1&h=0,0.5,-0.5&c=1,2,3&bias=f3&stage=3&unit=2', async (page) => {
      await page.getByText('Stage 4 of 6').waitFor();
      await expect(page.getByRole('slider', { name: 'forget gate bias' }).inputValue()).resolves.toBe('3');
      expect(await announced(page, 'new hidden state')).toHaveLength(3);
      await expect(page.getByRole('slider', { name: 'previous cell state, 2' }).inputValue()).resolves.toBe('3');
    });
  });
});
