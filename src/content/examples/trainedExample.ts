import type { Bilingual } from '../bilingual';

// The shipped trained example, public/models/remember-marked.safetensors, made by
// `npm run train:example`. Its gates were measured through the model layer on 1000 held-out
// sequences, and tests/model/rememberMarkedExample.test.ts measures them again against
// trainedExampleFacts below and checks that the sentence states those very numbers: retraining
// to different gates fails there until this text is rewritten. Glossary terms are `{termKey}`.

/** Where the page fetches the example (served from public/). */
export const TRAINED_EXAMPLE_PATH = '/models/remember-marked.safetensors';

/**
 * The gate facts the sentence states, as measured: the two units that write and keep the value,
 * and per unit (same order) the mean input gate at the marked step and at the other steps, the
 * mean forget gate at the steps after the mark, and how closely unit 0's C at the last step
 * follows the marked value (Pearson correlation).
 */
export const trainedExampleFacts = {
  writerUnits: [0, 3],
  markedInputGate: [0.5, 0.8],
  otherInputGate: [0.15, 0.06],
  forgetAfterMark: [0.95, 0.93],
  finalCorrelation: 0.99,
} as const;

/** The example's name, its task in one line, and what to look for in its gates. */
export const trainedExampleText = {
  name: { en: 'A trained LSTM: remember the marked value', zh: '训练好的 LSTM：记住被标记的数值' },
  task: {
    en: 'An nn.LSTM(2, 4) with an nn.Linear(4, 1) head reads 20 steps of (value, mark) and, at the last step, gives back the one value whose mark was 1.',
    zh: '一个 nn.LSTM(2, 4) 加上 nn.Linear(4, 1) 输出层，读入 20 步的（数值, 标记），在最后一步给出标记为 1 的那个数值。',
  },
  lookFor: {
    en: 'Watch units 0 and 3. At the marked step their {inputGate} opens (i ≈ 0.5 and 0.8, against about 0.15 and 0.06 at every other step) and writes the value into C. After it their {forgetGate} stays near 1 (f ≈ 0.95 and 0.93 at each step) while their input gate stays low, so the other values barely get in and C carries the marked one to the end: there unit 0’s C still follows it (correlation 0.99), and the head reads it out of h.',
    zh: '请看神经元 0 和 3。在被标记的那一步，它们的{inputGate}打开（i ≈ 0.5 和 0.8，而在其他每一步约为 0.15 和 0.06），把这个数值写进 C。此后它们的{forgetGate}一直接近 1（每一步 f ≈ 0.95 和 0.93），输入门保持在低位，其他数值很难进入，于是 C 把被标记的数值带到最后：在最后一步，神经元 0 的 C 仍然跟随它（相关系数 0.99），输出层再从 h 中把它读出来。',
  },
  training: {
    en: 'Trained in this repository by npm run train:example (tfjs, 800 Adam steps, each on a fresh batch of 64 sequences, every random number seeded), which writes the same file again byte for byte.',
    zh: '由本仓库的 npm run train:example 训练（tfjs，Adam 优化 800 步，每步用一个新生成的批量，含 64 条序列，所有随机数都固定了种子），重新运行会逐字节写出同一个文件。',
  },
  pythonCaption: {
    en: 'The same model in PyTorch, loading this file:',
    zh: '在 PyTorch 中构建同一个模型并载入这个文件：',
  },
} as const satisfies Record<string, Bilingual>;

/** PyTorch lines that build the same model class and load the shipped file (both languages). */
export const trainedExamplePython = `import torch
from torch import nn
from safetensors.torch import load_file

class RememberMarked(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 4)  # batch_first=False: x is (L, B, 2)
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        out, (h_n, c_n) = self.lstm(x)
        return self.head(out[-1]).squeeze(-1)  # the marked value, one per sequence

model = RememberMarked()
model.load_state_dict(load_file("remember-marked.safetensors"))

# One sequence of 20 steps: feature 0 the value, feature 1 the mark.
x = torch.zeros(20, 1, 2)
x[:, 0, 0] = torch.rand(20) * 2 - 1
x[3, 0, 1] = 1.0
print(model(x).item(), x[3, 0, 0].item())  # nearly equal`;
