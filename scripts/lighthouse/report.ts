/**
 * Lighthouse results of `npm run lighthouse`, summarised: the four category
 * scores of each page (median of the runs, with their range), and for every
 * category under 100 the audits that cost it points. Pure functions over the
 * parts of Lighthouse's result (LHR) they read.
 */
import type { AuditedPage } from './pages.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const SHORT: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best',
  seo: 'seo',
};

/** What is read of a Lighthouse result; Lighthouse's own `Result` type fits it. */
export interface LhrLike {
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string | undefined;
      details?: unknown;
    }
  >;
  runWarnings?: string[];
  /** The page's URL; the culprits' URLs are shown without its origin (the test server's port changes). */
  requestedUrl?: string | undefined;
}

export interface FailingAudit {
  id: string;
  title: string;
  /** 0 to 1 as Lighthouse gives it. */
  score: number;
  displayValue?: string;
  /** Its weight in the category score; 0 for a diagnostic or insight, which explains a metric but scores nothing. */
  weight: number;
  /** What the audit blames, from its details: up to three elements (CSS selectors) or URLs. */
  culprits: string[];
}

export interface CategorySummary {
  /** Each run's score, 0 to 100, in run order (null: Lighthouse could not score it). */
  runs: (number | null)[];
  /** The median run's score. */
  median: number | null;
  /** When the median is under 100: the median run's audits that scored under 1. */
  failing: FailingAudit[];
}

export interface PageSummary extends AuditedPage {
  categories: Record<Category, CategorySummary>;
  /** Lighthouse's warnings about the runs (e.g. a busy machine), without repeats. */
  warnings: string[];
}

const percent = (score: number | null | undefined) => (score == null ? null : Math.round(score * 100));

/**
 * The index of the median of `values` (nulls count as lowest); of an even count,
 * the lower of the two middle ones, so that the median is a real run.
 */
export function medianIndex(values: readonly (number | null)[]): number {
  const order = values.map((v, i) => ({ v: v ?? -1, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  return order[Math.floor((order.length - 1) / 2)]?.i ?? -1;
}

/** The elements or URLs an audit's details list first (table rows, or the tables of a list); URLs on `origin` as paths. */
export function culpritsOf(details: unknown, origin?: string, limit = 3): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (out.length >= limit || typeof value !== 'object' || value === null) return;
    const { items, node, url } = value as { items?: unknown; node?: { selector?: unknown }; url?: unknown };
    const local = (u: string) => (origin && u.startsWith(`${origin}/`) ? u.slice(origin.length) : u);
    const name = typeof node?.selector === 'string' ? node.selector : typeof url === 'string' ? local(url) : undefined;
    if (name !== undefined && !out.includes(name)) out.push(name);
    if (Array.isArray(items)) for (const item of items) visit(item);
  };
  visit(details);
  return out.slice(0, limit);
}

/** Audits that scored under 1 in one category of one run, weighted ones first, then by score. */
export function failingAudits(lhr: LhrLike, category: Category): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const out: FailingAudit[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    // Informative and manual audits have no pass mark; not-applicable ones did not run.
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
    out.push({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      weight: ref.weight,
      culprits: culpritsOf(audit.details, lhr.requestedUrl ? new URL(lhr.requestedUrl).origin : undefined),
    });
  }
  return out.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0) || a.score - b.score);
}

export function summarisePage(page: AuditedPage, lhrs: readonly LhrLike[]): PageSummary {
  const categories = {} as Record<Category, CategorySummary>;
  for (const category of CATEGORIES) {
    const runs = lhrs.map((lhr) => percent(lhr.categories[category]?.score));
    const at = medianIndex(runs);
    const median = runs[at] ?? null;
    const medianRun = lhrs[at];
    categories[category] = {
      runs,
      median,
      failing: median !== 100 && medianRun ? failingAudits(medianRun, category) : [],
    };
  }
  const warnings = [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings ?? []))];
  return { ...page, categories, warnings };
}

/** `98` for one run or runs that agree, `98 (95-100)` for a range. */
export function formatScore(summary: CategorySummary): string {
  const median = summary.median === null ? '-' : String(summary.median);
  const scored = summary.runs.filter((r): r is number => r !== null);
  if (scored.length < 2) return median;
  const low = Math.min(...scored);
  const high = Math.max(...scored);
  return low === high ? median : `${median} (${low}-${high})`;
}

/** A plain-text table: one row a page, one column a category. */
export function formatTable(summaries: readonly PageSummary[]): string {
  const header = ['page', 'path', ...CATEGORIES.map((c) => SHORT[c])];
  const rows = summaries.map((s) => [s.name, s.path, ...CATEGORIES.map((c) => formatScore(s.categories[c]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every category under 100, with the audits that cost it points: id, title, score, displayed value. */
export function formatFailures(summaries: readonly PageSummary[]): string {
  const blocks: string[] = [];
  for (const s of summaries) {
    if (CATEGORIES.every((category) => s.categories[category].runs.length === 0)) {
      blocks.push(`${s.name} ${s.path}: no Lighthouse result`);
      continue;
    }
    for (const category of CATEGORIES) {
      const c = s.categories[category];
      if (c.median === 100) continue;
      const lines = [`${s.name} ${s.path}: ${category} ${formatScore(c)}`];
      for (const a of c.failing) {
        const value = a.displayValue ? `  ${a.displayValue}` : '';
        const kind = a.weight > 0 ? '' : '  (diagnostic, no weight)';
        lines.push(`  ${a.id}  "${a.title}"  score ${a.score}${value}${kind}`);
        if (a.culprits.length > 0) lines.push(`    ${a.culprits.join(', ')}`);
      }
      if (c.failing.length === 0) lines.push('  (no single audit under 1: see the JSON)');
      blocks.push(lines.join('\n'));
    }
  }
  return blocks.length === 0 ? 'Every score is 100.' : blocks.join('\n\n');
}
