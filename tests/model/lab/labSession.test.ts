import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG } from '../../../src/model/lab/labConfig';
import { initLabBackend } from '../../../src/model/lab/labBackend';
import type { LabConfig, LabProgress, LabReply } from '../../../src/model/lab/labProtocol';
import { LabSession } from '../../../src/model/lab/labSession';
import { createLabTrainer, type LabEvent } from '../../../src/model/lab/labTrainer';

beforeAll(async () => {
  expect(await initLabBackend('cpu')).toBe('cpu');
});

const CONFIG: LabConfig = {
  ...DEFAULT_LAB_CONFIG,
  sequenceLength: 8,
  batchSize: 8,
  evaluateEvery: 5,
  evaluationSize: 32,
};

function session() {
  const replies: LabReply[] = [];
  const lab = new LabSession('cpu', (reply) => replies.push(reply));
  const progress = () =>
    replies.filter((reply) => reply.type === 'progress').map((reply) => (reply as { progress: LabProgress }).progress);
  return { lab, replies, progress, last: () => progress().at(-1)! };
}

const until = async (condition: () => boolean, timeout = 10_000) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('LabSession', () => {
  it('gives way: no chunk trains while the page asks it to wait, then the run goes on; out of sight it still trains', async () => {
    const { lab, progress } = session();
    lab.handle({ type: 'configure', config: CONFIG });
    lab.handle({ type: 'start' });
    await until(() => progress().at(-1)!.step > 0);
    lab.handle({ type: 'giveWay', ms: 400 });
    // A chunk already under way ends (at most LAB_CHUNK_MS), and then nothing trains, so nothing is reported.
    await new Promise((resolve) => setTimeout(resolve, 80));
    const held = progress().length;
    const stepHeld = progress().at(-1)!.step;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(progress().length).toBe(held);
    await until(() => progress().at(-1)!.step > stepHeld);
    expect(progress().at(-1)!.status).toBe('running');
    lab.handle({ type: 'background', on: true });
    const before = progress().at(-1)!.step;
    await until(() => progress().at(-1)!.step > before + 2);
    lab.dispose();
  });

  it('configures paused at step 0 with the held-out accuracy, then steps once per request with the gradient flow', () => {
    const { lab, last } = session();
    lab.handle({ type: 'configure', config: CONFIG });
    expect(last()).toMatchObject({ status: 'paused', step: 0, stepsPerSecond: 0, backend: 'cpu' });
    expect(last().models.map((model) => [model.kind, model.hiddenSize, model.parameterCount])).toEqual([
      ['RNN', 16, 337],
      ['LSTM', 7, 316],
      ['GRU', 8, 297],
    ]);
    for (const model of last().models) expect(model.accuracies).toHaveLength(1);
    lab.handle({ type: 'step' });
    for (const model of last().models) {
      expect(model.losses).toEqual([{ step: 1, value: expect.any(Number) }]);
      expect(model.flow!.hiddenGradientNorms).toHaveLength(8);
      expect(model.flow!.carryProduct === undefined).toBe(model.kind === 'RNN');
      expect(model.msPerStep).toBeGreaterThan(0);
      expect(model.memory.stepBytes).toBeGreaterThan(0);
    }
    lab.dispose();
  });

  it('trains the same numbers running in chunks as stepping one request at a time', async () => {
    const stepped = session();
    stepped.lab.handle({ type: 'configure', config: CONFIG });
    for (let step = 0; step < 30; step++) stepped.lab.handle({ type: 'step' });
    const running = session();
    running.lab.handle({ type: 'configure', config: CONFIG });
    running.lab.handle({ type: 'start' });
    await until(() => running.last().step >= 30);
    running.lab.handle({ type: 'pause' });
    const lossesOf = (reports: LabProgress[]) =>
      reports.flatMap((report) =>
        report.models.filter((model) => model.kind === 'GRU').flatMap((model) => model.losses),
      );
    expect(lossesOf(running.progress()).slice(0, 30)).toEqual(lossesOf(stepped.progress()));
    const accuracies = (reports: LabProgress[]) =>
      reports.flatMap((report) => report.models[0]!.accuracies).filter((point) => point.step <= 30);
    expect(accuracies(running.progress())).toEqual(accuracies(stepped.progress()));
    stepped.lab.dispose();
    running.lab.dispose();
  });

  it('reports at most ~10 times a second while running, and stops stepping on pause', async () => {
    const { lab, progress, last } = session();
    lab.handle({ type: 'configure', config: CONFIG });
    lab.handle({ type: 'start' });
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const reports = progress().length - 1;
    lab.handle({ type: 'pause' });
    const elapsed = Date.now() - started;
    expect(reports).toBeGreaterThan(0);
    expect(reports).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1);
    expect(
      progress()
        .slice(1, -1)
        .every((report) => report.status === 'running' && report.stepsPerSecond > 0),
    ).toBe(true);
    const paused = last();
    expect(paused.status).toBe('paused');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(last()).toBe(paused);
    lab.dispose();
  });

  it('leaves no tensors across configure, start, reset, reconfigure and dispose', async () => {
    const before = tf.memory().numTensors;
    const { lab, last } = session();
    lab.handle({ type: 'configure', config: CONFIG });
    const configured = tf.memory().numTensors;
    // Per model its 6 variables and Adam's two β powers; Adam's moments come with the first step.
    expect(configured - before).toBe(3 * 6 + 3 * 2);
    lab.handle({ type: 'start' });
    await until(() => last().step >= 5);
    lab.handle({ type: 'reset' });
    expect(last()).toMatchObject({ status: 'paused', step: 0 });
    expect(tf.memory().numTensors).toBe(configured);
    lab.handle({ type: 'start' });
    await until(() => last().step >= 3);
    lab.handle({ type: 'configure', config: { ...CONFIG, models: ['LSTM'] } });
    expect(tf.memory().numTensors).toBe(before + 6 + 2);
    lab.handle({ type: 'dispose' });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('answers a bad config with an error naming the field, and keeps the old run', () => {
    const { lab, replies, last } = session();
    lab.handle({ type: 'configure', config: CONFIG });
    lab.handle({ type: 'configure', config: { ...CONFIG, sequenceLength: 101 } });
    expect(replies.at(-1)).toEqual({ type: 'error', message: expect.stringContaining('sequenceLength') });
    lab.handle({ type: 'step' });
    expect(last().step).toBe(1);
    lab.dispose();
  });
});

describe('createLabTrainer (on this thread: Node has no Worker)', () => {
  it('trains, exports the state_dict, and terminates mid-run leaving no tensors', async () => {
    const before = tf.memory().numTensors;
    const trainer = await createLabTrainer('cpu');
    expect(trainer).toMatchObject({ backend: 'cpu', inWorker: false });
    const events: LabEvent[] = [];
    trainer.subscribe((event) => events.push(event));
    trainer.configure({ ...CONFIG, models: ['RNN', 'LSTM'] });
    trainer.start();
    await until(() => events.some((event) => event.type === 'progress' && event.progress.step >= 5));
    const stateDict = await trainer.exportStateDict('LSTM');
    expect(stateDict['rnn.weight_hh_l0']!.shape).toEqual([28, 7]);
    await expect(trainer.exportStateDict('GRU')).rejects.toThrow('no GRU is training');
    trainer.terminate();
    expect(tf.memory().numTensors).toBe(before);
    const count = events.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toHaveLength(count);
    await expect(trainer.exportStateDict('LSTM')).rejects.toThrow('stopped');
  });
});
