import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_CHARACTERS, LinkNotice, NAMED_KEYS } from '../../../src/components/app/LinkNotice';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { linkNoticeStore } from '../../../src/store/link/linkNoticeStore';

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  linkNoticeStore.getState().showUnread([]);
});
afterEach(cleanup);

const show = (keys: string[]) => act(() => linkNoticeStore.getState().showUnread(keys));

describe('LinkNotice', () => {
  it('says nothing for a link read whole', () => {
    const { container } = render(<LinkNotice />);
    expect(container.textContent).toBe('');
  });

  it('names the keys it could not read in a polite status line, each once', () => {
    render(<LinkNotice />);
    show(['x', 'size', 'x']);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Parts of this link could not be read; defaults are shown for: x size ');
    expect([...status.querySelectorAll('code')].map((code) => code.textContent)).toEqual(['x', 'size']);
  });

  it('shows a key from the link as text, never as markup, cut short when long', () => {
    const { container } = render(<LinkNotice />);
    const markup = '<img src=x onerror="window.__pwned=1">';
    show([markup]);
    expect(container.querySelector('img')).toBeNull();
    const shown = screen.getByRole('status').querySelector('code')!.textContent!;
    expect(shown).toHaveLength(KEY_CHARACTERS);
    expect(shown).toBe(`${markup.slice(0, KEY_CHARACTERS - 1)}…`);
  });

  it(`names ${NAMED_KEYS} keys and counts the rest`, () => {
    render(<LinkNotice />);
    show(Array.from({ length: 5000 }, (_, index) => `k${index}`));
    expect(screen.getByRole('status').querySelectorAll('code')).toHaveLength(NAMED_KEYS);
    expect(screen.getByRole('status').textContent).toContain(`and ${5000 - NAMED_KEYS} more`);
  });

  it('speaks Chinese, or both side by side', () => {
    render(<LinkNotice />);
    show(['view']);
    act(() => languageStore.getState().chooseLanguage('zh'));
    expect(screen.getByRole('status').textContent).toBe('链接中有部分内容无法读取，以下各项显示默认值： view ');
    expect(screen.getByRole('button', { name: '关闭此提示' })).toBeTruthy();
    act(() => languageStore.getState().showSideBySide(true));
    expect(screen.getByRole('status').textContent).toContain('defaults are shown for:');
    expect(screen.getByRole('button', { name: '关闭此提示 Dismiss this notice' })).toBeTruthy();
  });

  it('closes for this visit when dismissed', () => {
    const { container } = render(<LinkNotice />);
    show(['view']);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
