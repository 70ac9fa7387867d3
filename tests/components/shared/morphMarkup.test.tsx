import { afterEach, describe, expect, it, vi } from 'vitest';
import { morphChildren, morphMarkup } from '../../../src/components/shared/morphMarkup';
import { typeset } from '../../../src/components/shared/typesetFormula';

// KaTeX is loaded before these tests (tests/support/formulasLoaded.ts).

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the HTML parser makes of `html`, serialised: what the formula must show. */
function parsed(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.innerHTML;
}

function shown(html: string): HTMLDivElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}

/** Every node under `box`, in document order. */
function nodesOf(box: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(box);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/** Counts the templates made while `run` runs: each is the markup parsed into new nodes. */
function templatesMadeBy(run: () => void): number {
  const createElement = document.createElement.bind(document);
  const spy = vi.spyOn(document, 'createElement').mockImplementation((name: string) => createElement(name));
  run();
  const count = spy.mock.calls.filter(([name]) => name === 'template').length;
  spy.mockRestore();
  return count;
}

// The shapes of formula the views set: vectors and matrices, gates, fractions, roots and wide
// symbols (whose KaTeX markup holds SVG), each before and after a drag changes its numbers.
const DRAGGED: [string, string][] = [
  [
    'f_t = \\sigma\\left(\\begin{bmatrix} 0.125 \\\\ -0.500 \\end{bmatrix} + 0.250\\right)',
    'f_t = \\sigma\\left(\\begin{bmatrix} 0.731 \\\\ -1.994 \\end{bmatrix} + 0.008\\right)',
  ],
  ['C_t = 0.40 \\odot 1.25 + 0.61 \\odot (-0.33) = 0.298', 'C_t = 0.99 \\odot 1.25 + 0.02 \\odot (-0.87) = 1.220'],
  ['h_t = \\frac{1}{1 + e^{-0.42}} \\tanh(0.7)', 'h_t = \\frac{1}{1 + e^{-3.08}} \\tanh(0.1)'],
  ['\\sqrt{0.25} + \\widehat{x_1} = 1.5', '\\sqrt{0.81} + \\widehat{x_1} = 1.9'],
  ['\\overbrace{0.1 + 0.2}^{n=2} \\xrightarrow{t=3} y', '\\overbrace{0.7 + 0.9}^{n=5} \\xrightarrow{t=8} y'],
];

describe('morphMarkup', () => {
  it.each(DRAGGED)('sets %s to %s without making a node, keeping every one', (before, after) => {
    for (const wrap of [false, true]) {
      const box = shown(typeset(before, wrap));
      const nodes = nodesOf(box);
      const html = typeset(after, wrap);
      expect(templatesMadeBy(() => morphMarkup(box, html))).toBe(0);
      expect(box.innerHTML).toBe(parsed(html));
      expect(nodesOf(box)).toEqual(nodes);
      nodes.forEach((node, index) => expect(node).toBe(nodesOf(box)[index]));
    }
  });

  it('reads back the escapes KaTeX writes, in text and in attributes', () => {
    const before = '<span title="a &amp; b">x &lt; 1</span><math><annotation encoding="application/x-tex">a</annotation></math>';
    const after =
      '<span title="&quot;c&quot; &gt; d">x &#x27;&amp;&#x27; 2</span><math><annotation encoding="application/x-tex">\\begin{bmatrix} 1 &amp; 2 \\end{bmatrix}</annotation></math>';
    const box = shown(before);
    expect(templatesMadeBy(() => morphMarkup(box, after))).toBe(0);
    expect(box.innerHTML).toBe(parsed(after));
    expect(box.querySelector('span')!.title).toBe('"c" > d');
  });

  it('sets markup of another shape by parsing it, and shows exactly that', () => {
    for (const [before, after] of [
      [typeset('x = 1', false), typeset('\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} = y_t', false)],
      ['<span class="a">1</span>', '<span class="a" style="top:1em">1</span>'],
      ['<span class="a" style="top:1em">1</span>', '<span class="a">1</span>'],
      ['<span>1</span>', '<span>1</span><span>2</span>'],
      ['<span>1</span><span>2</span>', '<span>1</span>'],
      ['<span>1</span>', '<b>1</b>'],
      ['<span>1</span>', '<span><i>1</i></span>'],
    ]) {
      const box = shown(before!);
      expect(templatesMadeBy(() => morphMarkup(box, after!))).toBe(1);
      expect(box.innerHTML).toBe(parsed(after!));
    }
  });

  it.each([
    ['an escape the HTML parser reads its own way', '<span>a</span>', '<span>&nbsp;b&copy</span>'],
    ['a closing tag that is not the open one', '<span><b>1</b></span><i>2</i>', '<span><b>1</span></b><i>2</i>'],
    ['a tag left open', '<span>1</span>', '<span>1'],
    ['a stray closing tag', '<span>1</span>', '</i><span>1</span>'],
    ['an unquoted attribute', '<span class="a">1</span>', '<span class=b>1</span>'],
    ['a carriage return', '<span>1</span>', '<span>1\r\n</span>'],
    ['markup in an attribute value', '<span title="a">1</span>', '<span title="<b>">1</span>'],
  ])('leaves %s to the HTML parser, and shows what it makes', (_, before, after) => {
    const box = shown(before);
    morphMarkup(box, after);
    expect(box.innerHTML).toBe(parsed(after));
  });
});

describe('morphChildren', () => {
  const parse = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };

  it.each([
    ['<span class="a">1</span><span>2</span>', '<span class="b" style="top:1em">3</span><span>2</span>'],
    ['<span>1</span>', '<span>1</span><b>2</b><i>3</i>'],
    ['<span>1</span><b>2</b><i>3</i>', '<i>1</i>'],
    ['<span><svg><path d="M0"></path></svg></span>', '<span><svg><path d="M1"></path><path d="M2"></path></svg></span>'],
    ['<math><mi>x</mi></math>', '<math><mn>2</mn><mi>x</mi></math>'],
    ['text <span>a</span>', '<span>a</span> text'],
  ])('makes %s into %s', (before, after) => {
    const target = document.createElement('div');
    target.innerHTML = before;
    morphChildren(target, parse(after));
    expect(target.innerHTML).toBe(parsed(after));
  });
});
