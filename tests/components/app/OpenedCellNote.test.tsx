import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenedCellNote } from '../../../src/components/app/OpenedCellNote';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { openedSequenceCellStore, type OpenedSequenceCell } from '../../../src/store/cell/openedSequenceCell';
import { viewStore } from '../../../src/store/viewStore';

const cell: OpenedSequenceCell = { view: 'lstm', layer: 1, direction: 0, directions: 1, t: 5, batch: 0, batchSize: 1 };

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  viewStore.getState().showView('sequence');
  openedSequenceCellStore.getState().forget();
});
afterEach(cleanup);

function open(opened: OpenedSequenceCell) {
  act(() => {
    openedSequenceCellStore.getState().remember(opened);
    viewStore.getState().showView(opened.view);
  });
}

describe('OpenedCellNote', () => {
  it('says nothing over an explorer opened from its tab', () => {
    const { container } = render(<OpenedCellNote />);
    act(() => viewStore.getState().showView('lstm'));
    expect(container.textContent).toBe('');
  });

  it('names the layer and step of a cell opened from the sequence view, and Back goes back', () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => {});
    render(<OpenedCellNote />);
    open(cell);
    expect(screen.getByText(/From the sequence view: layer 1, t = 5, with that cell’s own weights/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back to the sequence' }));
    expect(back).toHaveBeenCalledOnce();
    back.mockRestore();
  });

  it('adds the direction and the sequence where there are several, in Chinese too', () => {
    act(() => languageStore.getState().chooseLanguage('zh'));
    render(<OpenedCellNote />);
    open({ ...cell, view: 'gru', layer: 0, direction: 1, directions: 2, t: 3, batch: 2, batchSize: 4 });
    expect(screen.getByText(/来自序列视图：第 0 层，t = 3，反向，第 b = 2 条序列（共 4 条）/)).toBeTruthy();
  });

  it('goes away when the page leaves the explorer', () => {
    const { container } = render(<OpenedCellNote />);
    open(cell);
    act(() => viewStore.getState().showView('gru'));
    act(() => viewStore.getState().showView('lstm'));
    expect(container.textContent).toBe('');
  });
});
