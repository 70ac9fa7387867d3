import type { TestProject } from 'vitest/node';
import { findChromium, ensureChineseFont } from '../../../src/cli/browser/chromium';
import './provided';
import { serveProductionBuild } from '../../../src/cli/browser/serveBuild';

/** Finds Chromium, builds and serves the app once for all e2e files, and stops the server after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('chromiumPath', findChromium());
  ensureChineseFont();
  const served = await serveProductionBuild({ withModelHarness: true });
  project.provide('baseUrl', served.url);
  return served.close;
}
