import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// On a touch screen :hover sticks to whatever was tapped last: a weight cell keeps its outline, a
// dimmed part of the diagram stays lit, a button looks pressed. So every :hover rule of the app sits
// under @media (hover: hover), as base.css explains, and no pressed (:active) look reaches a disabled
// button. These tests read every stylesheet in src/.

const root = fileURLToPath(new URL('../../src', import.meta.url));

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** A style rule's selector list with the at-rules around it, outermost first. */
interface StyleRule {
  selector: string;
  within: string[];
}

/**
 * The style rules of a stylesheet, each with the preludes of the at-rules that enclose it
 * (`@media (hover: hover)`, `@container …`). Enough of CSS for this app's own files: comments,
 * strings, nested at-rules and declaration blocks; not CSS nesting of style rules.
 */
function styleRules(css: string): StyleRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const rules: StyleRule[] = [];
  const open: { prelude: string; atRule: boolean }[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === ';' && open.every((block) => block.atRule)) {
      // A statement at-rule (@import …;) between rules.
      start = index + 1;
    } else if (char === '{') {
      const prelude = text.slice(start, index).trim().replace(/\s+/g, ' ');
      const atRule = prelude.startsWith('@');
      // Inside a declaration block only @-rules nest; anything else is part of a value.
      if (!atRule && open.some((block) => !block.atRule)) throw new Error(`nested style rule: ${prelude}`);
      if (!atRule && !/^(from|to|[\d.]+%)(\s*,\s*(from|to|[\d.]+%))*$/.test(prelude)) {
        rules.push({ selector: prelude, within: open.map((block) => block.prelude) });
      }
      open.push({ prelude, atRule });
      start = index + 1;
    } else if (char === '}') {
      open.pop();
      start = index + 1;
    }
  }
  if (open.length > 0) throw new Error('unbalanced braces');
  return rules;
}

const hoverOnly = (prelude: string) =>
  /^@media\b/.test(prelude) && /(?<!not\s*)\(\s*hover\s*:\s*hover\s*\)/.test(prelude);

/** The selectors that use :hover outside any `@media (hover: hover)`. */
function hoverOutsideMedia(css: string): string[] {
  return styleRules(css)
    .filter((rule) => /:hover\b/.test(rule.selector) && !rule.within.some(hoverOnly))
    .map((rule) => rule.selector);
}

/** The selectors that give a pressed (:active) look without leaving disabled controls out. */
function activeOnDisabled(css: string): string[] {
  return styleRules(css)
    .flatMap((rule) => rule.selector.split(','))
    .map((selector) => selector.trim())
    .filter((selector) => /:active\b/.test(selector) && !/:not\(:disabled\)/.test(selector));
}

describe('the stylesheet reader', () => {
  it('finds a :hover rule outside @media (hover: hover), also under another query', () => {
    expect(hoverOutsideMedia('a:hover { color: red; }')).toEqual(['a:hover']);
    expect(hoverOutsideMedia('@media (min-width: 40rem) { .cell:hover .box { stroke: black } }')).toEqual([
      '.cell:hover .box',
    ]);
    expect(hoverOutsideMedia('@media not (hover: hover) { a:hover { color: red } }')).toEqual(['a:hover']);
  });

  it('accepts one inside @media (hover: hover), however nested, and skips comments and strings', () => {
    const css = `
      /* a:hover { color: red } */
      .a::after { content: 'b:hover {' }
      @media (hover: hover) { .a:hover { color: red } @container x (min-width: 1px) { .b:hover { color: red } } }
      @media (min-width: 1px) { @media (hover: hover) and (pointer: fine) { .c:hover:not(:disabled) { color: red } } }
      @keyframes pulse { from { opacity: 0 } 50% { opacity: 1 } }
    `;
    expect(hoverOutsideMedia(css)).toEqual([]);
    expect(styleRules(css).map((rule) => rule.selector)).toEqual([
      '.a::after',
      '.a:hover',
      '.b:hover',
      '.c:hover:not(:disabled)',
    ]);
  });

  it('finds a pressed look that a disabled button would take', () => {
    expect(activeOnDisabled('.x:active, .y:active:not(:disabled) { color: red }')).toEqual(['.x:active']);
  });
});

describe('the app’s stylesheets', () => {
  const files = cssFiles(root);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('put every :hover rule under @media (hover: hover)', () => {
    const found = files.flatMap((file) =>
      hoverOutsideMedia(readFileSync(file, 'utf8')).map((selector) => `${relative(root, file)}: ${selector}`),
    );
    expect(found).toEqual([]);
  });

  it('give no pressed look to a disabled control', () => {
    const found = files.flatMap((file) =>
      activeOnDisabled(readFileSync(file, 'utf8')).map((selector) => `${relative(root, file)}: ${selector}`),
    );
    expect(found).toEqual([]);
  });
});
