// Bilingual text is everywhere, so its styles come first in the first view's stylesheet, which the
// build inlines into index.html (a lazy chunk that brought them would link them a second time).
import './styles/bilingual.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchOpeningParts, prefetchParts } from './components/app/App';
import { initBackend, WASM_BINARY_URLS } from './model';
import { connectSettingsToPage } from './store/connectSettingsToPage';
import { gruConventionLink, gruConventionStore } from './store/gru/gruConventionStore';
import { gruExplorerStore } from './store/gru/gruExplorerStore';
import { gruExplorerLink } from './store/gru/gruExplorerUrl';
import { classroomStore } from './store/classroom/classroomStore';
import { classroomLink } from './store/classroom/classroomUrl';
import { comparisonStore } from './store/compare/comparisonStore';
import { comparisonLink } from './store/compare/comparisonUrl';
import { browserPage, connectLanguageToPage } from './store/connectLanguageToPage';
import { LANGUAGE_PARAM, parseFlag, parseLanguage, SIDE_BY_SIDE_PARAM } from './store/languageSources';
import { linkNoticeStore } from './store/link/linkNoticeStore';
import { inLinkOrder, noteUnreadLink, searchAsArrived } from './store/link/unreadLink';
import { languageStore } from './store/languageStore';
import { lstmExplorerStore } from './store/lstm/lstmExplorerStore';
import { lstmExplorerLink } from './store/lstm/lstmExplorerUrl';
import { modelLayerStore } from './store/modelLayerStore';
import { connectImportedCellsToPage, IMPORTED_LINK_KEYS, isImportedLinkValue } from './store/imported/importedCellLink';
import { importedModelStore } from './store/imported/importedModelStore';
import { sequenceStore } from './store/sequence/sequenceStore';
import { sequenceLink } from './store/sequence/sequenceUrl';
import { shapesStore } from './store/shapes/shapesStore';
import { shapesLink } from './store/shapes/shapesUrl';
import { labLink } from './store/lab/labUrl';
import { connectTourToPage, opensOnCourse, TOUR_PARAM } from './store/tour/connectTourToPage';
import { isTourStep, tourStore } from './store/tour/tourStore';
import { connectViewToPage, viewFromLink, viewStore } from './store/viewStore';
import { afterFirstPaint, afterLoad, whenIdle } from './components/shared/afterFirstPaint';
import { offlineStore } from './store/offline/offlineStore';
import './styles/base.css';

// Restore everything a link carries before the first render, so it never flashes the defaults.
// What the link itself carried is read first: connecting a store writes its settings into the link.
const openedWith = window.location.search;
connectLanguageToPage(languageStore, browserPage(window));
if (opensOnCourse(openedWith, browserPage(window).storage)) viewStore.getState().showView('learn');
connectViewToPage(viewStore, window, (listener) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
});
// What the link could not say (a malformed or out-of-range value, a broken escape) shows its
// defaults, and a notice names it (components/app/LinkNotice).
const unread = new Set<string>();
const noteUnread = (key: string) => void unread.add(key);
connectSettingsToPage(lstmExplorerStore, lstmExplorerLink, window, noteUnread);
connectSettingsToPage(gruExplorerStore, gruExplorerLink, window, noteUnread);
connectSettingsToPage(gruConventionStore, gruConventionLink, window, noteUnread);
connectSettingsToPage(comparisonStore, comparisonLink, window, noteUnread);
connectSettingsToPage(sequenceStore, sequenceLink, window, noteUnread);
connectSettingsToPage(shapesStore, shapesLink, window, noteUnread);
connectSettingsToPage(classroomStore, classroomLink, window, noteUnread);
// The training lab connects its store to the link when its view first loads (LabView), keeping its
// code out of the first view; what a link says of it is checked here all the same.
// The reader's own weights never go into a link, only their file's name and fingerprint; this
// browser reopens them from where it kept them (store/imported).
connectImportedCellsToPage(
  window,
  { lstm: lstmExplorerStore, gru: gruExplorerStore, sequence: sequenceStore },
  importedModelStore,
  (ref) => import('./store/imported/restoreImportedCell').then((module) => module.restoreImportedCell(ref)),
);
noteUnreadLink(
  searchAsArrived(window),
  openedWith,
  {
    links: [
      lstmExplorerLink,
      gruExplorerLink,
      gruConventionLink,
      comparisonLink,
      sequenceLink,
      shapesLink,
      labLink,
      classroomLink,
    ],
    plain: {
      view: (value) => viewFromLink(value) !== undefined,
      [LANGUAGE_PARAM]: (value) => parseLanguage(value) !== undefined,
      [SIDE_BY_SIDE_PARAM]: (value) => parseFlag(value) !== undefined,
      [TOUR_PARAM]: isTourStep,
      ...Object.fromEntries(
        Object.values(IMPORTED_LINK_KEYS)
          .flatMap((keys) => [keys.model, keys.cell])
          .map((key) => [key, (value: string) => isImportedLinkValue(key, value)]),
      ),
    },
  },
  noteUnread,
);
linkNoticeStore.getState().showUnread(inLinkOrder(unread, openedWith));
// An open tour step sets its scene only in the stores the link did not set.
connectTourToPage(
  tourStore,
  { view: viewStore, lstm: lstmExplorerStore, gru: gruExplorerStore, sequence: sequenceStore },
  browserPage(window),
  {
    view: new URLSearchParams(openedWith).has('view'),
    lstm: lstmExplorerLink.has(openedWith),
    gru: gruExplorerLink.has(openedWith),
    sequence: sequenceLink.has(openedWith),
  },
);

// tfjs and its WASM binaries load once the first view has painted, so they never delay it; until
// the model layer is ready an explorer draws its inputs and "…" for what the model computes. The
// footer says which backend won.
// The explorers compute as soon as the model layer is ready. The comparison's pulse runs and the
// sequence's trace wait until their view is shown (CompareView, SequenceView), so they are never
// start-up work for the other views.
modelLayerStore.subscribe((state) => {
  if (state.status.phase !== 'ready') return;
  lstmExplorerStore.getState().recompute();
  gruExplorerStore.getState().recompute();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The view a link opens on is drawn in the first render, not after a placeholder (its chunk was
// requested beside this one, see src/cli/build/paintBeforeScripts.ts).
void prefetchOpeningParts().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  afterFirstPaint(() => {
    void modelLayerStore.getState().startModelLayer(() => initBackend(WASM_BINARY_URLS));
    // Then, while the reader looks, the views they are likely to open next.
    whenIdle(() => void prefetchParts());
  });
});

// The offline worker (src/cli/build/offlineApp.ts) caches the whole app once the page has loaded
// and the main thread is idle, so it never competes with the first view; the code that registers
// it is fetched only then, keeping the first view's scripts small. Only the production build has a
// worker: under `vite` dev one serving cached modules would hide every edit.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  afterLoad(() =>
    whenIdle(() => {
      import('./store/offline/connectOfflineWorker')
        .then(({ connectOfflineWorker }) =>
          connectOfflineWorker(offlineStore, navigator.serviceWorker, () => window.location.reload()),
        )
        // Its chunk did not arrive (the network went): the app works on, online only, as before.
        .catch(() => undefined);
    }),
  );
// A production build served earlier on this origin may have left its worker, which would answer
// `vite` dev's page from its cache: dev removes it.
if (import.meta.env.DEV && 'serviceWorker' in navigator)
  void navigator.serviceWorker
    .getRegistrations()
    .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister())));
