import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parameterSpecs } from '../../../src/model';
import { readModelFile } from '../../../src/model/modelFile';
import { importedModelStore } from '../../../src/store/imported/importedModelStore';
import { showImportedShapes } from '../../../src/store/imported/openImportedModel';
import { shapesStore } from '../../../src/store/shapes/shapesStore';
import { viewStore } from '../../../src/store/viewStore';
import { FIXTURE_DIR } from '../../support/fixtures';

describe('an imported module in the shapes view', () => {
  it('shows the file’s module: every parameter the file holds, under its name and shape', () => {
    const bytes = new Uint8Array(readFileSync(resolve(FIXTURE_DIR, 'model_with_lstm_encoder.safetensors')));
    const { modules } = readModelFile(bytes, 'model.safetensors');
    importedModelStore.setState({
      file: { name: 'model.safetensors', bytes: bytes.byteLength, hash: '0'.repeat(64) },
      modules,
      chosen: 0,
    });
    showImportedShapes();
    expect(viewStore.getState().view).toBe('shapes');
    const shapes = shapesStore.getState();
    expect([shapes.module, shapes.inputSize, shapes.hiddenSize, shapes.numLayers]).toEqual(['LSTM', 8, 16, 2]);
    const listed = Object.fromEntries(parameterSpecs(shapes.module, shapes).map((row) => [row.name, row.shape]));
    for (const [name, tensor] of Object.entries(modules[0]!.weights)) expect(listed[name], name).toEqual(tensor.shape);
  });
});
