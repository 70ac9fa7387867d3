// Rasterises public/favicon.svg into the PNG icons the web app manifest names
// (public/manifest.webmanifest), with Debian's Chromium: `npx tsx src/cli/icons.ts`. Run it again
// after changing the favicon, and commit the PNGs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './browser/chromium';

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * The favicon with its rounded tile made square and its curve drawn at 70 %, so the curve stays
 * inside the circle a launcher may cut a maskable icon to (the safe zone is the middle 80 %).
 */
function maskableSvg(favicon: string): string {
  const fill = /<rect[^>]*fill="([^"]+)"/.exec(favicon)?.[1];
  const curve = /<path[^>]*\/>/.exec(favicon)?.[0];
  if (!fill || !curve)
    throw new Error('public/favicon.svg no longer has a filled <rect> and a <path>: update icons.ts.');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${curve}</g></svg>`;
}

const favicon = await readFile(`${publicDir}favicon.svg`, 'utf8');
const icons = [
  { file: 'images/icon-192.png', size: 192, svg: favicon },
  { file: 'images/icon-512.png', size: 512, svg: favicon },
  { file: 'images/icon-maskable-512.png', size: 512, svg: maskableSvg(favicon) },
];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  for (const icon of icons) {
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.locator('svg').screenshot({ path: `${publicDir}${icon.file}`, omitBackground: true });
    console.log(`wrote public/${icon.file}`);
  }
} finally {
  await browser.close();
}
