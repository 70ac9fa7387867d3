import type { PrecacheManifest } from './precacheManifest.ts';

/** An install or activate event: the worker's state waits for the promise it is given. */
export interface LifecycleEvent {
  waitUntil(promise: Promise<unknown>): void;
}

/** A request from a page the worker controls. */
export interface WorkerFetchEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The part of a service worker's global scope the offline worker uses (tests pass a fake). */
export interface WorkerScope {
  location: { href: string; origin: string };
  caches: Pick<CacheStorage, 'open' | 'keys' | 'delete'>;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  fetch(request: Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** What the page posts to a waiting worker when the reader asks for the new version. */
export const SKIP_WAITING_MESSAGE = 'gatescope:skip-waiting';

/** Every cache the offline worker made starts with this; the rest of the name is its version. */
export const CACHE_PREFIX = 'gatescope-offline-';

/**
 * The offline service worker (issue 16). At install it downloads every file of the build's
 * precache manifest into a cache named after the manifest's version; at activate it deletes the
 * caches of older versions and takes control of open pages; it then answers the page (any query,
 * `/?view=lstm`) and each listed file from that cache, so a reload without a network works. Files
 * listed on demand (the figure fonts) are fetched once and kept. Any other request goes to the
 * network as usual. A new build waits, serving nothing new to a page
 * mid-lesson, until every tab of the old one is closed or the page posts
 * {@link SKIP_WAITING_MESSAGE} (the reader chose to reload).
 *
 * It runs as its own source text (see {@link offlineWorkerSource}), so it must not refer to
 * anything outside its body: the constants above are passed in as arguments.
 */
export function runOfflineWorker(
  scope: WorkerScope,
  manifest: PrecacheManifest,
  prefix: string,
  skipWaitingMessage: string,
): void {
  const cacheName = prefix + manifest.version;
  const listed = new Set(manifest.paths);
  const onDemand = new Set(manifest.onDemand);

  scope.addEventListener('install', (event) => {
    // no-cache: the page and the public files keep their names across builds, so an HTTP-cached
    // copy of them may belong to the previous one; the server confirms each is current.
    const requests = manifest.paths.map(
      (path) => new Request(new URL(path, scope.location.href), { cache: 'no-cache' }),
    );
    event.waitUntil(scope.caches.open(cacheName).then((cache) => cache.addAll(requests)));
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      scope.caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((name) => name.startsWith(prefix) && name !== cacheName)
              .map((name) => scope.caches.delete(name)),
          ),
        )
        .then(() => scope.clients.claim()),
    );
  });

  scope.addEventListener('message', (event) => {
    if (event.data === skipWaitingMessage) void scope.skipWaiting();
  });

  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    // The app is one page whose state is in its query; other pages on the server (a test
    // harness) are not the app's and go to the network.
    const page = url.pathname === '/' || url.pathname === '/index.html';
    if (request.mode === 'navigate' && !page) return;
    const path = page ? '/' : url.pathname;
    if (onDemand.has(path)) {
      // Kept the first time it arrives, so what was exported once can be exported offline.
      event.respondWith(
        scope.caches.open(cacheName).then((cache) =>
          cache.match(path).then(
            (cached) =>
              cached ??
              scope.fetch(request).then((response) => {
                if (response.ok) void cache.put(path, response.clone());
                return response;
              }),
          ),
        ),
      );
      return;
    }
    if (!listed.has(path)) return;
    event.respondWith(
      scope.caches
        .open(cacheName)
        .then((cache) => cache.match(path))
        .then((cached) => cached ?? scope.fetch(request)),
    );
  });
}

/** The text of sw.js for a build: {@link runOfflineWorker} called with that build's manifest. */
export function offlineWorkerSource(manifest: PrecacheManifest): string {
  const args = [manifest, CACHE_PREFIX, SKIP_WAITING_MESSAGE].map((value) => JSON.stringify(value)).join(', ');
  return `// Written by the build (src/cli/build/offlineWorker.ts); do not edit.\n(${runOfflineWorker.toString()})(self, ${args});\n`;
}
