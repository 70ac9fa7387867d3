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

function restrict(...patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

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
      {
        regex: intoFolders('store', 'content'),
        message: 'src/viz functions take plain data as arguments.',
      },
      {
        regex: intoFolders('model'),
        allowTypeImports: true,
        message: 'src/viz may name the model’s types (import type) but not run it.',
      },
    ),
  },
  {
    files: ['src/components/**'],
    ignores: ['src/components/**/use*.ts'],
    rules: restrict(tensorflow, cli, d3Dom),
  },
  {
    files: ['src/components/**/use*.ts'],
    rules: restrict(tensorflow, cli),
  },
  {
    files: ['src/content/**'],
    rules: restrict(
      { regex: '^[^.]', message: 'src/content is plain typed text: no packages.' },
      {
        regex: intoFolders('model', 'store', 'viz', 'components', 'cli'),
        message: 'src/content imports only content.',
      },
    ),
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      { regex: '^react-dom(/|$)', message: 'The store does not render.' },
      { ...anyD3, message: 'The store holds no D3 objects or layouts.' },
      tensorflow,
      components,
      cli,
    ),
  },
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
