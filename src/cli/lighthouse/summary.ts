import type { Result } from 'lighthouse';

/** The categories the issue sets targets for, by Lighthouse's id. */
export const CATEGORIES = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
} as const;
export type CategoryId = keyof typeof CATEGORIES;

/** The lab metrics printed for each run, by Lighthouse's audit id; times in ms, CLS unitless. */
export const METRICS = {
  'first-contentful-paint': 'First contentful paint',
  'largest-contentful-paint': 'Largest contentful paint',
  'total-blocking-time': 'Total blocking time',
  'cumulative-layout-shift': 'Cumulative layout shift',
  'speed-index': 'Speed index',
} as const;
export type MetricId = keyof typeof METRICS;

/** Issue 15's targets on the mobile preset: scores out of 100, first contentful paint in ms. */
export const TARGETS = {
  scores: { performance: 95, accessibility: 100, 'best-practices': 100 } satisfies Record<CategoryId, number>,
  firstContentfulPaintMs: 1500,
};

/** Lighthouse's report shows an audit as passed from this score up. */
const PASS_SCORE = 0.9;

/** An audit that held a category's score down, or one the lead should look at. */
export interface AuditNote {
  id: string;
  title: string;
  /** Lighthouse's own one-line figure, e.g. "Potential savings of 111 KiB" or "2.5 s". */
  displayValue?: string;
  /** Lighthouse's estimate of the metric time saved (FCP, LCP, TBT …) if the audit were fixed. */
  metricSavings?: Partial<Record<string, number>>;
  /** Points of the category's score (out of 100) this audit cost: its weight's share × (1 − its score). */
  pointsLost?: number;
  /** Its details' first rows, in words: "/assets/tfjs.js: 73 KiB unused", "Script Evaluation: 538 ms". */
  items?: string[];
}

/** The few fields of an audit's detail rows this summary reads. */
interface DetailRow {
  url?: unknown;
  wastedBytes?: unknown;
  totalBytes?: unknown;
  total?: unknown;
  groupLabel?: unknown;
  duration?: unknown;
}

const DETAIL_ROWS = 3;

function describeRow(row: DetailRow): string | undefined {
  const where = typeof row.url === 'string' ? row.url.replace(/^https?:\/\/[^/]+/, '') || '/' : undefined;
  if (where && typeof row.wastedBytes === 'number') return `${where}: ${Math.round(row.wastedBytes / 1024)} KiB`;
  if (where && typeof row.totalBytes === 'number') return `${where}: ${Math.round(row.totalBytes / 1024)} KiB`;
  if (where && typeof row.total === 'number') return `${where}: ${Math.round(row.total)} ms`;
  if (typeof row.groupLabel === 'string' && typeof row.duration === 'number')
    return `${row.groupLabel}: ${Math.round(row.duration)} ms`;
  return undefined;
}

/** What one Lighthouse run found, in plain numbers. */
export interface RunSummary {
  /** Category scores, 0–100. */
  scores: Record<CategoryId, number>;
  metrics: Record<MetricId, number>;
  /**
   * Per category, the weighted audits that scored below 1, so cost the category points: for
   * performance its metrics (the score is their weighted mean), elsewhere the failed checks.
   */
  failing: Record<CategoryId, AuditNote[]>;
  /** The performance category's opportunities and diagnostics below the pass mark, the largest savings first. */
  opportunities: AuditNote[];
  /** Where the main thread's time went: Lighthouse's informative diagnostics for it. */
  diagnostics: AuditNote[];
  /** Audits that could not run at all (score null, with an error), with the error. */
  errors: { id: string; title: string; message: string }[];
  lighthouseVersion: string;
  /** The device and network Lighthouse simulated. */
  formFactor: string;
  throttlingMethod: string;
}

const INFORMATIVE_DIAGNOSTICS = ['mainthread-work-breakdown', 'bootup-time', 'total-byte-weight', 'long-tasks'];

function note(lhr: Result, id: string): AuditNote {
  const audit = lhr.audits[id]!;
  const rows = audit.details && 'items' in audit.details ? (audit.details.items as DetailRow[]) : [];
  const items = rows.map(describeRow).filter((row) => row !== undefined);
  return {
    id,
    title: audit.title,
    displayValue: audit.displayValue,
    metricSavings: audit.metricSavings,
    items: items.length > 0 ? items.slice(0, DETAIL_ROWS) : undefined,
  };
}

function savingsMs(audit: AuditNote): number {
  return Object.values(audit.metricSavings ?? {}).reduce((sum: number, ms) => sum + (ms ?? 0), 0);
}

/** Reads the figures, failing audits, opportunities and errors out of one Lighthouse result. */
export function summarize(lhr: Result): RunSummary {
  const scores = {} as Record<CategoryId, number>;
  const failing = {} as Record<CategoryId, AuditNote[]>;
  for (const id of Object.keys(CATEGORIES) as CategoryId[]) {
    const category = lhr.categories[id];
    if (!category) throw new Error(`Lighthouse returned no ${id} category.`);
    scores[id] = Math.round((category.score ?? 0) * 100);
    const totalWeight = category.auditRefs.reduce((sum, ref) => sum + ref.weight, 0);
    failing[id] = category.auditRefs
      .filter((ref) => {
        const score = lhr.audits[ref.id]!.score;
        return ref.weight > 0 && score !== null && score < 1;
      })
      .map((ref) => {
        const lost = (ref.weight / totalWeight) * (1 - lhr.audits[ref.id]!.score!) * 100;
        return { ...note(lhr, ref.id), pointsLost: lost };
      })
      .sort((a, b) => b.pointsLost - a.pointsLost);
  }
  const metrics = {} as Record<MetricId, number>;
  for (const id of Object.keys(METRICS) as MetricId[]) metrics[id] = lhr.audits[id]?.numericValue ?? NaN;
  // Lighthouse 12 files opportunities and diagnostics alike in the performance category's
  // 'diagnostics' group, unweighted: their estimated savings say what would move the metrics.
  const opportunities = lhr.categories
    .performance!.auditRefs.filter((ref) => {
      const audit = lhr.audits[ref.id]!;
      return ref.group === 'diagnostics' && audit.score !== null && audit.score < PASS_SCORE;
    })
    .map((ref) => note(lhr, ref.id))
    .sort((a, b) => savingsMs(b) - savingsMs(a));
  const errors = Object.entries(lhr.audits)
    .filter(([, audit]) => audit.scoreDisplayMode === 'error')
    .map(([id, audit]) => ({ id, title: audit.title, message: audit.errorMessage ?? 'no message' }));
  return {
    scores,
    metrics,
    failing,
    opportunities,
    diagnostics: INFORMATIVE_DIAGNOSTICS.filter((id) => lhr.audits[id]).map((id) => note(lhr, id)),
    errors,
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
  };
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each score's and metric's median over the runs. */
export function medians(runs: RunSummary[]): Pick<RunSummary, 'scores' | 'metrics'> {
  const scores = {} as Record<CategoryId, number>;
  for (const id of Object.keys(CATEGORIES) as CategoryId[]) scores[id] = median(runs.map((run) => run.scores[id]));
  const metrics = {} as Record<MetricId, number>;
  for (const id of Object.keys(METRICS) as MetricId[]) metrics[id] = median(runs.map((run) => run.metrics[id]));
  return { scores, metrics };
}

/** The run whose performance score is the median one: the run whose opportunities are printed. */
export function medianRun(runs: RunSummary[]): RunSummary {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
