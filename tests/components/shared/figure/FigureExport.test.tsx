import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureExport } from '../../../../src/components/shared/FigureExport';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../../src/store/languageStore';

afterEach(() => {
  cleanup();
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
});

describe('FigureExport', () => {
  it('is one named button that shows a button per format, in the reader’s language; Escape closes it', () => {
    act(() => languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' }));
    render(<FigureExport figure={() => undefined} compact />);
    const toggle = screen.getByRole('button', { name: '导出图', expanded: false });
    expect(screen.queryByRole('button', { name: '导出为 SVG 图' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: '导出图' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出为 SVG 图' }).textContent).toBe('SVG');
    expect(screen.getByRole('button', { name: '导出为 PNG 图' }).textContent).toBe('PNG');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('asks the view for its figure only when clicked, and says so when it cannot be made', async () => {
    const figure = vi.fn(() => ({
      source: { root: document.createElement('div'), caption: [{ text: 'LSTM', lang: 'en' }] },
      nameParts: ['lstm', 'forget'],
    }));
    render(<FigureExport figure={figure} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export figure' }));
    expect(figure).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Export figure as PNG' }));
    expect(figure).toHaveBeenCalledTimes(1);
    // An empty box has nothing drawn in it: the failure is announced, not thrown.
    // The exporter's module is fetched on this first click, its font tables with it: give it time.
    await waitFor(
      () => expect(screen.getByRole('status').textContent).toBe('The figure could not be made: Error: nothing is drawn'),
      { timeout: 10_000 },
    );
  });

  it('offers every step as frames only where the view passes them', () => {
    const frames = vi.fn();
    render(<FigureExport figure={() => undefined} frames={frames} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export figure' }));
    expect(screen.getByRole('button', { name: 'Export every time step as numbered PNG frames (ZIP)' }).textContent).toBe(
      'Frames',
    );
    // Asking which steps there are pauses playback: not before the choice is made.
    expect(frames).not.toHaveBeenCalled();
    cleanup();
    render(<FigureExport figure={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export figure' }));
    expect(screen.queryByRole('button', { name: /frames/ })).toBeNull();
  });
});
