import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initBackend } from './model/backend';
import { WASM_BINARY_URLS } from './model/wasmBinaryUrls';
import { browserPage, connectLanguageToPage } from './store/connectLanguageToPage';
import { languageStore } from './store/languageStore';
import { modelLayerStore } from './store/modelLayerStore';
import './styles/base.css';

// Restore the language before the first render, so a `?lang=zh` link never flashes English.
connectLanguageToPage(languageStore, browserPage(window));

// The WASM binaries load while React renders; the footer says which backend won.
void modelLayerStore.getState().startModelLayer(() => initBackend(WASM_BINARY_URLS));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
