import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { browserPage, connectLanguageToPage } from './store/connectLanguageToPage';
import { languageStore } from './store/languageStore';
import { modelLayerStore } from './store/modelLayerStore';
import './styles/base.css';

// Restore the language before the first render, so a `?lang=zh` link never flashes English.
connectLanguageToPage(languageStore, browserPage(window));

// The model layer (tfjs and its WASM binaries) loads in its own chunk while the page renders;
// the footer says which backend won.
void modelLayerStore.getState().startModelLayer(async () => {
  const [{ initBackend }, { WASM_BINARY_URLS }] = await Promise.all([
    import('./model/backend'),
    import('./model/wasmBinaryUrls'),
  ]);
  return initBackend(WASM_BINARY_URLS);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
