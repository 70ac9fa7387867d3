import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The folder rules of the house style, checked through the real eslint.config.js: a regex that
// stopped matching relative paths would otherwise switch a boundary off without a sound.

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });
});

async function isBlocked(file: string, importLine: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${importLine}\n`, { filePath: file });
  return (result?.messages ?? []).some((message) => message.ruleId === '@typescript-eslint/no-restricted-imports');
}

const cases: [file: string, importLine: string, blocked: boolean][] = [
  ['src/model/cell.ts', "import '@tensorflow/tfjs-core';", false],
  ['src/model/cell.ts', "import 'react';", true],
  ['src/model/cell.ts', "import 'zustand';", true],
  ['src/model/cell.ts', "import 'd3-scale';", true],
  ['src/model/cell.ts', "import '../components/App';", true],
  ['src/model/nested/cell.ts', "import '../../store/languageStore';", true],
  ['src/model/cell.ts', "import '../content/glossary';", true],
  ['src/viz/scales.ts', "import 'd3-scale';", false],
  ['src/viz/scales.ts', "import 'd3-scale-chromatic';", false],
  ['src/viz/scales.ts', "import 'd3-selection';", true],
  ['src/viz/scales.ts', "import 'd3';", true],
  ['src/viz/scales.ts', "import '@tensorflow/tfjs';", true],
  ['src/viz/scales.ts', "import 'react';", true],
  ['src/viz/scales.ts', "import type { LstmGates } from '../model/types';", false],
  ['src/viz/scales.ts', "import { forward } from '../model/forward';", true],
  ['src/components/Panel.tsx', "import '@tensorflow/tfjs';", true],
  ['src/components/Panel.tsx', "import '../cli/forward';", true],
  ['src/components/Panel.tsx', "import 'd3-zoom';", true],
  ['src/components/Panel.tsx', "import '../store/languageStore';", false],
  ['src/components/useZoom.ts', "import 'd3-zoom';", false],
  ['src/components/useZoom.ts', "import '@tensorflow/tfjs-core';", true],
  ['src/content/lesson.ts', "import './glossary';", false],
  ['src/content/lesson.ts', "import 'react';", true],
  ['src/content/lesson.ts', "import '../store/languageStore';", true],
  ['src/store/appStore.ts', "import 'zustand';", false],
  ['src/store/appStore.ts', "import 'react-dom/client';", true],
  ['src/store/appStore.ts', "import 'd3-scale';", true],
  ['src/store/appStore.ts', "import '@tensorflow/tfjs';", true],
  ['src/store/appStore.ts', "import '../components/App';", true],
  ['src/cli/tool.ts', "import '../model/forward';", false],
  ['src/cli/tool.ts', "import 'react';", true],
  ['src/cli/tool.ts', "import '../store/languageStore';", true],
  ['src/cli/tool.ts', "import '../components/App';", true],
];

describe('folder import boundaries', () => {
  it.each(cases)('%s: %s → blocked: %s', async (file, importLine, blocked) => {
    expect(await isBlocked(file, importLine)).toBe(blocked);
  });
});
