import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';

// One name per concept (issue 12, decided in the glossary): every string of the course's text is
// searched for the variant names that have been removed, so none creeps back in. Only string
// literals are read (TypeScript's own parser finds them), so comments may still name a variant to
// explain it. To ban another variant, add a row to VARIANTS with an example it must catch.

interface Variant {
  /** The concept, as the glossary names it. */
  concept: string;
  /** The name that must not come back (matched inside every string literal). */
  variant: RegExp;
  /** What to write instead. */
  preferred: string;
  /** Text the pattern must catch, so a row that stopped matching is noticed. */
  example: string;
}

const VARIANTS: readonly Variant[] = [
  // The recurrent cell as a whole: 单元 (as in nn.LSTMCell, LSTM 单元).
  { concept: 'cell', variant: /细胞(?!状态)/, preferred: '单元', example: 'h 是细胞在上一步产生的' },
  { concept: 'cell', variant: /\b(?:LSTM|GRU) units?\b/, preferred: 'LSTM cell / GRU cell', example: 'an LSTM unit' },
  // A unit j of h, C or a gate's vector: 神经元, never 单元 (which is the cell).
  { concept: 'unit', variant: /单元\s*(?:\{\w+\}|\d)/, preferred: '神经元 {unit}', example: '单元 {unit}：{value}' },
  { concept: 'unit', variant: /(?:\{\w+\}|\d)\s*个单元/, preferred: '个神经元', example: '{units} 个单元 × {steps}' },
  {
    concept: 'unit',
    variant: /每个单元(?:一个|的\s*[A-Za-z]|提出|各自|来说|随时间)/,
    preferred: '每个神经元',
    example: '每个单元一个 0 到 1 之间的值',
  },
  { concept: 'unit', variant: /逐个单元/, preferred: '逐个神经元', example: '逐个单元决定' },
  { concept: 'unit', variant: /单元数/, preferred: '神经元数', example: '每层的单元数' },
  { concept: 'unit', variant: /一行是一个单元/, preferred: '一行是一个神经元', example: '每一行是一个单元' },
  { concept: 'unit', variant: /接近\s*[01]\s*的单元/, preferred: '接近 1 的神经元', example: 'z 接近 1 的单元' },
  { concept: 'unit', variant: /[A-Za-z]\s*的某个单元/, preferred: '的某个神经元', example: 'C 的某个单元' },
  { concept: 'unit', variant: /当前单元的旧/, preferred: '当前神经元', example: '把当前单元的旧 C 调大' },
  { concept: 'unit', variant: /\bneurons?\b/i, preferred: 'unit', example: 'each neuron of h' },
  // The cell state C and the hidden state h.
  { concept: 'cell state', variant: /单元状态/, preferred: '细胞状态', example: '记忆单元状态 C' },
  { concept: 'hidden state', variant: /隐状态/, preferred: '隐藏状态', example: '隐状态 h' },
  // The batch and its sequences.
  { concept: 'batch size', variant: /批大小/, preferred: '批量大小', example: '批大小 B' },
  {
    concept: 'sequence of the batch',
    variant: /批量元素/,
    preferred: '批量中的一条序列 / 序列 b',
    example: '批量元素处',
  },
  { concept: 'batch', variant: /批次/, preferred: '批量 (or 序列 b for one sequence)', example: '批次下标 b' },
  // 批 is 批量 everywhere; the words 批评, 批注, 批准, 批改 and 批判 are not about batches.
  { concept: 'batch', variant: /批(?![量次大评注准改判])/, preferred: '批量', example: '一批 3 个序列' },
  {
    concept: 'sequence of the batch',
    variant: /\bbatch (?:elements?|entry|entries)\b/i,
    preferred: 'sequence of the batch / sequence b',
    example: 'at the selected batch element',
  },
  // What a bias slider adds to one gate's bias.
  {
    concept: 'bias shift',
    variant: /偏置偏移|偏置的平移量|整体平移|偏移量/,
    preferred: '偏置平移',
    example: '遗忘门偏置的平移量',
  },
  { concept: 'bias shift', variant: /\bbias offsets?\b/i, preferred: 'bias shift', example: 'forget bias offset' },
  // A gate's two sums.
  { concept: 'input side', variant: /输入一侧/, preferred: '输入侧', example: '与输入一侧相加' },
  { concept: 'hidden side', variant: /隐藏一侧/, preferred: '隐藏侧', example: '隐藏一侧 W_hn h + b_hn' },
  // The candidates: the LSTM's C̃ (PyTorch's g) and the GRU's n.
  {
    concept: 'candidate',
    variant: /候选(?:值|内容|向量|状态)/,
    preferred: '候选记忆 (LSTM) / 候选隐藏状态 (GRU)',
    example: '写入候选值的比例',
  },
  {
    concept: 'candidate',
    variant: /\bcandidate (?:values?|vectors?|states?)\b/i,
    preferred: 'candidate memory (LSTM) / candidate hidden state (GRU)',
    example: 'the candidate value n',
  },
  { concept: 'selector vector', variant: /选择向量/, preferred: '选择器向量', example: '一个选择向量' },
  // Item 1 of issue 12: 下一层 reads as the layer above; a layer reads the h of the layer below.
  {
    concept: 'the layer below',
    variant: /读入(?:的是)?下一层/,
    preferred: '下面一层',
    example: '每一层读入下一层的 h',
  },
  // PyTorch's variable is out; English left in Chinese prose as "output" reads as a word.
  { concept: 'out', variant: /收集到 ?output/, preferred: '收集到 out', example: '收集到 output 中' },
];

// The preferred names and words that merely resemble a variant: no row may catch them.
const ALLOWED = [
  ...Object.values(glossary).map((term) => term.zh),
  ...Object.values(glossary).map((term) => term.en),
  'LSTM 单元探索器',
  '点击任意一个单元',
  '每个时间步的每个单元',
  '两种门控单元',
  '批量大小 B',
  '批量下标 b',
  '批评',
  '批注',
  '候选记忆 C̃',
  '候选隐藏状态 n',
  'the LSTM cell',
  'sequence b of the batch',
  'gated recurrent unit',
];

const root = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

const UI_TEXT = /\b(?:en|zh):\s*['"`]/;

/** Every file with text a reader sees: all content, and the components' files of UI words. */
const FILES = [
  ...filesUnder('src/content'),
  ...filesUnder('src/components').filter(
    (file) => /Ui\.ts$|sequenceGateNames\.ts$/.test(file) || UI_TEXT.test(readFileSync(join(root, file), 'utf8')),
  ),
].sort();

interface Literal {
  /** The literal as written in the source, quotes included, so offsets map to the file. */
  raw: string;
  start: number;
}

function stringLiterals(source: ts.SourceFile): Literal[] {
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      found.push({ raw: node.getText(source), start: node.getStart(source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Each variant found in a file's strings, as "file:line: 「found」 → preferred (concept)". */
function variantsIn(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const hits: string[] = [];
  for (const literal of stringLiterals(source)) {
    for (const { concept, variant, preferred } of VARIANTS) {
      for (const match of literal.raw.matchAll(new RegExp(variant.source, `${variant.flags}g`))) {
        const line = source.getLineAndCharacterOfPosition(literal.start + match.index).line + 1;
        hits.push(`${relative(root, join(root, file))}:${line}: 「${match[0]}」 → ${preferred} (${concept})`);
      }
    }
  }
  return hits;
}

describe('one name per concept', () => {
  it('reads the course’s text and the components’ UI words', () => {
    expect(FILES).toContain(join('src/content', 'glossary.ts'));
    expect(FILES).toContain(join('src/content', 'tour', 'lessonsGru.ts'));
    expect(FILES).toContain(join('src/components', 'lstm', 'lstmExplorerUi.ts'));
    expect(FILES.length).toBeGreaterThan(25);
  });

  it.each(VARIANTS.map((row) => [row.concept, row.example, row] as const))(
    'the %s row catches 「%s」',
    (_concept, example, row) => {
      expect(row.variant.test(example)).toBe(true);
    },
  );

  it.each(ALLOWED)('no row catches the allowed 「%s」', (allowed) => {
    const caught = VARIANTS.filter(({ variant }) => variant.test(allowed)).map(({ variant }) => String(variant));
    expect(caught).toEqual([]);
  });

  it('has a glossary entry for each concept, with the one name in each language', () => {
    const names = Object.values(glossary).map(({ en, zh }) => `${en} = ${zh}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'cell = 单元',
        'unit = 神经元',
        'cell state = 细胞状态',
        'hidden state = 隐藏状态',
        'batch = 批量',
        'batch size = 批量大小',
        'sequence of the batch = 批量中的一条序列',
        'bias shift = 偏置平移',
        'input side = 输入侧',
        'hidden side = 隐藏侧',
        'candidate memory = 候选记忆',
        'candidate hidden state = 候选隐藏状态',
        'selector vector = 选择器向量',
        'time step = 时间步',
      ]),
    );
  });

  it('finds a variant where one is written, at its line, and not in comments', () => {
    const source = ts.createSourceFile(
      'probe.ts',
      "// 细胞 in a comment\nconst a = { en: 'x', zh: '细胞' };\n/** 批大小 */\nconst b = `一批`;\n",
      ts.ScriptTarget.Latest,
      true,
    );
    const found = stringLiterals(source).flatMap((literal) =>
      VARIANTS.filter(({ variant }) => variant.test(literal.raw)).map(
        ({ preferred }) => `${source.getLineAndCharacterOfPosition(literal.start).line + 1} ${preferred}`,
      ),
    );
    expect(found).toEqual(['2 单元', '4 批量']);
  });

  it.each(FILES)('%s uses only the glossary’s names', (file) => {
    expect(variantsIn(file)).toEqual([]);
  });
});
