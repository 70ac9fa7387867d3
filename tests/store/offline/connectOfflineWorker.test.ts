import { describe, expect, it } from 'vitest';
import {
  connectOfflineWorker,
  OFFLINE_WORKER_URL,
  SKIP_WAITING_MESSAGE,
  type RegistrationLike,
  type WorkerContainerLike,
  type WorkerLike,
} from '../../../src/store/offline/connectOfflineWorker';
import { createOfflineStore } from '../../../src/store/offline/offlineStore';

/** A service worker the test moves through its states by hand. */
class FakeWorker implements WorkerLike {
  readonly messages: unknown[] = [];
  private readonly listeners: (() => void)[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void) {
    this.listeners.push(listener);
  }
  changeState() {
    for (const listener of this.listeners) listener();
  }
}

class FakeRegistration implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  private readonly found: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void) {
    this.found.push(listener);
  }
  /** A worker downloads (updatefound while installing), then has finished and waits. */
  private download(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    for (const listener of this.found) listener();
    this.installing = null;
    this.waiting = worker;
    worker.changeState();
    return worker;
  }
  /** The first version installs: as in browsers, it is "waiting" for a moment, then active. */
  installFirst(): void {
    const worker = this.download();
    this.waiting = null;
    this.active = worker;
    worker.changeState();
  }
  /** A new version downloads and waits beside the active one. */
  async deliverUpdate(): Promise<FakeWorker> {
    this.active ??= new FakeWorker();
    return this.download();
  }
}

function container(registration: FakeRegistration | undefined | Error) {
  const takeOver: (() => void)[] = [];
  const registered: string[] = [];
  const fake: WorkerContainerLike = {
    register: async (url) => {
      registered.push(url);
      if (registration instanceof Error) throw registration;
      return registration;
    },
    addEventListener: (_type, listener) => void takeOver.push(listener),
  };
  return { fake, registered, controllerChange: () => takeOver.forEach((listener) => listener()) };
}

describe('connectOfflineWorker', () => {
  it('registers the worker at the root and says nothing on a first visit, even when it takes control', async () => {
    const store = createOfflineStore();
    const registration = new FakeRegistration();
    const page = container(registration);
    let reloads = 0;
    await connectOfflineWorker(store, page.fake, () => reloads++);
    expect(page.registered).toEqual([OFFLINE_WORKER_URL]);
    registration.installFirst();
    page.controllerChange();
    expect(store.getState().updateReady).toBe(false);
    expect(reloads).toBe(0);
  });

  it('tells of a new version once it has downloaded, and reloads into it only when the reader asks', async () => {
    const store = createOfflineStore();
    const registration = new FakeRegistration();
    const page = container(registration);
    let reloads = 0;
    await connectOfflineWorker(store, page.fake, () => reloads++);
    const next = await registration.deliverUpdate();
    expect(store.getState().updateReady).toBe(true);
    expect(next.messages).toEqual([]);
    // Another tab may make the new version take over: this page, mid-lesson, does not reload.
    page.controllerChange();
    expect(reloads).toBe(0);

    store.getState().requestUpdate();
    expect(next.messages).toEqual([SKIP_WAITING_MESSAGE]);
    page.controllerChange();
    expect(reloads).toBe(1);
  });

  it('tells at once of a version already waiting when the page opens', async () => {
    const store = createOfflineStore();
    const registration = new FakeRegistration();
    // The version that served the page, and a newer one that downloaded on an earlier visit.
    registration.active = new FakeWorker();
    registration.waiting = new FakeWorker();
    await connectOfflineWorker(store, container(registration).fake, () => {});
    expect(store.getState().updateReady).toBe(true);
  });

  it('leaves the app as it was when registering fails or is blocked', async () => {
    for (const outcome of [new Error('SecurityError'), undefined]) {
      const store = createOfflineStore();
      await expect(connectOfflineWorker(store, container(outcome).fake, () => {})).resolves.toBeUndefined();
      store.getState().requestUpdate();
      expect(store.getState()).toMatchObject({ updateReady: false, updateRequested: false });
    }
  });
});
