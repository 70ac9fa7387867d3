import { describe, expect, it } from 'vitest';
import {
  CACHE_PREFIX,
  offlineWorkerSource,
  SKIP_WAITING_MESSAGE,
  type LifecycleEvent,
  type WorkerFetchEvent,
} from '../../src/cli/build/offlineWorker';
import type { PrecacheManifest } from '../../src/cli/build/precacheManifest';
import { SKIP_WAITING_MESSAGE as PAGE_SKIP_WAITING_MESSAGE } from '../../src/store/offline/connectOfflineWorker';

const ORIGIN = 'https://gatescope.test';

/** A server: what each path holds in the build it serves now; null while the network is down. */
interface Server {
  files: Map<string, string> | null;
}

/** The browser's CacheStorage, in memory: cache name → path → body. */
class FakeCaches {
  readonly stores = new Map<string, Map<string, string>>();
  constructor(private readonly server: Server) {}
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, string>();
    this.stores.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        // All or nothing, as the real addAll.
        const bodies = await Promise.all(
          requests.map(async (request) => [request, await fetchFrom(this.server, request)] as const),
        );
        if (bodies.some(([, response]) => !response.ok)) throw new TypeError('Request failed');
        for (const [request, response] of bodies) {
          expect(request.cache).toBe('no-cache');
          store.set(new URL(request.url).pathname, await response.text());
        }
      },
      match: async (path: string) => (store.has(path) ? new Response(store.get(path)) : undefined),
      put: async (path: string, response: Response) => void store.set(path, await response.text()),
    } as unknown as Cache;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

async function fetchFrom(server: Server, request: Request): Promise<Response> {
  if (!server.files) throw new TypeError('Failed to fetch');
  const body = server.files.get(new URL(request.url).pathname);
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
}

/** One installed copy of sw.js, driven by hand through its events. */
function startWorker(manifest: PrecacheManifest, server: Server, caches: FakeCaches) {
  const listeners = new Map<string, (event: never) => void>();
  const state = { claimed: false, skippedWaiting: false };
  const scope = {
    location: { href: `${ORIGIN}/sw.js`, origin: ORIGIN },
    caches,
    clients: { claim: async () => void (state.claimed = true) },
    skipWaiting: async () => void (state.skippedWaiting = true),
    fetch: (request: Request) => fetchFrom(server, request),
    addEventListener: (type: string, listener: (event: never) => void) => listeners.set(type, listener),
  };
  new Function('self', offlineWorkerSource(manifest))(scope);
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({
      waitUntil: (promise: Promise<unknown>) => void (done = promise),
    } satisfies LifecycleEvent as never);
    await done;
  };
  return {
    state,
    install: () => lifecycle('install'),
    activate: () => lifecycle('activate'),
    message: (data: unknown) => listeners.get('message')!({ data } as never),
    /** What the worker answers for a request: a body, or undefined when it leaves it to the network. */
    fetch: async (url: string, mode: RequestMode | 'navigate' = 'cors', method = 'GET') => {
      let answer: Promise<Response> | undefined;
      const event: WorkerFetchEvent = {
        request: { url: new URL(url, ORIGIN).href, mode, method } as Request,
        respondWith: (response) => void (answer = response),
      };
      listeners.get('fetch')!(event as never);
      return answer && (await answer).text();
    },
  };
}

const V1 = { version: 'v1', paths: ['/', '/assets/index-A.js', '/images/lesson-sigmoid.svg'], onDemand: [] };
const V2 = { version: 'v2', paths: ['/', '/assets/index-B.js', '/images/lesson-sigmoid.svg'], onDemand: [] };
const BUILD_1 = new Map([
  ['/', '<html>build 1</html>'],
  ['/assets/index-A.js', 'app 1'],
  ['/images/lesson-sigmoid.svg', '<svg>1</svg>'],
]);
const BUILD_2 = new Map([
  ['/', '<html>build 2</html>'],
  ['/assets/index-B.js', 'app 2'],
  ['/images/lesson-sigmoid.svg', '<svg>2</svg>'],
]);

describe('the offline worker', () => {
  it('after one visit serves the page at any query, and every listed file, with the network down', async () => {
    const server: Server = { files: BUILD_1 };
    const caches = new FakeCaches(server);
    const worker = startWorker(V1, server, caches);
    await worker.install();
    await worker.activate();
    expect(worker.state.claimed).toBe(true);
    server.files = null;
    expect(await worker.fetch('/?view=lstm&lang=zh', 'navigate')).toBe('<html>build 1</html>');
    expect(await worker.fetch('/index.html', 'navigate')).toBe('<html>build 1</html>');
    expect(await worker.fetch('/assets/index-A.js')).toBe('app 1');
    expect(await worker.fetch('/images/lesson-sigmoid.svg?x=1')).toBe('<svg>1</svg>');
  });

  it('downloads a figure font only when a figure asks for it, then has it offline', async () => {
    const font = '/assets/noto-sans-sc-12-400-normal-X.woff2';
    const server: Server = { files: new Map([...BUILD_1, [font, 'glyphs']]) };
    const caches = new FakeCaches(server);
    const worker = startWorker({ ...V1, onDemand: [font] }, server, caches);
    await worker.install();
    await worker.activate();
    expect(caches.stores.get(`${CACHE_PREFIX}v1`)!.has(font)).toBe(false);
    expect(await worker.fetch(font)).toBe('glyphs');
    await expect.poll(() => caches.stores.get(`${CACHE_PREFIX}v1`)!.has(font)).toBe(true);
    server.files = null;
    expect(await worker.fetch(font)).toBe('glyphs');
  });

  it('leaves to the network what it did not list: other origins, other pages, writes', async () => {
    const server: Server = { files: BUILD_1 };
    const worker = startWorker(V1, server, new FakeCaches(server));
    await worker.install();
    await worker.activate();
    expect(await worker.fetch('https://elsewhere.test/assets/index-A.js')).toBeUndefined();
    expect(await worker.fetch('/tests/e2e/harness/model.html', 'navigate')).toBeUndefined();
    expect(await worker.fetch('/assets/unknown.js')).toBeUndefined();
    expect(await worker.fetch('/assets/index-A.js', 'cors', 'POST')).toBeUndefined();
  });

  it('keeps serving the old build while a new one waits, then replaces it and deletes its cache', async () => {
    const server: Server = { files: BUILD_1 };
    const caches = new FakeCaches(server);
    caches.stores.set('another-apps-cache', new Map());
    const old = startWorker(V1, server, caches);
    await old.install();
    await old.activate();

    server.files = BUILD_2;
    const next = startWorker(V2, server, caches);
    await next.install();
    // Installed and waiting: a page mid-lesson still gets the build it started with.
    expect(await old.fetch('/', 'navigate')).toBe('<html>build 1</html>');
    expect((await caches.keys()).sort()).toEqual(['another-apps-cache', `${CACHE_PREFIX}v1`, `${CACHE_PREFIX}v2`]);

    // The reader asks for the new version (the page's message must be the one the worker knows).
    expect(PAGE_SKIP_WAITING_MESSAGE).toBe(SKIP_WAITING_MESSAGE);
    next.message('something else');
    expect(next.state.skippedWaiting).toBe(false);
    next.message(PAGE_SKIP_WAITING_MESSAGE);
    expect(next.state.skippedWaiting).toBe(true);
    await next.activate();

    expect((await caches.keys()).sort()).toEqual(['another-apps-cache', `${CACHE_PREFIX}v2`]);
    server.files = null;
    expect(await next.fetch('/?view=learn', 'navigate')).toBe('<html>build 2</html>');
    expect(await next.fetch('/images/lesson-sigmoid.svg')).toBe('<svg>2</svg>');
    expect(await next.fetch('/assets/index-A.js')).toBeUndefined();
  });

  it('installs nothing when a listed file cannot be fetched, so a broken build never replaces a working one', async () => {
    const server: Server = { files: new Map([['/', 'page']]) };
    const caches = new FakeCaches(server);
    await expect(startWorker(V1, server, caches).install()).rejects.toThrow();
  });
});
