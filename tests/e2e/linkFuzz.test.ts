import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, type WatchedPage } from './support/browser';
import { seededRandom } from '../../src/model/randomWeights';

// Any link, however malformed, huge or hostile, opens a working page: a seeded fuzz of query
// strings (random bytes, broken escapes, huge numbers, thousands of values, markup, duplicate keys,
// every key of every view with a wrong value) in real Chromium. Each link must leave the tabs and
// the view's own main part on screen, no error, no dialog and nothing built from the link's markup;
// a link with a part the page cannot read shows the notice, a clean one does not.
// LINK_FUZZ_SEED=<n> replays (or explores) another sequence; a failure names its seed and link.

const SEED = Number(process.env.LINK_FUZZ_SEED ?? 20_150_515);
const LINKS = 72;
const BATCH = 18;

// Markup that would act if it were ever rendered or run: each sets window.__pwned or loads x.
const MARKUP = [
  '<img src=x onerror=window.__pwned=1>',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
];
const BAD_ESCAPES = ['%', '%z', '%zz', '%E0%A4%A', '%%', '%C3', '%FF%FE', '%u0041'];
const HUGE = ['1e308', '-1e308', '9999999999', '-0', 'NaN', 'Infinity', '-Infinity', '1e999', '0x10', '9'.repeat(400)];

// A value each key cannot read, whatever else the link says (each is malformed or out of every range).
const BAD_VALUES: Record<string, string[]> = {
  view: ['lstmx', 'LSTM', '<b>', ''],
  lang: ['xx', 'english', 'zh_CN'],
  both: ['2', 'yes'],
  tour: ['nope', 'forgetgate'],
  tfjsflags: ['x', 'DEBUG:true', 'IS_BROWSER:false', ''],
  size: ['0x4', '3x101', '201x4', 'x', '-3x4', '3x4x5'],
  x: ['abc', '1,,2', 'NaN', 'Infinity', ''],
  h: ['NaN', 'a,b', '-Infinity'],
  c: ['Infinity', '1;2'],
  preset: ['<b>', 'zeros', 'RANDOM'],
  seed: ['-1', '99999999999', '1.5', 'abc'],
  bias: ['q3', 'f', 'fNaN', 'f1,zz'],
  w: ['junk', 'f.0.0', 'q.0.0:1'],
  stage: ['99', '-1', 'one'],
  unit: ['999', 'u'],
  gsize: ['0x4', '3x101'],
  gx: ['abc', 'NaN'],
  gh: ['Infinity'],
  gc: ['0.5'],
  gpreset: ['keeps'],
  gseed: ['-2'],
  gbias: ['f2', 'r'],
  gw: ['f.0.0:1', 'x'],
  gstage: ['77'],
  gunit: ['-1'],
  gform: ['nope', 'PYTORCH'],
  vssize: ['3x5', 'ax'],
  vsseed: ['-1', 'seed'],
  vsx: ['abc', 'Infinity'],
  vssteps: ['abc', '55.5'],
  vsf: ['NaN'],
  vsz: ['Infinity', 'z'],
  snet: ['rnn.1x8x2', 'lstm.0x8x2', 'lstm.1x8x9'],
  sdir: ['2', 'yes'],
  sbf: ['true'],
  slen: ['1', '999', 'abc'],
  sbatch: ['0', '99'],
  sw: ['<i>', 'zeros'],
  swseed: ['-5', 'abc'],
  sbias: ['q1', 'f'],
  sx: ['noise', ''],
  sxseed: ['abc'],
  sdraw: ['zz', '1.2:3'],
  sfeat: ['abc'],
  s0: ['ones'],
  s0seed: ['x'],
  s0e: ['q.0.0.0:1', 'h.0:1'],
  st: ['abc', '-1'],
  scell: ['9.9', 'a.b'],
  sb: ['abc'],
  sspeed: ['0', '999'],
  shmod: ['RNN', 'lstm'],
  shsize: ['0x4', '3x99999', 'ax1'],
  shlayers: ['0', '999', 'x'],
  shbias: ['yes', '2'],
  shbf: ['true'],
  shdrop: ['2', 'NaN', '-1'],
  shbi: ['on'],
  shproj: ['100', 'abc'],
  shlen: ['0', '1e9'],
  shbatch: ['0', 'None', '-3'],
};
const KNOWN_KEYS = Object.keys(BAD_VALUES);

// Values every key reads as they are, whatever else the link says (and keys the app does not read).
const GOOD: [string, string][] = [
  ['view', 'lstm'],
  ['view', 'gru'],
  ['view', 'sequence'],
  ['view', 'compare'],
  ['view', 'shapes'],
  ['shmod', 'GRU'],
  ['shsize', '10x20'],
  ['llen', '50'],
  ['lcarry', '0'],
  ['view', 'learn'],
  ['view', 'about'],
  ['lang', 'zh'],
  ['lang', 'en'],
  ['both', '1'],
  ['seed', '7'],
  ['stage', '2'],
  ['preset', 'keepsMemory'],
  ['bias', 'f2'],
  ['gbias', 'z1'],
  ['gform', 'textbook'],
  ['vsseed', '3'],
  ['vsf', '2.5'],
  ['slen', '20'],
  ['sspeed', '8'],
  ['tour', 'forgetGate'],
];
const UNKNOWN: [string, () => string][] = [
  ['utm_source', () => MARKUP[0]!],
  ['fbclid', () => 'IwAR0x'],
  ['from', () => 'singlemessage'],
  ['ref', () => MARKUP[1]!],
];

/** One fuzzed link: its query, and what the notice must do (`named`: the one key it must name). */
interface FuzzLink {
  query: string;
  notice: 'shown' | 'absent' | 'either';
  named?: string;
}

function generator(seed: number) {
  const random = seededRandom(seed);
  const below = (end: number) => Math.floor(random() * end);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  const encode = (text: string) => encodeURIComponent(text);
  const randomBytes = (length: number) => Array.from({ length }, () => below(256));
  const hexBytes = (length: number) =>
    randomBytes(length)
      .map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`)
      .join('');
  // Raw characters as a pasted link may carry them; Chromium escapes what a URL cannot hold.
  const rawText = (length: number) =>
    Array.from({ length }, () =>
      random() < 0.8 ? String.fromCharCode(32 + below(95)) : String.fromCodePoint(0xa0 + below(0x3000)),
    )
      .join('')
      .replace(/#/g, '');
  const badPart = (): string => {
    const key = pick(KNOWN_KEYS);
    return `${key}=${encode(pick(BAD_VALUES[key]!))}`;
  };
  const goodPart = () => {
    const [key, value] = pick(GOOD);
    return `${key}=${encode(value)}`;
  };
  const unknownPart = () => {
    const [key, value] = pick(UNKNOWN);
    return `${key}=${encode(value())}`;
  };

  const kinds: (() => FuzzLink)[] = [
    // Clean: readable values of different keys (one key given two values is a conflict) and keys
    // other tools add. No notice.
    () => {
      const first = goodPart();
      let second = goodPart();
      while (second.split('=')[0] === first.split('=')[0]) second = goodPart();
      return { query: [first, second, unknownPart()].join('&'), notice: 'absent' };
    },
    // Exactly one known key with a wrong value among readable ones: the notice names it.
    () => {
      const key = pick(KNOWN_KEYS);
      const parts = [goodPart(), `${key}=${encode(pick(BAD_VALUES[key]!))}`, unknownPart()];
      // A good value given for the same key would make it a conflicting duplicate: still that key.
      return { query: parts.join('&'), notice: 'shown', named: key };
    },
    // Several wrong values, some given twice.
    () => {
      const parts = Array.from({ length: 2 + below(8) }, () => (random() < 0.7 ? badPart() : goodPart()));
      if (random() < 0.5) parts.push(parts[0]!.replace(/=.*/, '=1,2,3'));
      return { query: parts.join('&'), notice: 'shown' };
    },
    // Broken escapes in keys and values.
    () => {
      const key = random() < 0.5 ? pick(KNOWN_KEYS) : `k${below(100)}`;
      const escape = pick(BAD_ESCAPES);
      const part = random() < 0.7 ? `${key}=${escape}` : `${escape}=${goodPart()}`;
      return { query: [goodPart(), part].join('&'), notice: 'shown' };
    },
    // Huge and strange numbers in every numeric key.
    () => {
      const keys = ['x', 'h', 'c', 'seed', 'stage', 'unit', 'gx', 'vsx', 'vssteps', 'slen', 'st', 'sspeed', 'vsf'];
      const parts = Array.from({ length: 1 + below(5) }, () => `${pick(keys)}=${encode(pick(HUGE))}`);
      // -0 and 0x10 read (as 0 or not at all) depending on the key; a list of huge ones never fits.
      parts.push(`x=${Array.from({ length: 3 }, () => pick(HUGE)).join(',')},9`);
      return { query: parts.join('&'), notice: 'shown' };
    },
    // Thousands of values in a list key.
    () => {
      const count = 1000 + below(9000);
      const key = pick(['x', 'gx', 'h', 'c', 'bias', 'sbias']);
      const values = Array.from({ length: count }, (_, index) => (key.endsWith('bias') ? `f${index % 7}` : index));
      // A list of that length fits no cell; shifts of every gate in range do.
      const notice = key.endsWith('bias') ? 'either' : 'shown';
      return { query: `view=${pick(['lstm', 'gru', 'sequence'])}&${key}=${values.join(',')}`, notice };
    },
    // Thousands of hand edits.
    () => {
      const edits = Array.from({ length: 2000 + below(8000) }, (_, index) => `f.${index % 4}.${index % 7}:0.5`);
      return { query: `size=3x4&w=${edits.join(';')}`, notice: 'shown', named: 'w' };
    },
    // Markup in known and unknown keys, raw and escaped.
    () => {
      const markup = pick(MARKUP);
      const key = pick(['view', 'lang', 'tour', 'x', 'gform', 'sx', 'snet']);
      const value = random() < 0.5 ? encode(markup) : markup.replace(/[&#]/g, '');
      return { query: `${key}=${value}&${encode(markup)}=${encode(markup)}`, notice: 'shown' };
    },
    // Random bytes, percent-encoded and raw, anywhere.
    () => {
      const parts = Array.from({ length: 1 + below(6) }, () =>
        random() < 0.5 ? `${hexBytes(1 + below(6))}=${hexBytes(below(12))}` : rawText(1 + below(30)),
      );
      const bad = random() < 0.5;
      if (bad) parts.push(badPart());
      return { query: parts.join('&'), notice: bad ? 'shown' : 'either' };
    },
    // A 100 kB query: one long unknown value, and a long list of drawn inputs that fit.
    () => {
      const long = `junk=${'a'.repeat(60_000)}`;
      const drawn = `sdraw=${Array.from({ length: 5000 }, (_, t) => `${t % 30}.0.0:0.5`).join(';')}`;
      return { query: [`view=sequence`, long, drawn, badPart()].join('&'), notice: 'shown' };
    },
  ];
  // The heavy kinds (thousands of values or edits, 100 kB) are drawn half as often: each takes a
  // second to load, and the whole fuzz stays within a minute on two cores.
  const heavy = new Set([kinds[5], kinds[6], kinds[9]]);
  const pool = kinds.flatMap((kind) => (heavy.has(kind) ? [kind] : [kind, kind]));
  return (index: number): FuzzLink => {
    // The first links cover every kind once; the rest are drawn at random.
    const kind = index < kinds.length ? kinds[index]! : pick(pool);
    return kind();
  };
}

const VIEW_PARTS: Record<string, string> = {
  learn: '.learn-view',
  lstm: '.explorer-stage .cell-diagram svg',
  gru: '.explorer-stage .cell-diagram svg',
  sequence: '.sequence-timeline',
  compare: '.compare-view',
  shapes: '.shapes-view',
  lab: '.lab-view',
  about: '.about',
};
const VIEW_ORDER = ['learn', 'lstm', 'gru', 'sequence', 'compare', 'shapes', 'lab', 'about'];

/** What a page shows after a link: its view, the notice's keys, and anything built from the link's markup. */
async function inspect(page: Page) {
  return page.evaluate((order) => {
    const tabs = [...document.querySelectorAll('.view-nav button')];
    const current = tabs.findIndex((tab) => tab.getAttribute('aria-current') === 'page');
    const inline = [...document.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    );
    const notice = document.querySelector('.link-notice [role="status"]');
    return {
      view: order[current],
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
      injected: inline.length + document.querySelectorAll('img[src="x"], iframe, object, embed').length,
      scriptsFromLink: [...document.querySelectorAll('script')].filter((script) =>
        script.textContent?.includes('__pwned'),
      ).length,
      notice: notice ? [...notice.querySelectorAll('code')].map((code) => code.textContent) : undefined,
    };
  }, VIEW_ORDER);
}

let browser: Browser;
let watched: WatchedPage;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await openPage(browser, { viewport: { width: 1280, height: 720 } });
  watched.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Static hosts serve index.html for any query; the test server limits a request's headers to
  // 16 kB, so the longest links get the same page from the browser's side.
  await watched.page.route(
    (url) => url.search.length > 8000,
    async (route) => route.fulfill({ response: await route.fetch({ url: appUrl('/') }) }),
  );
});

afterAll(async () => {
  await watched?.close();
  await browser?.close();
});

describe(`a seeded fuzz of ${LINKS} links (seed ${SEED})`, () => {
  const next = generator(SEED);
  const links = Array.from({ length: LINKS }, (_, index) => next(index));

  for (let start = 0; start < LINKS; start += BATCH)
    it(`links ${start + 1}–${start + BATCH} each open a working page`, async () => {
      const { page, problems } = watched;
      for (const [offset, link] of links.slice(start, start + BATCH).entries()) {
        const where = `seed ${SEED}, link ${start + offset + 1}: ?${link.query.slice(0, 300)}`;
        problems.length = 0;
        dialogs.length = 0;
        await page.evaluate(() => localStorage.clear()).catch(() => undefined);
        const started = Date.now();
        await page.goto(appUrl(`/?${link.query}`));
        const status = page.locator('.model-layer-status');
        await expect.poll(() => status.getAttribute('data-phase'), { message: where, timeout: 15_000 }).toBe('ready');
        const shown = await inspect(page);
        expect(shown.view, where).toBeDefined();
        await page.locator(VIEW_PARTS[shown.view!]!).first().waitFor({ state: 'visible', timeout: 10_000 });
        expect(Date.now() - started, `${where}: took too long to open`).toBeLessThan(10_000);
        const settled = await inspect(page);
        expect(settled.pwned, where).toBe(false);
        expect(settled.injected, where).toBe(0);
        expect(settled.scriptsFromLink, where).toBe(0);
        expect(dialogs, where).toEqual([]);
        expect(problems, where).toEqual([]);
        if (link.notice === 'shown') expect(settled.notice, `${where}: no notice`).toBeDefined();
        if (link.notice === 'absent') expect(settled.notice, `${where}: a notice for a clean link`).toBeUndefined();
        if (link.named) expect(settled.notice?.[0], `${where}: the notice names another key`).toBe(link.named);
      }
    });
});
