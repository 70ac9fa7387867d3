import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folder boundaries from the house style (../shared/docs/STYLE.md). The architecture lives in
// these lists: a folder that reaches into one it must not fails `npm run lint`, so the one-way
// flow cannot quietly erode. The typescript-eslint version of no-restricted-imports is the core
// rule plus `allowTypeImports`, which lets a folder name the model's plain data types without
// importing its code.

/** Matches a relative import that lands in one of the given src/ folders, from any depth. */
function intoFolders(...folders) {
  return `^\\.{1,2}/(\\.\\./)*(src/)?(${folders.join('|')})(/|$)`;
}

const react = { regex: '^react(-dom)?(/|$)', message: 'React belongs in src/components.' };
const zustand = { regex: '^zustand(/|$)', message: 'Shared state belongs in src/store.' };
const tensorflow = { regex: '^@tensorflow/', message: 'Only src/model talks to tfjs; use its plain-data API.' };
const anyD3 = { regex: '^d3(-|$)', message: 'D3 math belongs in src/viz.' };
const cli = { regex: intoFolders('cli'), message: 'src/cli is an entry point; nothing imports it.' };
const components = { regex: intoFolders('components'), message: 'Only React code imports components.' };

// viz may use D3's math modules; the umbrella `d3` and the DOM ones (selection, zoom, drag,
// transition, axis, brush) would make it render, which is React's job.
const d3Math = ['array', 'color', 'format', 'interpolate', 'path', 'scale', 'scale-chromatic', 'shape'];
const d3BeyondMath = {
  regex: `^d3(?!-(${d3Math.join('|')})$)(-.*)?$`,
  message: `src/viz is pure math: import only d3-${d3Math.join(', d3-')}.`,
};
const d3Dom = {
  regex: '^d3(-(selection|zoom|drag|transition|brush|axis))?$',
  message: 'DOM-touching D3 goes in a hook (useThing.ts) attached to a React ref.',
};

// The model's one entry: outside src/model, only `src/model` itself (its index.ts) may be imported,
// so tfjs and the model's internals stay behind the plain-data surface it exports.
const modelInternals = {
  regex: '^\\.{1,2}/(\\.\\./)*(src/)?model/.',
  message: 'Import the model through its entry, src/model (index.ts): its other files are internal.',
};

function restrict(...patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

// Views. Each has a folder in src/components and, where it has state or words of its own, in
// src/store and src/content (the course's are store/tour and content/tour). Beside them:
// components/app (the shell, which may mount every view), components/shared (primitives) and
// components/cell (what both cell explorers use); store/ and content/ keep their shared files at
// their root and the cell explorers' common store in store/cell. A view imports shared and cell
// code, never another view's folder: what two views share moves to shared code, and what one
// view does to another goes through a store action.
const VIEWS = {
  lstm: { store: 'lstm', content: 'lstm' },
  gru: { store: 'gru', content: 'gru' },
  sequence: { store: 'sequence', content: 'sequence' },
  compare: { store: 'compare', content: 'compare' },
  shapes: { store: 'shapes', content: 'shapes' },
  lab: { store: 'lab', content: 'lab' },
  course: { store: 'tour', content: 'tour' },
};
const viewNames = Object.keys(VIEWS);
const others = (view) => viewNames.filter((name) => name !== view);

/** Bars a folder of src/components from the given views' component, store and content folders. */
function notViews(views, ...extraComponents) {
  const names = views.join(', ');
  const message = `A view imports only shared and cell code, never another view’s (${names}); share it or go through a store action.`;
  return [
    { regex: intoFolders(...views, ...extraComponents), message: `${message} (src/components)` },
    { regex: intoFolders(...views.map((view) => `store/${VIEWS[view].store}`)), message: `${message} (src/store)` },
    {
      regex: intoFolders(...views.map((view) => `content/${VIEWS[view].content}`), 'content/app'),
      message: `${message} (src/content)`,
    },
  ];
}

// What each folder of src/components may not reach, on top of the layer's rules.
const componentFolders = {
  app: [],
  shared: notViews(viewNames, 'cell', 'app'),
  cell: notViews(viewNames, 'app'),
  ...Object.fromEntries(viewNames.map((view) => [view, notViews(others(view), 'app')])),
};

const componentBoundaries = [
  // A file straight in src/components belongs in one of its folders; until it moves, the layer's rules hold.
  { files: ['src/components/*'], rules: restrict(tensorflow, cli, d3Dom, modelInternals) },
  ...Object.entries(componentFolders).flatMap(([folder, views]) => [
    {
      files: [`src/components/${folder}/**`],
      ignores: ['src/components/**/use*.ts'],
      rules: restrict(tensorflow, cli, d3Dom, modelInternals, ...views),
    },
    {
      files: [`src/components/${folder}/**/use*.ts`],
      rules: restrict(tensorflow, cli, modelInternals, ...views),
    },
  ]),
];

// The store's view folders follow the same rule, with two exceptions that are the store actions
// the rule sends everyone to: the course (store/tour) stages the other views (it sets their
// settings for each step and reads their live numbers for its exercises, in tourReadings.ts), and
// openSequenceCell.ts is the action that opens the LSTM or GRU explorer on one cell of a sequence,
// and store/shapes/openGateStage.ts the one that opens either on one gate's stage of its walkthrough.
const storeLayer = [
  { regex: '^react-dom(/|$)', message: 'The store does not render.' },
  { ...anyD3, message: 'The store holds no D3 objects or layouts.' },
  tensorflow,
  components,
  cli,
  modelInternals,
];
const storeViews = (views) => ({
  regex: intoFolders(...views.map((view) => VIEWS[view].store)),
  message:
    'A view’s store imports only the shared store and store/cell, never another view’s; see the exceptions in eslint.config.js.',
});
const storeContent = (views) => ({
  regex: intoFolders(...views.map((view) => `content/${VIEWS[view].content}`), 'content/app'),
  message: 'A view’s store reads only shared content and its own.',
});
const storeBoundaries = [
  {
    files: [
      'src/store/*.ts',
      'src/store/cell/**',
      'src/store/offline/**',
      'src/store/classroom/**',
      'src/store/link/**',
    ],
    rules: restrict(...storeLayer, storeViews(viewNames), storeContent(viewNames)),
  },
  ...viewNames.map((view) => ({
    files: [`src/store/${VIEWS[view].store}/**`],
    ignores: ['src/store/sequence/openSequenceCell.ts', 'src/store/shapes/openGateStage.ts'],
    rules: restrict(
      ...storeLayer,
      storeContent(others(view)),
      ...(view === 'course' ? [] : [storeViews(others(view))]),
    ),
  })),
  {
    files: ['src/store/sequence/openSequenceCell.ts'],
    rules: restrict(...storeLayer, storeContent(others('sequence')), storeViews(['compare', 'course'])),
  },
  {
    files: ['src/store/shapes/openGateStage.ts'],
    rules: restrict(...storeLayer, storeContent(others('shapes')), storeViews(['compare', 'course', 'sequence'])),
  },
];

// Content: a view's words import only the shared text at content/'s root and their own folder.
const contentLayer = [
  { regex: '^[^.]', message: 'src/content is plain typed text: no packages.' },
  {
    regex: intoFolders('model', 'store', 'viz', 'components', 'cli'),
    message: 'src/content imports only content.',
  },
];
const contentViews = (views) => ({
  regex: intoFolders(...views.map((view) => VIEWS[view].content), 'app'),
  message: 'A view’s text imports only the shared text at src/content’s root and its own folder.',
});
const contentBoundaries = [
  { files: ['src/content/*.ts'], rules: restrict(...contentLayer, contentViews(viewNames)) },
  { files: ['src/content/app/**'], rules: restrict(...contentLayer, contentViews(viewNames)) },
  // Shared by whichever view offers the example models: no view's words.
  { files: ['src/content/examples/**'], rules: restrict(...contentLayer, contentViews(viewNames)) },
  ...viewNames.map((view) => ({
    files: [`src/content/${VIEWS[view].content}/**`],
    rules: restrict(...contentLayer, contentViews(others(view))),
  })),
];

const boundaries = [
  {
    files: ['src/model/**'],
    rules: restrict(react, zustand, anyD3, {
      regex: intoFolders('components', 'store', 'viz', 'content', 'cli'),
      message: 'src/model is the bottom layer: no UI, state, drawing or text.',
    }),
  },
  {
    files: ['src/viz/**'],
    rules: restrict(
      react,
      zustand,
      tensorflow,
      d3BeyondMath,
      cli,
      components,
      modelInternals,
      {
        regex: intoFolders('store', 'content'),
        message: 'src/viz functions take plain data as arguments.',
      },
      {
        // Only the entry itself: a pattern that allows type imports lets them through whatever
        // else matches, so it must not also cover the model's internal files.
        regex: '^\\.{1,2}/(\\.\\./)*(src/)?model(/index)?$',
        allowTypeImports: true,
        message: 'src/viz may name the model’s types (import type) but not run it.',
      },
    ),
  },
  ...componentBoundaries,
  ...contentBoundaries,
  ...storeBoundaries,
  // The app's entry starts the model layer through the model's entry too.
  { files: ['src/main.tsx'], rules: restrict(tensorflow, cli, modelInternals) },
  // src/cli is exempt from the model's entry: its node entry points (forward, bench) run under
  // plain Node, which cannot load the entry's `?url` imports of the WASM binaries (a Vite feature),
  // and the bench times the model's internals. Tests (tests/, including the e2e model harness page)
  // are not bound by these folder rules at all: they check the internals on purpose.
  {
    files: ['src/cli/**'],
    rules: restrict(react, components, { regex: intoFolders('store'), message: 'The CLI calls src/model directly.' }),
  },
];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'test-results/', '.bench/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      // `_name` marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/cli/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/components/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  ...boundaries,
);
