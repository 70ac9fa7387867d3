import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { browserPage, connectLanguageToPage } from './store/connectLanguageToPage';
import { languageStore } from './store/languageStore';
import './styles/base.css';

// Restore the language before the first render, so a `?lang=zh` link never flashes English.
connectLanguageToPage(languageStore, browserPage(window));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
