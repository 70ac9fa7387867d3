import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlineApp } from './src/cli/build/offlineApp.ts';
import { paintBeforeScripts } from './src/cli/build/paintBeforeScripts.ts';
import { prerenderFirstView } from './src/cli/build/prerenderFirstView.ts';

export default defineConfig({
  plugins: [react(), prerenderFirstView(), paintBeforeScripts(), offlineApp()],
  build: {
    rolldownOptions: {
      output: {
        // The first view needs all of these at once; separate chunks load in parallel and stay
        // cached when only the app's own code changes.
        codeSplitting: {
          groups: [
            { name: 'tfjs', test: /node_modules[\\/]@tensorflow[\\/](?!.*\?url$)/ },
            { name: 'katex', test: /node_modules[\\/]katex/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Small modules the first view and the lazy views share, each group in one chunk rather
            // than one chunk per module: every chunk costs the first view a request and its own
            // compression, and the training lab's code, sharing a few of them, split them further.
            {
              name: 'modelBasics',
              test: /src[\\/]model[\\/](notation|stateRows|errors|parameterShapes|randomWeights|config|stateDictModules|inferModule)\.ts$|vite[\\/]preload-helper/,
            },
            {
              name: 'shared',
              test: /src[\\/](content[\\/](bilingual|glossary)|store[\\/](languageStore|explorerLimits|viewStore|warmUp)|components[\\/]shared[\\/](useShownLanguages|BilingualText|fillText|afterFirstPaint))\.tsx?$/,
            },
          ],
        },
      },
    },
    // tfjs's WASM backend fetches its .wasm by URL (`setWasmPaths`), so those files must ship as
    // real files, never inlined as data: URLs, whatever their size.
    assetsInlineLimit: (file) => (file.endsWith('.wasm') ? false : undefined),
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
});
