import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // tfjs's WASM backend fetches its .wasm by URL (`setWasmPaths`), so those files must ship as
    // real files, never inlined as data: URLs, whatever their size.
    assetsInlineLimit: (file) => (file.endsWith('.wasm') ? false : undefined),
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
});
