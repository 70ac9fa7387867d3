import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/model/config';
import { checkWeights, describeModule, inferModule, resolveModule } from '../../src/model/inferModule';
import { parseSafetensors } from '../../src/model/safetensors';
import { selectRecurrentModule } from '../../src/model/stateDictModules';
import type { PlainTensor, RecurrentConfig, StateDict } from '../../src/model/types';
import { INLINE_FIXTURES, fixtureBytes, fixtureGiven, fixtureStateDict, tensor, messageOf } from './weightFixtures';

const lstmCourse = (): StateDict => parseSafetensors(fixtureBytes('lstm_course.safetensors'));
const courseConfig: RecurrentConfig = { ...defaultConfig(50, 100), numLayers: 2 };

describe('inferModule', () => {
  it.each(INLINE_FIXTURES)('infers %s from its inline state_dict as the request states it', (name) => {
    const given = fixtureGiven(name);
    const { module, config } = inferModule(fixtureStateDict(name));
    expect(module).toBe(given.module);
    // batch_first, dropout and an RNN's nonlinearity leave no trace in the weights.
    const { batchFirst: _batchFirst, dropout: _dropout, nonlinearity: _nonlinearity, ...stated } = given.config;
    expect(config).toEqual({ ...defaultConfig(config.inputSize, config.hiddenSize), ...stated });
  });

  it('infers nn.LSTM(50, 100, num_layers=2) from lstm_course.safetensors', () => {
    expect(inferModule(lstmCourse())).toEqual({ module: 'LSTM', config: courseConfig });
  });

  it('infers nn.LSTM(8, 16, num_layers=2) from the encoder of a whole model', () => {
    const encoder = selectRecurrentModule(
      parseSafetensors(fixtureBytes('model_with_lstm_encoder.safetensors')),
      'encoder.',
    );
    const { module, config } = inferModule(encoder);
    expect(describeModule(module, config)).toBe('nn.LSTM(8, 16, num_layers=2)');
  });

  it('tells a 12-row LSTM (hidden 3) from a 12-row GRU (hidden 4) by the columns of weight_hh', () => {
    const lstm = inferModule(fixtureStateDict('lstm_no_bias_unbatched'));
    const gru = inferModule(fixtureStateDict('gru_tiny_init_state'));
    expect(fixtureStateDict('lstm_no_bias_unbatched').weight_ih_l0?.shape[0]).toBe(12);
    expect(fixtureStateDict('gru_tiny_init_state').weight_ih_l0?.shape[0]).toBe(12);
    expect([lstm.module, lstm.config.hiddenSize]).toEqual(['LSTM', 3]);
    expect([gru.module, gru.config.hiddenSize]).toEqual(['GRU', 4]);
  });

  it('reads hidden_size and proj_size from weight_hr_l0 when the LSTM projects', () => {
    const { config } = inferModule(fixtureStateDict('lstm_proj'));
    expect([config.hiddenSize, config.projSize]).toEqual([8, 3]);
  });

  it('says what is missing when the module cannot be told', () => {
    expect(messageOf(() => inferModule({ 'fc.weight': tensor([2, 2]) }))).toBe(
      'the weights have neither weight_ih_l0 nor weight_ih, so the module cannot be told; they hold fc.weight',
    );
    expect(messageOf(() => inferModule({ weight_ih_l0: tensor([16, 3]) }))).toBe(
      'the weights have no weight_hh_l0, whose columns tell hidden_size',
    );
    expect(messageOf(() => inferModule({ weight_ih_l0: tensor([16]), weight_hh_l0: tensor([16, 4]) }))).toBe(
      'weight_ih_l0 has shape [16], but PyTorch stores it as a matrix (2-D)',
    );
  });

  it('refuses rows that are neither 4, 3 nor 1 × hidden_size', () => {
    expect(messageOf(() => inferModule({ weight_ih_l0: tensor([10, 3]), weight_hh_l0: tensor([10, 5]) }))).toBe(
      'weight_ih_l0 has 10 rows and weight_hh_l0 has 5 columns (hidden_size), but an LSTM stacks 4 × hidden_size rows, a GRU 3 × hidden_size and an RNN 1 × hidden_size',
    );
  });

  it('reads rows equal to hidden_size as nn.RNN, whose nonlinearity the weights cannot tell (tanh)', () => {
    const dict = { weight_ih_l0: tensor([5, 3]), weight_hh_l0: tensor([5, 5]), weight_ih_l1: tensor([5, 5]) };
    expect(inferModule(dict)).toEqual({ module: 'RNN', config: { ...defaultConfig(3, 5), numLayers: 2, bias: false } });
    expect(inferModule({ weight_ih: tensor([5, 3]), weight_hh: tensor([5, 5]) }).module).toBe('RNNCell');
  });

  it('refuses a projection whose hidden_size does not match the rows', () => {
    const dict = { weight_ih_l0: tensor([32, 6]), weight_hh_l0: tensor([32, 3]), weight_hr_l0: tensor([3, 7]) };
    expect(messageOf(() => inferModule(dict))).toBe(
      'weight_hr_l0 makes this an LSTM with hidden_size 7, but weight_ih_l0 has 32 rows, not 4 × 7',
    );
  });

  it('refuses layer indices past the most Gatescope builds', () => {
    const dict = { ...fixtureStateDict('lstm_tiny'), weight_ih_l99: tensor([16, 4]) };
    expect(messageOf(() => inferModule(dict))).toBe(
      'weight_ih_l99 implies 100 layers; the most Gatescope builds is 64',
    );
  });
});

describe('describeModule', () => {
  it.each<[Parameters<typeof describeModule>[0], Partial<RecurrentConfig>, string]>([
    ['LSTM', { numLayers: 2 }, 'nn.LSTM(50, 100, num_layers=2)'],
    ['GRU', {}, 'nn.GRU(50, 100)'],
    [
      'LSTM',
      { bias: false, batchFirst: true, dropout: 0.5, bidirectional: true, projSize: 20 },
      'nn.LSTM(50, 100, bias=False, batch_first=True, dropout=0.5, bidirectional=True, proj_size=20)',
    ],
    ['GRUCell', { bias: false }, 'nn.GRUCell(50, 100, bias=False)'],
  ])('%s %j is %s', (module, config, expected) => {
    expect(describeModule(module, { ...defaultConfig(50, 100), ...config })).toBe(expected);
  });
});

describe('checkWeights', () => {
  it('accepts every fixture with the module and config its request states', () => {
    for (const name of INLINE_FIXTURES) {
      const { module, config } = resolveModule(fixtureGiven(name), fixtureStateDict(name));
      expect(() => checkWeights(module, config, fixtureStateDict(name)), name).not.toThrow();
    }
  });

  it('names missing tensors with the shapes the module expects', () => {
    const dict = lstmCourse();
    delete dict.weight_hh_l1;
    delete dict.bias_ih_l1;
    expect(messageOf(() => checkWeights('LSTM', courseConfig, dict))).toBe(
      'the weights lack weight_hh_l1 [400, 100], bias_ih_l1 [400], which nn.LSTM(50, 100, num_layers=2) has',
    );
  });

  it('names a misshaped tensor and the config field it disagrees with', () => {
    const dict = { ...lstmCourse(), weight_hh_l0: tensor([400, 50]) };
    expect(messageOf(() => checkWeights('LSTM', courseConfig, dict))).toBe(
      'weight_hh_l0 has shape [400, 50] but nn.LSTM(50, 100, num_layers=2) expects [400, 100]: its columns are hidden_size (100)',
    );
    const rows = { ...lstmCourse(), bias_ih_l1: tensor([300]) };
    expect(messageOf(() => checkWeights('LSTM', courseConfig, rows))).toContain(
      'bias_ih_l1 has shape [300] but nn.LSTM(50, 100, num_layers=2) expects [400]: its length is 4 × hidden_size (4 × 100)',
    );
  });

  it('explains the input columns of upper layers of a bidirectional stack', () => {
    const name = 'gru_bidirectional_3_layers';
    const { module, config } = resolveModule(fixtureGiven(name), fixtureStateDict(name));
    const dict = { ...fixtureStateDict(name), weight_ih_l1_reverse: tensor([15, 5]) };
    expect(messageOf(() => checkWeights(module, config, dict))).toBe(
      'weight_ih_l1_reverse has shape [15, 5] but nn.GRU(4, 5, num_layers=3, bidirectional=True) expects [15, 10]: its columns are what layer 0 emits, 2 directions × hidden_size (5)',
    );
  });

  it('names unexpected tensors', () => {
    const dict = { ...fixtureStateDict('lstm_no_bias_unbatched'), bias_ih_l0: tensor([12]), scale: tensor([1]) };
    const { module, config } = resolveModule(
      fixtureGiven('lstm_no_bias_unbatched'),
      fixtureStateDict('lstm_no_bias_unbatched'),
    );
    expect(messageOf(() => checkWeights(module, config, dict))).toBe(
      'the weights hold bias_ih_l0, scale, which nn.LSTM(4, 3, bias=False) does not have',
    );
  });

  it('refuses a tensor whose values do not fill its shape', () => {
    const dict = { ...lstmCourse(), bias_hh_l0: { shape: [400], data: new Float32Array(399) } };
    expect(messageOf(() => checkWeights('LSTM', courseConfig, dict))).toBe('bias_hh_l0 has shape [400] but 399 values');
  });
});

describe('resolveModule', () => {
  it.each(INLINE_FIXTURES)('resolves %s to exactly the module and config its request states', (name) => {
    const given = fixtureGiven(name);
    const { module, config } = resolveModule(given, fixtureStateDict(name));
    expect(module).toBe(given.module);
    expect(config).toEqual({ ...defaultConfig(config.inputSize, config.hiddenSize), ...given.config });
  });

  it('takes batch_first and dropout from the given config', () => {
    const { config } = resolveModule({ config: { batchFirst: true, dropout: 0.25 } }, lstmCourse());
    expect(config).toEqual({ ...courseConfig, batchFirst: true, dropout: 0.25 });
  });

  it.each<[Partial<RecurrentConfig>, string]>([
    [{ hiddenSize: 64 }, 'config.hidden_size is 64 but weight_hh_l0 has 100 columns, so hidden_size is 100'],
    [{ inputSize: 40 }, 'config.input_size is 40 but weight_ih_l0 has 50 columns, so input_size is 50'],
    [{ numLayers: 3 }, 'config.num_layers is 3 but the weights stop at layer 1 (bias_hh_l1), so num_layers is 2'],
    [{ bias: false }, 'config.bias is false but the weights have bias_hh_l0'],
    [{ bidirectional: true }, 'config.bidirectional is true but the weights have no weight_ih_l0_reverse'],
    [{ projSize: 20 }, 'config.proj_size is 20 but the weights have no weight_hr_l0'],
  ])('names the field and the tensor when %j disagrees with the weights', (config, expected) => {
    expect(messageOf(() => resolveModule({ module: 'LSTM', config }, lstmCourse()))).toBe(expected);
  });

  it('cites weight_hr_l0 for hidden_size and proj_size of a projecting LSTM', () => {
    const dict = fixtureStateDict('lstm_proj');
    expect(messageOf(() => resolveModule({ config: { hiddenSize: 3 } }, dict))).toBe(
      'config.hidden_size is 3 but weight_hr_l0 has 8 columns, so hidden_size is 8',
    );
    expect(messageOf(() => resolveModule({ config: { projSize: 0 } }, dict))).toBe(
      'config.proj_size is 0 but weight_hr_l0 has 3 rows, so proj_size is 3',
    );
    expect(messageOf(() => resolveModule({ module: 'GRU' }, dict))).toBe(
      'module is "GRU" but the weights are an LSTM\'s: they have weight_hr_l0, which only an LSTM with proj_size has',
    );
  });

  it('names the tensors that show the module is another', () => {
    expect(messageOf(() => resolveModule({ module: 'GRU' }, lstmCourse()))).toBe(
      'module is "GRU" but the weights are an LSTM\'s: weight_ih_l0 has 400 rows, 4 × the 100 columns (hidden_size) of weight_hh_l0',
    );
    expect(messageOf(() => resolveModule({ module: 'LSTMCell' }, fixtureStateDict('gru_cell')))).toBe(
      'module is "LSTMCell" but the weights are a GRU\'s: weight_ih has 21 rows, 3 × the 7 columns (hidden_size) of weight_hh',
    );
    expect(messageOf(() => resolveModule({ module: 'LSTM' }, fixtureStateDict('lstm_cell')))).toBe(
      'module is "LSTM" but the weights are a cell\'s: they have weight_ih, not weight_ih_l0',
    );
    expect(messageOf(() => resolveModule({ module: 'GRUCell' }, fixtureStateDict('gru_course')))).toBe(
      'module is "GRUCell" but the weights are a sequence module\'s: they have weight_ih_l0, not weight_ih',
    );
  });

  it('refuses sequence-only arguments for a cell', () => {
    expect(messageOf(() => resolveModule({ config: { numLayers: 2 } }, fixtureStateDict('lstm_cell')))).toContain(
      'LSTMCell takes only input_size, hidden_size and bias',
    );
  });

  it('reports a misshaped upper layer after inferring from the first', () => {
    const dict = { ...lstmCourse(), weight_ih_l1: tensor([400, 50]) };
    expect(messageOf(() => resolveModule({}, dict))).toBe(
      'weight_ih_l1 has shape [400, 50] but nn.LSTM(50, 100, num_layers=2) expects [400, 100]: its columns are what layer 0 emits, hidden_size (100)',
    );
  });

  it('reports a missing layer in the middle of a stack', () => {
    const dict = lstmCourse();
    for (const name of ['weight_ih_l1', 'bias_ih_l1', 'bias_hh_l1'])
      dict[name.replace('l1', 'l2')] = dict[name] as PlainTensor;
    dict.weight_hh_l2 = dict.weight_hh_l1 as PlainTensor;
    delete dict.weight_hh_l1;
    expect(messageOf(() => resolveModule({}, dict))).toBe(
      'the weights lack weight_hh_l1 [400, 100], which nn.LSTM(50, 100, num_layers=3) has',
    );
  });
});
