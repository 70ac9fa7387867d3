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
  ['src/viz/scales.ts', "import type { LstmGates } from '../model';", false],
  ['src/viz/scales.ts', "import type { LstmGates } from '../model/types';", true],
  ['src/viz/scales.ts', "import { forward } from '../model';", true],
  ['src/components/Panel.tsx', "import '@tensorflow/tfjs';", true],
  ['src/components/shared/Panel.tsx', "import '@tensorflow/tfjs';", true],
  ['src/components/shared/Panel.tsx', "import '../../cli/forward';", true],
  ['src/components/shared/Panel.tsx', "import 'd3-zoom';", true],
  ['src/components/shared/Panel.tsx', "import '../../store/languageStore';", false],
  ['src/components/shared/useZoom.ts', "import 'd3-zoom';", false],
  ['src/components/shared/useZoom.ts', "import '@tensorflow/tfjs-core';", true],
  // The model only through its entry.
  ['src/components/lstm/Panel.tsx', "import { LSTM_NOTATION } from '../../model';", false],
  ['src/components/lstm/Panel.tsx', "import { LSTM_NOTATION } from '../../model/notation';", true],
  ['src/store/lstm/lstmThing.ts', "import { createRecurrentModel } from '../../model';", false],
  ['src/store/lstm/lstmThing.ts', "import { createRecurrentModel } from '../../model/recurrentModel';", true],
  ['src/main.tsx', "import { initBackend } from './model/backend';", true],
  // A view imports shared and cell code, never another view's.
  ['src/components/lstm/Panel.tsx', "import '../shared/BilingualText';", false],
  ['src/components/lstm/Panel.tsx', "import '../cell/CellExplorer';", false],
  ['src/components/lstm/Panel.tsx', "import '../cell/diagram/DiagramFrame';", false],
  ['src/components/lstm/Panel.tsx', "import '../gru/GruCellDiagram';", true],
  ['src/components/lstm/Panel.tsx', "import '../app/App';", true],
  ['src/components/lstm/Panel.tsx', "import '../../store/lstm/lstmExplorerStore';", false],
  ['src/components/lstm/Panel.tsx', "import '../../store/gru/gruExplorerStore';", true],
  ['src/components/lstm/Panel.tsx', "import '../../content/lstm/lstmStages';", false],
  ['src/components/lstm/Panel.tsx', "import '../../content/gru/gruStages';", true],
  ['src/components/lstm/Panel.tsx', "import '../../content/commonText';", false],
  ['src/components/course/Lesson.tsx', "import '../../store/tour/tourStore';", false],
  ['src/components/course/Lesson.tsx', "import '../../store/sequence/sequenceStore';", true],
  ['src/components/sequence/usePlay.ts', "import '../../store/lstm/lstmExplorerStore';", true],
  ['src/components/cell/diagram/Strip.tsx', "import '../../../store/lstm/lstmStages';", true],
  ['src/components/cell/Panel.tsx', "import '../lstm/LstmCellDiagram';", true],
  ['src/components/shared/Panel.tsx', "import '../cell/CellExplorer';", true],
  ['src/components/app/App.tsx', "import '../lstm/LstmExplorer';", false],
  ['src/store/sequence/sequenceThing.ts', "import '../lstm/lstmExplorerStore';", true],
  ['src/store/sequence/openSequenceCell.ts', "import '../lstm/lstmExplorerStore';", false],
  ['src/store/sequence/openSequenceCell.ts', "import '../tour/tourStore';", true],
  ['src/store/shapes/openGateStage.ts', "import '../gru/gruExplorerStore';", false],
  ['src/store/shapes/openGateStage.ts', "import '../sequence/sequenceStore';", true],
  ['src/store/shapes/shapesThing.ts', "import '../lstm/lstmExplorerStore';", true],
  ['src/components/shapes/Panel.tsx', "import '../../store/lstm/lstmExplorerStore';", true],
  ['src/components/shapes/Panel.tsx', "import '../../content/sequence/sequence';", true],
  ['src/store/tour/tourThing.ts', "import '../sequence/sequenceStore';", false],
  ['src/store/cell/cellThing.ts', "import '../lstm/lstmStages';", true],
  ['src/store/viewThing.ts', "import './sequence/sequenceStore';", true],
  ['src/content/gru/gruThing.ts', "import '../commonText';", false],
  ['src/content/gru/gruThing.ts', "import '../lstm/lstmStages';", true],
  ['src/content/commonThing.ts', "import './lstm/lstmExplorer';", true],
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
