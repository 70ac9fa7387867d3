import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelImportText } from '../../../src/content/modelImport';
import { initBackend } from '../../../src/model';
import { readModelFile } from '../../../src/model/modelFile';
import { cellOfModule } from '../../../src/model/moduleCell';
import { createLstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';

// The note above the explorer tells a student what one step of the trained example shows; each of
// its claims is checked here on the explorer's own store, from the inputs the student starts with.

const FILE = 'public/models/remember-marked.safetensors';

beforeAll(async () => {
  await initBackend();
});

function explorerOnExample() {
  const [module] = readModelFile(new Uint8Array(readFileSync(FILE)), 'remember-marked.safetensors').modules;
  const explorer = createLstmExplorerStore();
  const source = { file: 'remember-marked.safetensors', hash: '', module: '', prefix: 'lstm.', layer: 0, direction: 0 };
  expect(explorer.getState().showImportedCell({ ...cellOfModule(module!), source })).toBeUndefined();
  return explorer;
}

describe('the trained example in the LSTM explorer', () => {
  it('opens the input gate of units 0 and 3 when x₁ = 1 marks the step, and drops unit 3’s forget gate', () => {
    const explorer = explorerOnExample();
    explorer.getState().setInput(1, 1);
    const { input, forget } = explorer.getState().explanation!.gates;
    expect(input[0]).toBeGreaterThan(0.5);
    expect(input[3]).toBeGreaterThan(0.5);
    expect(forget[3]).toBeLessThan(0.5);
  });

  it('closes the input gates and keeps unit 0’s forget gate above 0.9 when x₁ = 0', () => {
    const explorer = explorerOnExample();
    explorer.getState().setInput(1, 0);
    const { input, forget } = explorer.getState().explanation!.gates;
    for (const unit of [0, 3]) expect(input[unit]).toBeLessThan(0.2);
    expect(forget[0]).toBeGreaterThan(0.9);
  });

  it('says so, with these numbers, in both languages', () => {
    for (const language of ['en', 'zh'] as const) {
      const sentence = modelImportText.exampleInExplorer[language];
      for (const claim of ['x₁', '0.5', '0.2', '0.9']) expect(sentence).toContain(claim);
    }
  });
});
