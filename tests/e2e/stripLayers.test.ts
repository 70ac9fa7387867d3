import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, PHONE_SCREEN, withWatched } from './support/browser';

// A cell diagram's strips each paint into a compositing layer of their own (DiagramFrame.css), so
// that a drag rasters only the strips it changes. Anything else of the diagram that ends up in a
// layer is one Chromium had to make because it is painted over a strip's layer: an element with
// an opacity inside a strip, say, after which the rest of the strip went into a layer of its own.
// Chromium composites here in software, and every such layer was blended again on every frame of a
// drag: at LSTM hidden 4 the GPU process's work per frame 4.5 → 2.5 ms once the twelve were gone,
// and frames dropped in a drag with it. Read from the layer tree Chromium reports (CDP LayerTree).

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface ReportedLayer {
  backendNodeId?: number;
  drawsContent: boolean;
}

/**
 * The layer tree, as Chromium reports it with the last of a few frames it commits. A page standing
 * still commits none, so the root's outline is toggled (transparent, nothing drawn differently)
 * for a few frames and until one comes, then put back. The last report, not the first: the first
 * after enabling once came without the diagram's layers (1 CI run in many), as if from before
 * the agent had caught up with the page.
 */
async function layerTree(page: Page, cdp: CDPSession): Promise<ReportedLayer[]> {
  let reported: ReportedLayer[] | undefined;
  cdp.on('LayerTree.layerTreeDidChange', (event) => {
    if (event.layers) reported = event.layers;
  });
  await cdp.send('LayerTree.enable');
  for (let nudge = 0; nudge < 50 && (nudge < 6 || !reported); nudge++)
    await page.evaluate(async (width) => {
      document.documentElement.style.outline = `${width}px solid transparent`;
      await new Promise(requestAnimationFrame);
    }, nudge % 2);
  await page.evaluate(() => document.documentElement.style.removeProperty('outline'));
  await cdp.send('LayerTree.disable');
  if (!reported) throw new Error('Chromium reported no layer tree');
  return reported;
}

/** Each composited layer painted from inside the cell diagram, described by its first element. */
async function diagramLayers(page: Page, cdp: CDPSession): Promise<string[]> {
  const described: string[] = [];
  for (const layer of await layerTree(page, cdp)) {
    if (!layer.drawsContent || layer.backendNodeId === undefined) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: layer.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      // A layer may begin with a pseudo-element or text: its element then is the one it belongs to.
      functionDeclaration: `function () {
        const element = this instanceof Element ? this : this.parentElement;
        if (!element || !element.closest('.cell-diagram')) return null;
        const part = element.closest('[data-part]');
        return element.localName + '.' + (element.getAttribute('class') || '') + ' in ' + (part ? part.dataset.part : 'no part');
      }`,
    });
    if (typeof result.value === 'string') described.push(result.value);
  }
  return described;
}

const cases = [
  {
    name: 'LSTM at hidden 4, 1920×1080',
    query: '/?view=lstm&size=3x4&lang=en',
    viewport: { width: 1920, height: 1080 },
  },
  {
    name: 'GRU at hidden 20, 1280×720',
    query: '/?view=gru&size=10x20&lang=zh',
    viewport: { width: 1280, height: 720 },
  },
  { name: 'LSTM at hidden 4 on a phone', query: '/?view=lstm&size=3x4&lang=en', viewport: PHONE_SCREEN },
];

describe('cell diagram layers', () => {
  for (const { name, query, viewport } of cases)
    it(`${name}: only the strips are composited, each as one layer`, () =>
      withWatched(
        () => openPage(browser, { viewport }),
        async (page) => {
          await page.goto(appUrl(query));
          await page.locator('[data-explanation-ready="true"]').waitFor();
          const cdp = await page.context().newCDPSession(page);
          const layers = await diagramLayers(page, cdp);
          const strips = await page.locator('.cell-diagram .cell-diagram-strip').count();
          expect(strips).toBeGreaterThan(8);
          expect(layers.filter((layer) => !/^g\.cell-diagram-part .*\bcell-diagram-strip in /.test(layer))).toEqual([]);
          expect(layers).toHaveLength(strips);
        },
      ));
});
