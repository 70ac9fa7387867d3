/**
 * A reference for the LSTM vs GRU drag: the same kind of chart with no app behind it. One HTML
 * page, no framework, no model: an SVG plot as large as the memory plot at 1920×1080 (1147×300),
 * its grid and tick labels, and three 3-px lines of 61 points drawn as the plot draws them (solid,
 * "8 5" and "14 4 3 4" dashes, round joins). A range slider's `input` redraws two of them from a
 * closed form, as the forget-bias slider redraws the LSTM's C and h, and writes its value out.
 *
 * bench:web drags it between the view's runs, the same way and in the same browser, so the report
 * can show what part of a frame time Chromium spends on any full-width chart redrawn every frame
 * on this machine, and what the app adds to it.
 *
 * It drags the page twice: bare, and with {@link VIEW_WORK_MS} of script before each redraw,
 * standing for what the view must compute per input (the LSTM's 61 steps over a batch of two, then
 * React's commit). The second says what any chart with that much work gets on this machine; what
 * the app adds beyond that is the view's own cost.
 */
import type { DragCase } from './webCases';

const WIDTH = 1147;
const HEIGHT = 300;
const STEPS = 60;

// The page's script, kept as source text: it runs in the page, not in Node. In a block, since a
// classic script's top-level names would meet the window's own (\`top\`).
const scriptFor = (workMs: number) => `{
const workMs = ${workMs};
const width = ${WIDTH}, height = ${HEIGHT}, steps = ${STEPS};
const left = 48, right = width - 18, top = 36, bottom = height - 52;
const grid = document.getElementById('grid');
for (let i = 0; i <= 5; i++) {
  const y = bottom - (i / 5) * (bottom - top);
  grid.insertAdjacentHTML('beforeend',
    '<line x1="' + left + '" x2="' + right + '" y1="' + y + '" y2="' + y + '"/>' +
    '<text x="' + (left - 8) + '" y="' + y + '" text-anchor="end" dominant-baseline="middle">' + (i / 5).toFixed(1) + '</text>');
}
for (let t = 0; t <= steps; t += 5) {
  const x = left + (t / steps) * (right - left);
  grid.insertAdjacentHTML('beforeend', '<text x="' + x + '" y="' + (bottom + 20) + '" text-anchor="middle">' + t + '</text>');
}
const line = (decay, start) => {
  let d = '';
  for (let t = 0; t <= steps; t++) {
    const x = left + (t / steps) * (right - left);
    d += (t === 0 ? 'M' : 'L') + x + ',' + (bottom - start * Math.pow(decay, t) * (bottom - top));
  }
  return d;
};
const slider = document.querySelector('input');
const output = document.querySelector('output');
const draw = () => {
  // The view's work, as busy as a model's steps would keep the main thread.
  const until = performance.now() + workMs;
  while (performance.now() < until) {}
  const bias = Number(slider.value);
  const keep = 1 / (1 + Math.exp(-(bias + 1)));
  document.getElementById('cell').setAttribute('d', line(keep, 1));
  document.getElementById('hidden').setAttribute('d', line(keep * 0.95, 0.7));
  output.textContent = bias.toFixed(2);
};
document.getElementById('other').setAttribute('d', line(0.6, 0.8));
slider.addEventListener('input', draw);
draw();
}`;

/**
 * The view's main-thread work per input, ms: the LSTM vs GRU drag's work p50 in bench:web
 * (2.7–2.9 ms with Chromium 156 on the 2-core CI machine), rounded.
 */
export const VIEW_WORK_MS = 3;

/**
 * The reference page, whole: given to the page as its content, with nothing to fetch. `workMs` of
 * busy script run before each redraw (0: none).
 */
export const bareChartHtml = (workMs: number) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A bare SVG chart</title>
<style>
  body { margin: 2rem; font: 16px system-ui, sans-serif; }
  svg { display: block; width: ${WIDTH}px; height: ${HEIGHT}px; }
  #grid line { stroke: #ddd; }
  #grid text { fill: #555; font-size: 16.6px; }
  path { fill: none; stroke-width: 3; stroke-linejoin: round; }
</style>
</head>
<body>
<main class="bare-chart">
  <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Three lines over t">
    <g id="grid"></g>
    <path id="cell" stroke="#b35900"></path>
    <path id="hidden" stroke="#1a1a1a" stroke-dasharray="8 5"></path>
    <path id="other" stroke="#0065a8" stroke-dasharray="14 4 3 4"></path>
  </svg>
  <label>bias <input type="range" min="-6" max="6" step="0.1" value="0"></label> <output></output>
</main>
<script>${scriptFor(workMs)}</script>
</body>
</html>
`;

/** The bare chart as a drag case named `name`, dragged like the LSTM vs GRU forget-bias slider. */
function bareChartCase(name: string, workMs: number): DragCase {
  return {
    name,
    query: '',
    html: bareChartHtml(workMs),
    input: 'drag',
    root: '.bare-chart',
    ready: '.bare-chart path#cell[d]',
    slider: '.bare-chart input[type="range"]',
    workBudgetMs: 16,
  };
}

/** The bare chart. */
export const BARE_CHART_CASE: DragCase = bareChartCase('a bare SVG chart of three lines, no app', 0);

/** The same chart with the view's work before each redraw. */
export const BARE_CHART_WITH_WORK_CASE: DragCase = bareChartCase(
  `the same chart with ${VIEW_WORK_MS} ms of script per input (the view's work p50), no app`,
  VIEW_WORK_MS,
);
