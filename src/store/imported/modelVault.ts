// The files of imported models, kept in this browser's IndexedDB so a link that names one (by its
// SHA-256) opens it again here. Nothing leaves the browser. Where IndexedDB is missing (tests,
// some private windows) nothing is kept and every lookup finds nothing.

const DATABASE = 'gatescope';
const FILES = 'modelFiles';
/** The most recent files kept; older ones are dropped. */
const KEEP = 6;

/** A kept file: its SHA-256 (64 hex digits), name and bytes. */
export interface KeptModelFile {
  hash: string;
  name: string;
  blob: Blob;
  savedAt: number;
}

function openDatabase(): Promise<IDBDatabase> | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(FILES, { keyPath: 'hash' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB refused the change'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB dropped the change'));
  });
}

function all(database: IDBDatabase): Promise<KeptModelFile[]> {
  return new Promise((resolve, reject) => {
    const request = database.transaction(FILES).objectStore(FILES).getAll();
    request.onsuccess = () => resolve(request.result as KeptModelFile[]);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not answer'));
  });
}

/** Keeps `blob` under its SHA-256, dropping the oldest beyond the last six. Failures are silent: keeping is a convenience. */
export async function keepModelFile(hash: string, name: string, blob: Blob): Promise<void> {
  try {
    const database = await openDatabase();
    if (!database) return;
    const kept = await all(database);
    const transaction = database.transaction(FILES, 'readwrite');
    const files = transaction.objectStore(FILES);
    files.put({ hash, name, blob, savedAt: Date.now() } satisfies KeptModelFile);
    kept
      .filter((file) => file.hash !== hash)
      .sort((a, b) => b.savedAt - a.savedAt)
      .slice(KEEP - 1)
      .forEach((file) => files.delete(file.hash));
    await finished(transaction);
    database.close();
  } catch {
    // A full disk or a private window: the model still works, only a reload will not find it.
  }
}

/** The kept file whose SHA-256 starts with `hashPrefix` (a link's 16 hex digits), if this browser has it. */
export async function findModelFile(hashPrefix: string): Promise<KeptModelFile | undefined> {
  try {
    const database = await openDatabase();
    if (!database) return undefined;
    const kept = await all(database);
    database.close();
    return kept.find((file) => file.hash.startsWith(hashPrefix));
  } catch {
    return undefined;
  }
}
