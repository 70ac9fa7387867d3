/**
 * `npm run lighthouse [-- --runs N] [-- --json] [-- --url URL]`: builds the app, serves the
 * production build on loopback and runs Lighthouse (its Node API, default config: the mobile
 * preset with simulated throttling) N times (3 unless given), each in a fresh headless Chromium
 * (`CHROME_PATH`, else `CHROMIUM_PATH` or Debian's /usr/bin/chromium). Prints each run's
 * performance, accessibility and best-practices scores and its first and largest contentful
 * paint, total blocking time, cumulative layout shift and speed index, then the medians beside
 * issue 15's targets, the audits that cost each category short of 100 its points, and the
 * performance opportunities and diagnostics Lighthouse names. `--url` audits a page already served instead
 * (no build). `--json` prints one JSON object instead.
 */
import { findChromium } from './browser/chromium';
import { serveProductionBuild } from './browser/serveBuild';
import { auditOnce } from './lighthouse/auditOnce';
import {
  CATEGORIES,
  METRICS,
  TARGETS,
  median,
  medianRun,
  medians,
  type AuditNote,
  type CategoryId,
  type MetricId,
  type RunSummary,
} from './lighthouse/summary';
import { countOption, hasFlag, optionValue } from './options';

type Figures = Pick<RunSummary, 'scores' | 'metrics'>;

function formatMetric(id: MetricId, value: number): string {
  if (id === 'cumulative-layout-shift') return value.toFixed(3);
  if (id === 'total-blocking-time') return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

function verdicts(figures: Figures): { target: string; value: string; met: boolean }[] {
  const rows = (Object.keys(CATEGORIES) as CategoryId[]).map((id) => {
    const target = TARGETS.scores[id];
    return {
      target: `${CATEGORIES[id]} ${target === 100 ? '= 100' : `≥ ${target}`}`,
      value: String(figures.scores[id]),
      met: figures.scores[id] >= target,
    };
  });
  const fcp = figures.metrics['first-contentful-paint'];
  rows.push({
    target: `First contentful paint ≤ ${(TARGETS.firstContentfulPaintMs / 1000).toFixed(1)} s`,
    value: formatMetric('first-contentful-paint', fcp),
    met: fcp <= TARGETS.firstContentfulPaintMs,
  });
  return rows;
}

/**
 * Per category short of 100, the audits that cost it points in any run: in how many runs, and
 * the median points lost over all runs (0 in a run where the audit passed).
 */
function pointsLost(runs: RunSummary[], figures: Figures): Partial<Record<CategoryId, FailingAudit[]>> {
  const result: Partial<Record<CategoryId, FailingAudit[]>> = {};
  for (const id of Object.keys(CATEGORIES) as CategoryId[]) {
    if (figures.scores[id] >= 100) continue;
    const byId = new Map<string, { audit: AuditNote; lost: number[] }>();
    for (const run of runs) {
      for (const audit of run.failing[id]) {
        const seen = byId.get(audit.id);
        byId.set(audit.id, { audit: seen?.audit ?? audit, lost: [...(seen?.lost ?? []), audit.pointsLost ?? 0] });
      }
    }
    result[id] = [...byId.values()]
      .map(({ audit, lost }) => ({
        ...audit,
        runs: lost.length,
        pointsLost: median([...lost, ...Array<number>(runs.length - lost.length).fill(0)]),
      }))
      .sort((a, b) => b.pointsLost - a.pointsLost);
  }
  return result;
}

type FailingAudit = AuditNote & { runs: number; pointsLost: number };

function describe(audit: AuditNote): string {
  const savings = Object.entries(audit.metricSavings ?? {})
    .filter(([, ms]) => (ms ?? 0) > 0)
    .map(([metric, ms]) => `${metric} −${Math.round(ms ?? 0)} ms`);
  const details = [audit.displayValue, ...savings].filter(Boolean).join('; ');
  return details ? `${audit.title}: ${details}` : audit.title;
}

function printWithItems(audit: AuditNote): void {
  console.log(`  - ${describe(audit)}`);
  if (audit.items) console.log(`      ${audit.items.join('; ')}`);
}

function printTable(runs: RunSummary[], figures: Figures): void {
  const metricIds = Object.keys(METRICS) as MetricId[];
  const header = ['run', 'perf', 'a11y', 'best', 'FCP', 'LCP', 'TBT', 'CLS', 'SI'];
  const row = (label: string, run: Figures) => [
    label,
    String(run.scores.performance),
    String(run.scores.accessibility),
    String(run.scores['best-practices']),
    ...metricIds.map((id) => formatMetric(id, run.metrics[id])),
  ];
  const lines = [header, ...runs.map((run, index) => row(String(index + 1), run)), row('median', figures)];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const line of lines) console.log('  ' + line.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}

function print(url: string, runs: RunSummary[], figures: Figures): void {
  const first = runs[0]!;
  console.log(
    `Lighthouse ${first.lighthouseVersion}, ${first.formFactor} preset, ${first.throttlingMethod} throttling: ` +
      `${runs.length} run${runs.length === 1 ? '' : 's'} of ${url}\n`,
  );
  printTable(runs, figures);
  console.log('\nTargets (issue 15), on the medians:');
  for (const verdict of verdicts(figures))
    console.log(`  ${verdict.target}: ${verdict.value}  ${verdict.met ? 'met' : 'MISSED'}`);
  const lost = pointsLost(runs, figures);
  for (const [id, audits] of Object.entries(lost) as [CategoryId, FailingAudit[]][]) {
    const below = figures.scores[id] < TARGETS.scores[id] ? ', below its target' : '';
    console.log(`\n${CATEGORIES[id]} ${figures.scores[id]}${below}; what cost it points (median over the runs):`);
    for (const audit of audits) {
      const lost = `−${audit.pointsLost.toFixed(1)} points`;
      console.log(`  - ${describe(audit)}: ${lost} (below 1 in ${audit.runs} of ${runs.length} runs)`);
    }
  }
  const middle = medianRun(runs);
  console.log('\nPerformance opportunities, the largest estimated savings first (median run):');
  if (middle.opportunities.length === 0) console.log('  none below the pass mark.');
  for (const audit of middle.opportunities) printWithItems(audit);
  console.log('Diagnostics (median run):');
  for (const audit of middle.diagnostics) printWithItems(audit);
  if (middle.errors.length > 0) {
    console.log(`Audits Lighthouse could not run (${middle.errors.length}; they carry no weight in the scores above):`);
    const messages = new Map<string, string[]>();
    for (const error of middle.errors) messages.set(error.message, [...(messages.get(error.message) ?? []), error.id]);
    for (const [message, ids] of messages) console.log(`  - ${ids.join(', ')}: ${message}`);
  }
}

async function main(): Promise<void> {
  const runCount = countOption('runs', 3);
  const asJson = hasFlag('json');
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  const givenUrl = optionValue('url');
  if (!asJson) console.error(givenUrl ? `auditing ${givenUrl}` : 'building and serving the production build');
  const served = givenUrl ? undefined : await serveProductionBuild();
  const url = givenUrl ?? served!.url;
  try {
    const runs: RunSummary[] = [];
    for (let run = 1; run <= runCount; run++) {
      console.error(`Lighthouse run ${run} of ${runCount}`);
      runs.push(await auditOnce(url, chromePath));
    }
    const figures = medians(runs);
    if (asJson) {
      const middle = medianRun(runs);
      const output = {
        url,
        runs,
        medians: figures,
        targets: TARGETS,
        verdicts: verdicts(figures),
        pointsLost: pointsLost(runs, figures),
        opportunities: middle.opportunities,
        diagnostics: middle.diagnostics,
      };
      process.stdout.write(JSON.stringify(output) + '\n');
      return;
    }
    print(url, runs, figures);
  } finally {
    await served?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`lighthouse: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
