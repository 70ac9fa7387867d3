import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/viz/colors';

// The app's one button look (base.css) in each of its states, read from the stylesheet: the text
// keeps 4.5 : 1 on its fill at rest, pressed (aria-pressed, as the selected language is), under the
// pointer and held down, and in every pair of those. The language switch adds no colours of its own.

const read = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../src/${path}`, import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ');
const base = read('styles/base.css');

/** The `--name: #hex` custom properties of :root. */
const variables = new Map(
  [...(/:root\s*\{([^}]*)\}/.exec(base)?.[1] ?? '').matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map(
    ([, name, value]) => [name!, value!],
  ),
);

/** The declarations of the innermost rule whose selector is exactly `selector`, in order. */
function declarations(css: string, selector: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors!.split(',').some((one) => one.trim() === selector)) continue;
    for (const [, property, value] of body!.matchAll(/([\w-]+)\s*:\s*([^;]+);?/g)) found.set(property!, value!.trim());
  }
  return found;
}

function resolve(value: string): string {
  const name = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
  const resolved = name ? variables.get(name) : value;
  if (!resolved?.startsWith('#')) throw new Error(`cannot resolve ${value} to a colour`);
  return resolved;
}

/** The text and fill of a button matching every selector in turn, later ones winning. */
function look(...selectors: string[]): { color: string; background: string } {
  const merged = new Map<string, string>();
  for (const selector of selectors) {
    const found = declarations(base, selector);
    if (found.size === 0) throw new Error(`no rule for ${selector} in base.css`);
    for (const [property, value] of found) merged.set(property === 'background-color' ? 'background' : property, value);
  }
  return { color: resolve(merged.get('color')!), background: resolve(merged.get('background')!) };
}

const REST = '.action-button';
const PRESSED = ".action-button[aria-pressed='true']";
const HOVER = '.action-button:hover:not(:disabled)';
const PRESSED_HOVER = ".action-button[aria-pressed='true']:hover:not(:disabled)";
const HELD = '.action-button:active:not(:disabled)';
const PRESSED_HELD = ".action-button[aria-pressed='true']:active:not(:disabled)";

describe('the action button’s states', () => {
  it.each([
    ['at rest', [REST]],
    ['pressed', [REST, PRESSED]],
    ['under the pointer', [REST, HOVER]],
    ['pressed, under the pointer', [REST, PRESSED, HOVER, PRESSED_HOVER]],
    ['held down', [REST, HOVER, HELD]],
    ['pressed and held down', [REST, PRESSED, HOVER, PRESSED_HOVER, HELD, PRESSED_HELD]],
  ])('keep 4.5 : 1 %s', (_state, selectors) => {
    const { color, background } = look(...selectors);
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keep the pressed fill under the pointer: white text never lands on the pale hover tint', () => {
    const pressedHover = look(REST, PRESSED, HOVER, PRESSED_HOVER);
    expect(pressedHover.background).not.toBe(look(REST, HOVER).background);
    // Darker than the pressed fill, so the pointer still shows.
    expect(contrastRatio(pressedHover.color, pressedHover.background)).toBeGreaterThan(
      contrastRatio(look(REST, PRESSED).color, look(REST, PRESSED).background),
    );
  });

  it('are the language switch’s: its stylesheet sets no colours of its own', () => {
    const css = read('components/app/LanguageSwitch.css');
    const colours = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(([, , body]) =>
      [...body!.matchAll(/([\w-]+)\s*:\s*([^;]+)/g)].some(
        ([, property, value]) => /^(background(-color)?|color)$/.test(property!) && value!.trim() !== 'inherit',
      ),
    );
    expect(colours.map(([, selector]) => selector!.trim())).toEqual([]);
  });
});
