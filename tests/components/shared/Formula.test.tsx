import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Formula } from '../../../src/components/shared/Formula';
import { typeset } from '../../../src/components/shared/typesetFormula';

// KaTeX is loaded before these tests (tests/support/formulasLoaded.ts), as on a page where it has
// arrived; the last tests load a fresh copy of the modules to see the wait for it.

afterEach(() => {
  cleanup();
  vi.doUnmock('../../../src/components/shared/katexBundle');
  vi.resetModules();
});

const texOf = (box: Element) => box.querySelector('annotation[encoding="application/x-tex"]')?.textContent;

describe('Formula', () => {
  it('sets the formula with KaTeX, MathML beside it, in a box that can be scrolled from the keyboard', () => {
    const { container } = render(<Formula tex="f_t = \sigma(0.5)" className="formula-rule" />);
    const box = container.querySelector('.formula')!;
    expect(box.className).toBe('formula formula-rule');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.querySelector('.katex-display .katex-html')).not.toBeNull();
    expect(texOf(box)).toBe('f_t = \\sigma(0.5)');
  });

  it('sets a formula that may wrap inline, so that KaTeX can break it', () => {
    const { container } = render(<Formula tex="a = b + c" wrap />);
    const box = container.querySelector('.formula.formula-wrap')!;
    expect(box.querySelector('.katex')).not.toBeNull();
    expect(box.querySelector('.katex-display')).toBeNull();
  });

  it('shows a formula KaTeX cannot parse as its source, in red', () => {
    const { container } = render(<Formula tex="\frac{1}{" />);
    const error = container.querySelector<HTMLElement>('.katex-error')!;
    expect(error.textContent).toBe('\\frac{1}{');
    expect(error.style.color).toMatch(/^(#cc0000|rgb\(204, 0, 0\))$/);
  });

  it('keeps its elements when its numbers change, and shows exactly what KaTeX sets for the new ones', () => {
    const { container, rerender } = render(<Formula tex="x = [0.100, -0.300] + 0.500" wrap />);
    const box = container.querySelector('.formula')!;
    const katexElement = box.querySelector('.katex');
    const elements = box.querySelectorAll('*').length;
    rerender(<Formula tex="x = [0.200, -0.400] + 0.600" wrap />);
    expect(box.querySelector('.katex')).toBe(katexElement);
    expect(box.querySelectorAll('*')).toHaveLength(elements);
    expect(texOf(box)).toBe('x = [0.200, -0.400] + 0.600');
    expect(box.querySelector(".formula-body")!.innerHTML).toBe(typeset('x = [0.200, -0.400] + 0.600', true));
    // A formula of another shape replaces what differs.
    rerender(<Formula tex="\begin{bmatrix} 1 \\ 2 \end{bmatrix} = y_t" wrap />);
    expect(box.querySelector(".formula-body")!.innerHTML).toBe(typeset('\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} = y_t', true));
  });

  it('holds an empty line until KaTeX arrives, then sets the formula in its place', async () => {
    const fresh = await import('../../../src/components/shared/Formula');
    const { container } = render(<fresh.Formula tex="\begin{bmatrix} 1 \\ 2 \end{bmatrix}" className="formula-numbers" />);
    const pending = container.querySelector<HTMLElement>('.formula')!;
    expect(pending.className).toBe('formula formula-numbers formula-pending');
    expect(pending.getAttribute('aria-busy')).toBe('true');
    expect(pending.hasAttribute('tabindex')).toBe(false);
    expect(pending.textContent).toBe('\u00a0');
    expect(pending.querySelector<HTMLElement>('.formula-pending-line')!.style.getPropertyValue('--formula-rows')).toBe('2');
    await screen.findByText((_, element) => element?.matches('annotation') ?? false);
    const box = container.querySelector('.formula')!;
    expect(box.className).toBe('formula formula-numbers');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(texOf(box)).toBe('\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}');
  });

  it('shows the source when KaTeX cannot be fetched', async () => {
    vi.doMock('../../../src/components/shared/katexBundle', () => {
      throw new Error('offline');
    });
    const fresh = await import('../../../src/components/shared/Formula');
    const { container } = render(<fresh.Formula tex="h_t = o_t \odot \tanh(C_t)" />);
    const source = await screen.findByText('h_t = o_t \\odot \\tanh(C_t)');
    expect(source.tagName).toBe('CODE');
    expect(container.querySelector('.formula')!.getAttribute('aria-busy')).toBe('false');
  });
});
