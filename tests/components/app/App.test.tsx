import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, prefetchParts } from '../../../src/components/app/App';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { viewStore } from '../../../src/store/viewStore';

beforeEach(async () => {
  // The views other than the course arrive in their own chunks; here they are fetched first, as
  // the page does when idle, so each test sees a click open its view at once.
  await prefetchParts();
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  viewStore.getState().showView('about');
  render(<App />);
});

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });

describe('App', () => {
  it('shows the product name and English text by default', () => {
    expect(screen.getByRole('heading', { level: 1, name: 'Gatescope' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'The views' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(button('English').getAttribute('aria-pressed')).toBe('true');
    expect(button('中文').getAttribute('aria-pressed')).toBe('false');
  });

  it('switches every label to Chinese and back', () => {
    fireEvent.click(button('中文'));
    expect(screen.getByRole('heading', { level: 2, name: '各个视图' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'The views' })).toBeNull();
    expect(screen.getByRole('group', { name: '语言' })).toBeTruthy();
    expect(button('双语对照')).toBeTruthy();
    expect(button('中文').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toContain('逐个数字');

    fireEvent.click(button('English'));
    expect(screen.getByRole('heading', { level: 2, name: 'The views' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows both languages side by side, the chosen one first', () => {
    fireEvent.click(button('中文'));
    fireEvent.click(button('双语对照'));
    expect(button('双语对照 Side by side').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: '各个视图 The views' })).toBeTruthy();
  });

  it('shows Chinese alone when 中文 is chosen while side by side is on', () => {
    fireEvent.click(button('Side by side'));
    expect(button('English').getAttribute('aria-pressed')).toBe('false');
    expect(button('中文').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button('中文'));
    expect(screen.getByRole('heading', { level: 2, name: '各个视图' })).toBeTruthy();
    expect(button('中文').getAttribute('aria-pressed')).toBe('true');
    expect(button('双语对照').getAttribute('aria-pressed')).toBe('false');
  });

  it('lists each planned explorer with its glossary terms in the current language', () => {
    const lstm = screen.getByRole('article', { name: 'LSTM cell explorer' });
    const terms = within(lstm).getByRole('list', { name: 'Terms you will meet' });
    expect(within(terms).getByText('forget gate')).toBeTruthy();

    fireEvent.click(button('中文'));
    const lstmZh = screen.getByRole('article', { name: 'LSTM 单元探索器' });
    expect(within(lstmZh).getByText('遗忘门')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(6);
  });

  it('opens each ready explorer from its card and from the tabs', () => {
    const opens = [
      ['The course', 'The course', 'Course'],
      ['LSTM cell explorer', 'Inside one LSTM step', 'LSTM cell'],
      ['GRU cell explorer', 'Inside one GRU step', 'GRU cell'],
      ['LSTM vs GRU', 'LSTM vs GRU: one input, two cells', 'LSTM vs GRU'],
      ['Sequence view', 'A whole sequence, step by step', 'Sequence'],
      ['PyTorch shapes', 'PyTorch shapes: every tensor of nn.LSTM and nn.GRU', 'Shapes'],
    ] as const;
    for (const [card, heading, tab] of opens) {
      const article = screen.getByRole('article', { name: card });
      expect(within(article).getByText('Ready')).toBeTruthy();
      fireEvent.click(within(article).getByRole('button', { name: 'Open →' }));
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
      expect(button(tab).getAttribute('aria-current')).toBe('page');
      fireEvent.click(button('About'));
      expect(screen.getByRole('heading', { level: 2, name: 'The views' })).toBeTruthy();
    }
  });

  it('puts the page in landmarks a screen reader can jump between', () => {
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });
});
