// What globalSetup hands the e2e tests through vitest's provide()/inject().
declare module 'vitest' {
  export interface ProvidedContext {
    /** Root URL of the production build served on loopback, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
    /** The Chromium binary playwright-core drives. */
    chromiumPath: string;
  }
}

export {};
