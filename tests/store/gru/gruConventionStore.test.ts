import { describe, expect, it } from 'vitest';
import { createGruConventionStore, gruConventionLink } from '../../../src/store/gru/gruConventionStore';

describe('GRU convention store', () => {
  it('starts at PyTorch’s form, switches between the three, and ignores anything else', () => {
    const store = createGruConventionStore();
    expect(store.getState().convention).toBe('pytorch');
    store.getState().chooseConvention('resetBefore');
    expect(store.getState().convention).toBe('resetBefore');
    store.getState().chooseConvention('keras' as 'pytorch');
    expect(store.getState().convention).toBe('resetBefore');
  });

  it('lives in the link as gform, left out for the default, and a bad value is ignored', () => {
    const store = createGruConventionStore();
    expect(gruConventionLink.write('?view=gru', store.getState())).toBe('?view=gru');
    store.getState().chooseConvention('textbook');
    const search = gruConventionLink.write('?view=gru', store.getState());
    expect(search).toBe('?view=gru&gform=textbook');
    const restored = createGruConventionStore();
    restored.getState().restoreSettings(gruConventionLink.read(search));
    expect(restored.getState().convention).toBe('textbook');
    restored.getState().restoreSettings(gruConventionLink.read('?gform=<script>'));
    expect(restored.getState().convention).toBe('textbook');
  });
});
