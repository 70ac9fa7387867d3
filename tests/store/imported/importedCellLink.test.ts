import { describe, expect, it } from 'vitest';
import {
  importedCellFromSearch,
  isImportedLinkValue,
  searchWithImportedCell,
} from '../../../src/store/imported/importedCellLink';

const source = {
  file: 'my model.safetensors',
  hash: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  module: 'nn.LSTM(8, 16, num_layers=2)',
  prefix: 'encoder.',
  layer: 1,
  direction: 0,
};

describe('the imported cell in a link', () => {
  it('names the file and 16 digits of its hash, the cell, and reads them back', () => {
    const search = searchWithImportedCell('?view=lstm&size=8x16', 'lstm', source);
    const params = new URLSearchParams(search);
    expect(params.get('model')).toBe('my model.safetensors@0123456789abcdef');
    expect(params.get('mcell')).toBe('1.0.encoder.');
    expect(params.get('size')).toBe('8x16');
    expect(importedCellFromSearch(search, 'lstm')).toEqual({
      explorer: 'lstm',
      file: 'my model.safetensors',
      hash: '0123456789abcdef',
      prefix: 'encoder.',
      layer: 1,
      direction: 0,
    });
    // The GRU explorer's own keys: the two explorers may show two files.
    expect(importedCellFromSearch(search, 'gru')).toBeUndefined();
    expect(new URLSearchParams(searchWithImportedCell(search, 'gru', source)).get('gmodel')).toContain('@');
  });

  it('unnames the cell when the explorer shows its own weights again', () => {
    const search = searchWithImportedCell('?view=lstm', 'lstm', source);
    expect(searchWithImportedCell(search, 'lstm', undefined)).toBe('?view=lstm');
  });

  it('reads nothing from hostile or malformed values', () => {
    for (const search of [
      '?model=x@nothex0123456789',
      '?model=@0123456789abcdef',
      '?model=a.safetensors@0123456789ABCDEF',
      '?model=a@0123456789abcdef&mcell=9999.0.',
      '?model=a@0123456789abcdef&mcell=0.2.',
      '?model=a@0123456789abcdef&mcell=-1.0.',
    ]) {
      expect(importedCellFromSearch(search, 'lstm'), search).toBeUndefined();
    }
    expect(isImportedLinkValue('model', '<script>@0123456789abcdef')).toBe(true);
    expect(isImportedLinkValue('gmcell', '0.1.')).toBe(true);
    expect(isImportedLinkValue('mcell', 'zero')).toBe(false);
  });

  it('names the sequence view’s whole network with its own keys, and connects its store to the link', () => {
    const { layer: _layer, direction: _direction, ...network } = source;
    const search = searchWithImportedCell('?view=sequence&snet=lstm.8x16x2', 'sequence', network);
    const params = new URLSearchParams(search);
    expect(params.get('smodel')).toBe('my model.safetensors@0123456789abcdef');
    expect(params.get('smcell')).toBe('0.0.encoder.');
    expect(importedCellFromSearch(search, 'sequence')).toMatchObject({ explorer: 'sequence', prefix: 'encoder.' });
    expect(importedCellFromSearch(search, 'lstm')).toBeUndefined();
    expect(isImportedLinkValue('smodel', 'a.json@0123456789abcdef')).toBe(true);
    expect(searchWithImportedCell(search, 'sequence', undefined)).toBe('?view=sequence&snet=lstm.8x16x2');
  });
});
