import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSafetensors } from '../../src/model/safetensors';
import type { StateDict } from '../../src/model/types';
import { appUrl, launchBrowser, openPage, withWatched } from './support/browser';

// A large model file (here 100 MB: an nn.LSTM(1024, 1024, num_layers=3), 25 M parameters, near the
// model layer's 32 M) is read in chunks and decoded in a worker: the page keeps painting, and its
// progress bar moves, while the file is read.

let browser: Browser;
let scratch: string;
let file: string;

/** nn.LSTM(1024, 1024, num_layers=3)'s state_dict, every value 0.01 (what it holds does not matter here). */
function largeLstm(): StateDict {
  const hidden = 1024;
  const dict: StateDict = {};
  for (let layer = 0; layer < 3; layer++) {
    for (const [name, shape] of [
      [`weight_ih_l${layer}`, [4 * hidden, hidden]],
      [`weight_hh_l${layer}`, [4 * hidden, hidden]],
      [`bias_ih_l${layer}`, [4 * hidden]],
      [`bias_hh_l${layer}`, [4 * hidden]],
    ] as const) {
      dict[name] = { shape: [...shape], data: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(0.01) };
    }
  }
  return dict;
}

beforeAll(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'gatescope-large-'));
  file = join(scratch, 'large-lstm.safetensors');
  writeFileSync(file, serializeSafetensors(largeLstm()));
});

afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a large model file', () => {
  it('is read with a moving progress bar while the page keeps painting, then listed with its size', async () => {
    await withWatched(
      () => openPage(browser),
      async (page) => {
        await page.goto(appUrl('/?view=lstm&lang=en'));
        await page.locator('[data-explanation-ready="true"]').first().waitFor({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Your own weights…' }).click();
        // Every painted frame until the module list shows: the progress it showed, and the longest
        // time between two frames (a page parsing 100 MB on its own thread would stall for seconds).
        const watching = page.evaluate(
          () =>
            new Promise<{ progress: string[]; longestGap: number; frames: number }>((resolve) => {
              const progress = new Set<string>();
              let last = performance.now();
              let longestGap = 0;
              let frames = 0;
              const frame = (now: number) => {
                longestGap = Math.max(longestGap, now - last);
                last = now;
                frames++;
                const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
                if (bar) progress.add(`${bar.closest('.import-progress')!.textContent}`);
                if (document.querySelector('.import-modules')) resolve({ progress: [...progress], longestGap, frames });
                else requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            }),
        );
        await page.locator('.import-dialog input[type="file"]').setInputFiles(file);
        const { progress, longestGap } = await watching;
        // The bar moved through the reading, painted as it went (decoding one module is a moment).
        expect(progress.filter((line) => line.startsWith('Reading')).length).toBeGreaterThanOrEqual(3);
        expect(longestGap).toBeLessThan(500);
        const modules = await page.locator('.import-modules').textContent();
        expect(modules).toContain('nn.LSTM(1024, 1024, num_layers=3)');
        expect(modules).toContain('25,190,400 parameters');
        // Too wide for the explorer, said in a sentence; the explorer keeps its own weights.
        await expect.poll(() => page.locator('.import-dialog .import-error').textContent()).toMatch(/up to/);
        expect(await page.locator('.imported-cell-note').count()).toBe(0);
      },
    );
  });
});
