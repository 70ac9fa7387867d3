import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../store/languageStore';
import { viewStore } from '../../store/viewStore';
import { App } from './App';

/**
 * The HTML of the page a newcomer opens first: the course, in English, with nothing carried by a
 * link or saved in the browser. The build writes it into index.html (src/cli/build/
 * prerenderFirstView.ts), so the browser paints it before any JavaScript has arrived; the app then
 * renders the same page over it. index.html removes it before the first paint for every reader
 * whose first page would differ (a link's settings, saved progress, a Chinese browser).
 * Build-time only: the browser bundle never imports this module.
 */
export function renderFirstView(): string {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  viewStore.getState().showView('learn');
  // On a server, zustand hands React each store's initial state (the view store starts on the LSTM
  // explorer), not its current one; the newcomer's first view is the course.
  viewStore.getInitialState = viewStore.getState;
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
