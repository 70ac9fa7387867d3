import { describe, expect, it } from 'vitest';
import {
  connectOpenedCellToViews,
  createOpenedSequenceCellStore,
  type OpenedSequenceCell,
} from '../../../src/store/cell/openedSequenceCell';
import { createViewStore } from '../../../src/store/viewStore';

const cell: OpenedSequenceCell = { view: 'lstm', layer: 1, direction: 0, directions: 1, t: 5, batch: 0, batchSize: 1 };

describe('the cell the sequence view opened', () => {
  it('is remembered as plain data and forgotten on request', () => {
    const store = createOpenedSequenceCellStore();
    expect(store.getState().opened).toBeUndefined();
    store.getState().remember(cell);
    expect(JSON.parse(JSON.stringify(store.getState().opened))).toEqual(cell);
    store.getState().forget();
    expect(store.getState().opened).toBeUndefined();
  });

  it('is forgotten once the page leaves its explorer, not before', () => {
    const store = createOpenedSequenceCellStore();
    const views = createViewStore('sequence');
    const disconnect = connectOpenedCellToViews(store, views);
    store.getState().remember(cell);
    views.getState().showView('lstm');
    expect(store.getState().opened?.t).toBe(5);
    views.getState().showView('sequence');
    expect(store.getState().opened).toBeUndefined();
    disconnect();
  });
});
