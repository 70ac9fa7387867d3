import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/components/cell/formulaNumbers';
import { initBackend } from '../../src/model';
import type { GruCellExplanation } from '../../src/model/gruCellExplanation';
import { createGruExplorerStore } from '../../src/store/gru/gruExplorerStore';
import { accessibilityViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import {
  announced,
  tensorsAroundDrag,
  numberFormulas,
  ruleFormula,
  strayLatinWords,
  withExplorer as withLinkedExplorer,
} from './support/explorerPage';

let browser: Browser;
/** What the model layer computes here, in Node, for the GRU explorer's default settings. */
let expected: GruCellExplanation;

beforeAll(async () => {
  browser = await launchBrowser();
  await initBackend();
  expected = createGruExplorerStore().getState().explanation!;
});

afterAll(async () => {
  await browser?.close();
});

const withExplorer = (query: string, check: (page: Page) => Promise<void>) =>
  withLinkedExplorer(browser, `?view=gru&${query}`, check);

const twoDecimals = (values: ArrayLike<number>) => Array.from(values, (value) => value.toFixed(2));

describe('the GRU explorer in Chromium', () => {
  it('shows r, z, n and h exactly as the model layer computes them, with screen-reader text per unit', async () => {
    await withExplorer('lang=en', async (page) => {
      const shown = async (name: string) => twoDecimals(await announced(page, name));
      expect(await shown('reset gate')).toEqual(twoDecimals(expected.gates.reset));
      expect(await shown('update gate')).toEqual(twoDecimals(expected.gates.update));
      expect(await shown('candidate hidden state')).toEqual(twoDecimals(expected.gates.candidate));
      expect(await shown('new hidden state')).toEqual(twoDecimals(expected.hidden));
    });
  });

  it("shows each stage's formula with the model layer's numbers for the focused unit", async () => {
    const unit = 2;
    const want: Record<string, number[]> = {
      inputs: [expected.inputSide.reset[unit]!, expected.hiddenSide.candidate[unit]!],
      reset: [expected.inputSide.reset[unit]!, expected.hiddenSide.reset[unit]!, expected.gates.reset[unit]!],
      update: [expected.gates.update[unit]!],
      candidate: [expected.resetHidden[unit]!, expected.gates.candidate[unit]!],
      hidden: [expected.written[unit]!, expected.kept[unit]!, expected.hidden[unit]!],
    };
    await withExplorer(`lang=en&gunit=${unit}`, async (page) => {
      for (const [stage, numbers] of Object.entries(want)) {
        const tex = (await numberFormulas(page)).join(' ');
        // A later term of a sum is written "- 0.197", so the sign is left out of the match.
        for (const number of numbers) expect(tex, `${stage}: ${tex}`).toContain(formatNumber(Math.abs(number)));
        await page.keyboard.press('ArrowRight');
      }
    });
  });

  it('raising the update-gate bias raises every displayed z', async () => {
    await withExplorer('lang=en', async (page) => {
      const before = await announced(page, 'update gate');
      const bias = page.getByRole('slider', { name: 'update gate bias' });
      await bias.focus();
      await page.keyboard.press('End');
      await expect(bias.inputValue()).resolves.toBe('6');
      const after = await announced(page, 'update gate');
      expect(after).toHaveLength(before.length);
      after.forEach((value, unit) => expect(value, `unit ${unit}`).toBeGreaterThan(before[unit]!));
    });
  });

  it('flips the formulas to the textbook and reset-before forms while the numbers stay PyTorch’s', async () => {
    const unit = 0;
    await withExplorer(`lang=en&gstage=4&gunit=${unit}`, async (page) => {
      const hidden = await announced(page, 'new hidden state');
      expect(await ruleFormula(page)).toContain('(1 - z_t) \\odot n_t + z_t \\odot h_{t-1}');

      await page.getByRole('button', { name: 'Textbook z′ = 1 − z' }).click();
      expect(await ruleFormula(page)).toContain("(1 - z'_t) \\odot h_{t-1} + z'_t \\odot n_t");
      const zPrime = formatNumber(Math.fround(1 - expected.gates.update[unit]!));
      expect((await numberFormulas(page)).join(' ')).toContain(zPrime);
      expect((await numberFormulas(page)).join(' ')).toContain(formatNumber(expected.hidden[unit]!));
      await expect.poll(() => page.url()).toContain('gform=textbook');

      await page.getByRole('button', { name: /^Reset before/ }).click();
      await page.keyboard.press('ArrowLeft');
      expect(await ruleFormula(page)).toContain('W_{hn}\\,(r_t \\odot h_{t-1})');
      const tex = (await numberFormulas(page)).join(' ');
      expect(tex).toContain(formatNumber(expected.resetBefore.candidate[unit]!));
      expect(tex).toContain(formatNumber(expected.gates.candidate[unit]!));
      await page.getByText('Shown only to compare').waitFor();
      // The diagram still shows PyTorch's numbers.
      expect(await announced(page, 'new hidden state')).toEqual(hidden);
    });
  });

  it('draws the course size nn.GRU(10, 20) compactly, and keeps the tensor count flat while dragging', async () => {
    await withExplorer('lang=en', async (page) => {
      await page.getByRole('button', { name: 'Course size: nn.GRU(10, 20)' }).click();
      // At the course size each vector is one list of options, named like the teaching cells.
      await expect.poll(() => page.getByRole('option', { name: /^update gate, unit \d+: / }).count()).toBe(20);
      const slider = page.getByRole('slider', { name: /^input x, \d+$/ }).first();
      const [before, after] = await tensorsAroundDrag(page, slider, 200);
      expect(after).toBe(before);
    });
  });

  it('changes every visible label when the language changes', async () => {
    await withExplorer('lang=zh', async (page) => {
      await page.getByRole('heading', { level: 2, name: 'GRU 单步内部' }).waitFor();
      const code = new Set(
        [
          'Gatescope English LSTM GRU PyTorch GRUCell WebAssembly input_size hidden_size Page Down Shift',
          'weight_hh weight_ih tanh MIT float Cho Keras cuDNN reset_after True False TensorFlow W_hn b_hn b_ih b_hh',
          // File formats, on the Export figure choices and the weights' and step's downloads.
          'SVG PNG safetensors JSON',
        ]
          .join(' ')
          .split(' '),
      );
      expect(await strayLatinWords(page, code, /^(b_[rzn])+$/)).toEqual([]);
    });
  });

  for (const language of ['en', 'zh', 'en&both=1'] as const) {
    it(`has no accessibility violation (axe-core, WCAG 2.1 AA) in ${language}`, async () => {
      await withExplorer(`lang=${language}&gform=resetBefore&gstage=3`, async (page) => {
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });
  }

  it('restores exactly what a link describes, without touching the LSTM explorer', async () => {
    await withExplorer(
      'lang=en&gsize=2x3&gx=1,-1&gh=0,0.5,-0.5&gbias=z3&gstage=3&gunit=2&gform=textbook',
      async (page) => {
        await page.getByText('Stage 4 of 5').waitFor();
        await expect(page.getByRole('slider', { name: 'update gate bias' }).inputValue()).resolves.toBe('3');
        expect(await announced(page, 'new hidden state')).toHaveLength(3);
        await expect(
          page.getByRole('button', { name: 'Textbook z′ = 1 − z' }).getAttribute('aria-pressed'),
        ).resolves.toBe('true');
        await page.getByRole('button', { name: 'LSTM cell' }).click();
        await page.getByRole('heading', { level: 2, name: 'Inside one LSTM step' }).waitFor();
        expect(await announced(page, 'new hidden state')).toHaveLength(4);
      },
    );
  });
});
