import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initBackend } from './model/backend';
import { WASM_BINARY_URLS } from './model/wasmBinaryUrls';
import { connectExplorerToPage } from './store/connectExplorerToPage';
import { browserPage, connectLanguageToPage } from './store/connectLanguageToPage';
import { languageStore } from './store/languageStore';
import { lstmExplorerStore } from './store/lstmExplorerStore';
import { modelLayerStore } from './store/modelLayerStore';
import { connectViewToPage, viewStore } from './store/viewStore';
import './styles/base.css';

// Restore everything a link carries before the first render, so it never flashes the defaults.
connectLanguageToPage(languageStore, browserPage(window));
connectViewToPage(viewStore, window, (listener) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
});
connectExplorerToPage(lstmExplorerStore, window);

// The WASM binaries load while the page renders; the footer says which backend won.
void modelLayerStore.getState().startModelLayer(() => initBackend(WASM_BINARY_URLS));
// The explorer computes as soon as the model layer is ready.
modelLayerStore.subscribe((state) => {
  if (state.status.phase === 'ready') lstmExplorerStore.getState().recompute();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
