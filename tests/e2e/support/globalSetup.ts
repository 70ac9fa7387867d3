import type { TestProject } from 'vitest/node';
import { findChromium, ensureChineseFont } from './chromium';
import './provided';
import { serveProductionBuild } from './serveBuild';

/** Finds Chromium, builds and serves the app once for all e2e files, and stops the server after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('chromiumPath', findChromium());
  ensureChineseFont();
  const served = await serveProductionBuild();
  project.provide('baseUrl', served.url);
  return served.close;
}
