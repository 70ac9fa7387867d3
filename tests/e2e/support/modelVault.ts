import type { Page } from 'playwright-core';

/** The names of the model files this browser keeps (store/imported/modelVault.ts's IndexedDB). */
export function keptFileNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('gatescope', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('modelFiles', { keyPath: 'hash' });
        request.onsuccess = () => {
          const all = request.result.transaction('modelFiles').objectStore('modelFiles').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve((all.result as { name: string }[]).map((file) => file.name));
          };
        };
      }),
  );
}
