import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for Debian's Chromium in a container: no sandbox, GPU or calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to test with: `CHROMIUM_PATH` if set, else Debian's. Where it is missing and this
 * is root on Debian, installs it with apt first; anywhere else, throws with the command to run.
 * Never returns without a browser: a skipped e2e suite would look like a passing one.
 */
export function findChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is ${configured}, but there is no file there.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (!canInstallWithApt()) {
    throw new Error(
      `The end-to-end tests need Chromium at ${DEBIAN_CHROMIUM}. Install it with \`sudo apt-get install chromium\`, ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  console.log(`No Chromium at ${DEBIAN_CHROMIUM}; installing Debian's chromium package with apt-get.`);
  run('apt-get update && apt-get install -y chromium');
  if (!existsSync(DEBIAN_CHROMIUM))
    throw new Error(`apt-get installed chromium, but ${DEBIAN_CHROMIUM} is still missing.`);
  return DEBIAN_CHROMIUM;
}

function hasChineseFont(): boolean {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
}

/**
 * Makes sure Chinese text renders in the screenshots: installs Debian's fonts-noto-cjk when root
 * on Debian, else warns (the tests still pass; only the pictures would show empty boxes).
 */
export function ensureChineseFont(): void {
  if (hasChineseFont()) return;
  if (canInstallWithApt()) {
    console.log("No Chinese font found; installing Debian's fonts-noto-cjk with apt-get for the screenshots.");
    run('apt-get update && apt-get install -y fonts-noto-cjk');
    return;
  }
  console.warn(
    'No Chinese font found (fc-list :lang=zh): Chinese text in the screenshots will render as boxes. ' +
      'Install one with `sudo apt-get install fonts-noto-cjk`.',
  );
}

function canInstallWithApt(): boolean {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

function run(command: string): void {
  const result = spawnSync('sh', ['-c', command], {
    // No stdin: CI has none, and apt must never stop to ask.
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`\`${command}\` failed with exit code ${String(result.status)}.`);
}
