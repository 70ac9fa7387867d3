import type { Bilingual } from './bilingual';

/** Opening the reader's own PyTorch weights in the page: the dialog, the drop zone, the note above an explorer. */
export const modelImportText = {
  openFile: { en: 'Your own weights…', zh: '你自己的权重…' },
  dialogTitle: { en: 'Your own PyTorch weights', zh: '你自己的 PyTorch 权重' },
  lead: {
    en: 'Open a state_dict saved from PyTorch, as a .safetensors file or as JSON, and every number of its LSTM or GRU is shown in the cell explorers and, over a whole sequence, in the sequence view. A whole model works: the page finds its recurrent modules.',
    zh: '打开从 PyTorch 保存的 state_dict（.safetensors 文件或 JSON），它的 LSTM 或 GRU 的每个数都会显示在单元探索器里，也可以在序列视图中看它处理整个序列。整个模型也可以：页面会找出其中的循环模块。',
  },
  choose: { en: 'Choose a file…', zh: '选择文件…' },
  dropHere: {
    en: 'Drop a .safetensors or JSON state_dict anywhere on the page',
    zh: '把 .safetensors 或 JSON 格式的 state_dict 拖放到页面任意位置',
  },
  stays: {
    en: 'The file is read here, in this browser; its weights are not uploaded anywhere. A link names the file and its fingerprint, not the weights: it opens them in this browser only.',
    zh: '文件只在这个浏览器里读取，权重不会上传到任何地方。链接里只有文件名和指纹，没有权重：它只能在这个浏览器里重新打开它们。',
  },
  saveTitle: { en: 'Save a state_dict in PyTorch', zh: '在 PyTorch 中保存 state_dict' },
  reading: { en: 'Reading {name}: {percent} %', zh: '正在读取 {name}：{percent} %' },
  decoding: { en: 'Decoding the tensors of {name}: {percent} %', zh: '正在解码 {name} 的张量：{percent} %' },
  refusedFile: { en: 'Could not open {name}: {reason}', zh: '无法打开 {name}：{reason}' },
  /** Under a problem said in the reader's language: the file reader's own sentence, which names the tensor or byte. */
  readerSays: { en: 'In the file reader’s words: {detail}', zh: '文件读取器的原话（英文）：{detail}' },
  keptModel: {
    en: 'The weights shown before are still there.',
    zh: '之前显示的权重仍然保留。',
  },
  missingFile: {
    en: 'This link shows layer {layer} of {file} (fingerprint {hash}) in the {explorer} explorer. Its weights are not in this browser: they stay in the browser that opened the file. Open that file here to see them; until then the explorer shows its own weights.',
    zh: '这个链接要在 {explorer} 探索器中显示 {file}（指纹 {hash}）的第 {layer} 层。它的权重不在这个浏览器里：权重只保存在打开过该文件的浏览器中。请在这里打开那个文件；在此之前，探索器显示它自己的权重。',
  },
  missingSequence: {
    en: 'This link runs {file} (fingerprint {hash}) in the sequence view. Its weights are not in this browser: they stay in the browser that opened the file. Open that file here to see them; until then the sequence view runs its own weights.',
    zh: '这个链接要在序列视图中运行 {file}（指纹 {hash}）。它的权重不在这个浏览器里：权重只保存在打开过该文件的浏览器中。请在这里打开那个文件；在此之前，序列视图使用它自己的权重。',
  },
  modulesFound: { en: 'Recurrent modules in {name}', zh: '{name} 中的循环模块' },
  parameters: { en: '{count} parameters', zh: '{count} 个参数' },
  moduleRefused: { en: '{prefix} cannot be shown: {reason}', zh: '{prefix} 无法显示：{reason}' },
  wholeModule: { en: '(the whole file)', zh: '（整个文件）' },
  layer: { en: 'Layer', zh: '层' },
  direction: { en: 'Direction', zh: '方向' },
  forward: { en: 'forward', zh: '正向' },
  reverse: { en: 'reverse', zh: '反向' },
  showLstm: { en: 'Show in the LSTM explorer', zh: '在 LSTM 探索器中显示' },
  showGru: { en: 'Show in the GRU explorer', zh: '在 GRU 探索器中显示' },
  showSequence: { en: 'Run it in the sequence view', zh: '在序列视图中运行' },
  showShapes: { en: 'See its parameters’ shapes', zh: '查看它的参数形状' },
  close: { en: 'Close', zh: '关闭' },
  exampleTitle: { en: 'Or try a model trained for you', zh: '或者试试一个已经训练好的模型' },
  downloadWeights: { en: 'Download these weights (.safetensors)', zh: '下载这些权重（.safetensors）' },
  downloadStep: { en: 'Download this step (JSON)', zh: '下载这一步（JSON）' },
  downloadRun: { en: 'Download this run (JSON)', zh: '下载这次运行（JSON）' },
  loadInPytorch: { en: 'Load them in PyTorch', zh: '在 PyTorch 中载入' },
  whatToLookFor: { en: 'What to look for', zh: '看什么' },
  openExample: { en: 'Open the trained LSTM', zh: '打开训练好的 LSTM' },
  exampleInExplorer: {
    en: 'The explorer shows one step. Set x₁ = 1 to make it the marked step: the input gate of units 0 and 3 opens (above 0.5) and unit 3’s forget gate drops, clearing room for the value. Set x₁ = 0: the input gates close (below 0.2) and unit 0’s forget gate stays above 0.9, keeping C.',
    zh: '探索器显示的是一步。把 x₁ 设为 1，这一步就是被标记的那一步：神经元 0 和 3 的输入门打开（高于 0.5），神经元 3 的遗忘门下降，为这个数值腾出位置。把 x₁ 设为 0：输入门关闭（低于 0.2），神经元 0 的遗忘门保持在 0.9 以上，C 被保留下来。',
  },
  shownNote: {
    en: 'Your weights, kept in this browser: {file}, {module}, layer {layer}{direction}',
    zh: '你的权重（只保存在这个浏览器里）：{file}，{module}，第 {layer} 层{direction}',
  },
  sequenceNote: {
    en: 'Your weights, kept in this browser: {file}, {module}, every layer and direction',
    zh: '你的权重（只保存在这个浏览器里）：{file}，{module}，所有层和方向',
  },
  reverseNote: { en: ', reverse direction', zh: '，反向' },
  otherCell: { en: 'Another cell…', zh: '其他单元…' },
  otherModule: { en: 'Another module…', zh: '其他模块…' },
  backToRandom: { en: 'Random weights', zh: '随机权重' },
} as const satisfies Record<string, Bilingual>;

/** The few lines of Python that save a model's state_dict in a form the page opens. */
export const SAVE_STATE_DICT_PYTHON = `from safetensors.torch import save_file

# model is your nn.Module (or an nn.LSTM / nn.GRU itself)
save_file(model.state_dict(), "model.safetensors")

# or, without the safetensors package, as JSON:
import json
json.dump({name: {"shape": list(t.shape), "data": t.flatten().tolist()}
           for name, t in model.state_dict().items()},
          open("model.json", "w"))`;

/**
 * Each kind of problem that stops a file or a module in it from opening, as one sentence: the keys
 * are store/imported's ImportProblem (the import dialog holds them to it).
 */
export const modelFileProblemText = {
  empty: { en: 'the file is empty.', zh: '文件是空的。' },
  tooLarge: { en: 'the file is larger than the 512 MiB the page opens.', zh: '文件超过了页面能打开的 512 MiB。' },
  notModelFile: {
    en: 'it is neither a .safetensors file nor a state_dict saved as JSON.',
    zh: '它既不是 .safetensors 文件，也不是以 JSON 保存的 state_dict。',
  },
  damaged: {
    en: 'the file is cut short or damaged: save it again from PyTorch.',
    zh: '文件不完整或已损坏：请从 PyTorch 重新保存。',
  },
  noRecurrentModule: {
    en: 'it holds tensors, but no LSTM, GRU or RNN (nothing named like weight_ih_l0).',
    zh: '文件里有张量，但没有 LSTM、GRU 或 RNN（没有像 weight_ih_l0 这样命名的张量）。',
  },
  unreadableTensors: {
    en: 'its recurrent weights are stored in a number type the page cannot read (it reads float32, float16, bfloat16 and float64), or are damaged.',
    zh: '它的循环层权重使用了页面无法读取的数值类型（页面能读取 float32、float16、bfloat16 和 float64），或者已经损坏。',
  },
  notPyTorchModule: {
    en: 'its tensors are named like a recurrent module, but their shapes do not fit any module PyTorch builds.',
    zh: '它的张量按循环模块的方式命名，但形状与 PyTorch 能构建的任何模块都不相符。',
  },
  plainRnn: {
    en: 'it is a plain nn.RNN; the explorers and the sequence view show LSTM and GRU cells.',
    zh: '它是普通的 nn.RNN；单元探索器和序列视图只显示 LSTM 和 GRU 单元。',
  },
} as const satisfies Record<string, Bilingual>;
