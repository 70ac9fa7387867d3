import { shapesCodeText } from '../../content/shapes/shapes';
import { defaultConfig, isCellModule, moduleShapes } from '../../model';
import { pythonNumber, type SnippetLine } from '../pythonCode';
import { effectiveConfig, type ShapesSettings } from './shapesSettings';

// The shapes view's code box, as data: the PyTorch lines that build exactly the module on screen,
// call it on an input (and h0 / c0) of the shapes shown, and print every shape the page shows, so
// a student can run it and compare line by line.

/** The constructor's arguments after the two sizes that differ from PyTorch's defaults, in its order. */
function constructorOptions(settings: ShapesSettings): string[] {
  const config = effectiveConfig(settings);
  const defaults = defaultConfig(config.inputSize, config.hiddenSize);
  const python = (value: boolean) => (value ? 'True' : 'False');
  return [
    config.numLayers !== defaults.numLayers && `num_layers=${config.numLayers}`,
    config.bias !== defaults.bias && `bias=${python(config.bias)}`,
    config.batchFirst !== defaults.batchFirst && `batch_first=${python(config.batchFirst)}`,
    config.dropout !== defaults.dropout && `dropout=${pythonNumber(config.dropout)}`,
    config.bidirectional !== defaults.bidirectional && `bidirectional=${python(config.bidirectional)}`,
    config.projSize !== defaults.projSize && `proj_size=${config.projSize}`,
  ].filter((option): option is string => typeof option === 'string');
}

/** `torch.randn(10, 3, 50)`. */
const randn = (shape: readonly number[]) => `torch.randn(${shape.join(', ')})`;

/**
 * The PyTorch lines for `settings`: imports, the module's constructor with every argument that
 * differs from the defaults, x, h0 (and c0 for LSTM) drawn with torch.randn in the shapes the page
 * shows, the call, then prints of every parameter's name and shape, the parameter count, and the
 * shapes of out, h_n and c_n (h′ and c′ for a cell). Pure: the same settings give the same lines.
 */
export function shapesSnippet(settings: ShapesSettings): SnippetLine[] {
  const config = effectiveConfig(settings);
  const shapes = moduleShapes(settings.module, config, settings);
  const cell = isCellModule(settings.module);
  const lstm = shapes.c0 !== undefined;
  const name = cell ? 'cell' : settings.module.toLowerCase();
  const results = cell ? (lstm ? ['h', 'c'] : ['h']) : lstm ? ['out', 'h_n', 'c_n'] : ['out', 'h_n'];
  const assigned = cell ? results.join(', ') : lstm ? 'out, (h_n, c_n)' : 'out, h_n';
  const states = lstm ? '(h0, c0)' : 'h0';
  return [
    { code: 'import torch' },
    { code: 'import torch.nn as nn' },
    { code: '' },
    {
      code: `${name} = nn.${settings.module}(${[config.inputSize, config.hiddenSize, ...constructorOptions(settings)].join(', ')})`,
    },
    { comment: shapesCodeText.codeInput, values: { shape: shapes.input.join(', ') } },
    { code: `x = ${randn(shapes.input)}` },
    { comment: lstm ? shapesCodeText.codeStates : shapesCodeText.codeState, values: {} },
    { code: `h0 = ${randn(shapes.h0)}` },
    ...(shapes.c0 ? [{ code: `c0 = ${randn(shapes.c0)}` }] : []),
    { code: `${assigned} = ${name}(x, ${states})` },
    { code: '' },
    { comment: shapesCodeText.codePrints, values: {} },
    { code: `for name, p in ${name}.named_parameters():` },
    { code: '    print(name, tuple(p.shape))' },
    { code: `print(sum(p.numel() for p in ${name}.parameters()))` },
    ...results.map((result) => ({ code: `print('${result}', tuple(${result}.shape))` })),
  ];
}
