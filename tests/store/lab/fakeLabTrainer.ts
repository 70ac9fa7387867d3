import type { LabConfig, LabEvent, LabKind, LabProgress, LabTrainer, StateDict } from '../../../src/model';

/** A trainer that trains nothing: it records requests and reports what a test tells it to. */
export interface FakeLabTrainer extends LabTrainer {
  requests: string[];
  configs: LabConfig[];
  terminated: boolean;
  /** Sends a progress report of `step` for the last config, as the worker would. */
  report: (step: number, status?: 'paused' | 'running', accuracy?: number) => void;
  fail: (message: string) => void;
}

export function fakeLabTrainer(): FakeLabTrainer {
  const listeners = new Set<(event: LabEvent) => void>();
  const send = (event: LabEvent) => listeners.forEach((listener) => listener(event));
  const fake: FakeLabTrainer = {
    backend: 'cpu',
    inWorker: false,
    requests: [],
    configs: [],
    terminated: false,
    configure: (config) => {
      fake.requests.push('configure');
      fake.configs.push(config);
    },
    start: () => fake.requests.push('start'),
    pause: () => fake.requests.push('pause'),
    giveWay: (ms) => fake.requests.push(`giveWay ${ms}`),
    setBackground: (on) => fake.requests.push(`background ${on}`),
    reset: () => fake.requests.push('reset'),
    step: () => fake.requests.push('step'),
    exportStateDict: (model: LabKind) =>
      Promise.resolve<StateDict>({ [`${model}.x`]: { shape: [2], data: new Float32Array([1, 2]) } }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate: () => {
      fake.terminated = true;
    },
    report: (step, status = 'paused', accuracy = 0.5) => {
      const config = fake.configs.at(-1)!;
      const length = config.sequenceLength;
      const progress: LabProgress = {
        status,
        step,
        stepsPerSecond: status === 'running' ? 20 : 0,
        backend: 'cpu',
        tensors: 10,
        config,
        models: config.models.map((kind) => ({
          kind,
          hiddenSize: config.hiddenSizes[kind],
          parameterCount: 300,
          losses: step > 0 ? [{ step: step - 1, value: 0.69 }] : [],
          accuracies: [{ step, value: accuracy }],
          msPerStep: step > 0 ? 12 : 0,
          memory: { persistentBytes: 4096, stepBytes: 1024 },
          flow:
            step > 0
              ? {
                  step,
                  hiddenGradientNorms: Array.from({ length }, (_, t) => 10 ** (t - length)),
                  carryProduct: kind === 'LSTM' ? Array.from({ length }, () => 0.9) : undefined,
                }
              : undefined,
        })),
      };
      send({ type: 'progress', progress });
    },
    fail: (message) => send({ type: 'error', message }),
  };
  return fake;
}
