import { CareerGuideStats, MarketDemand, SalaryByLevel, WorkLifeBalance } from '../career-guide.types';
import { headingText } from './heading-text.util';
import { labelLine } from './label-line.util';
import { parseAmount } from './parse-amount.util';

export interface GuideStatsInput {
  /** The intro lines after the summary: the stat tiles, market demand and annual salary blocks. */
  intro: readonly string[];
  /** Lines under `Work-Life Balance & Stress`. */
  workLife: readonly string[];
  /** Lines under `Job Outlook`, where the growth rate is repeated. */
  outlook: readonly string[];
}

const CURRENCY_OF_SYMBOL: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const LEVEL = /^(low|medium|moderate|high)$/i;
const RANGE = /^([$€£]?\s?[\d,.]+[kK]?)\s*(?:[—–-]|to)\s*([$€£]?\s?[\d,.]+[kK]?\+?)$/;
const AMOUNT_IN_TEXT = /[$€£]\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?[kK]?/;

const percent = (text: string | undefined): number | null => {
  const match = /^([-+−]?\d+(?:\.\d+)?)\s?%$/.exec(text ?? '');
  return match ? Number(match[1].replace('−', '-')) : null;
};
const amount = (text: string | undefined): number | null => (text === undefined ? null : parseAmount(text));
const is = (pattern: RegExp) => (line: string) => pattern.test(headingText(line));

/** The line next to (offset ±1) the first line matching `pattern`, in non-blank lines. */
function beside(rows: readonly string[], pattern: RegExp, offset: 1 | -1): string | undefined {
  const at = rows.findIndex(is(pattern));
  return at === -1 ? undefined : rows[at + offset];
}

/** The value of the first `Label: value` line whose label matches. */
function labelled(rows: readonly string[], pattern: RegExp): string | undefined {
  return rows.map(labelLine).find((pair) => pair !== null && pattern.test(pair.label))?.value;
}

const toDemand = (word: string): MarketDemand => (word === 'moderate' ? 'medium' : (word as MarketDemand));

/** `Low` `High` (the scale) then the value; a lone value is taken as is. Also `Market Demand: High`. */
function marketDemand(rows: readonly string[]): { demand: MarketDemand | null; noteAt: number } {
  const at = rows.findIndex(is(/^market demand$/i));
  if (at === -1) {
    const value = labelled(rows, /^market demand$/i)?.toLowerCase();
    return { demand: value && LEVEL.test(value) ? toDemand(value) : null, noteAt: -1 };
  }
  let end = at + 1;
  while (end < rows.length && LEVEL.test(rows[end])) end++;
  const run = rows.slice(at + 1, end).map((word) => word.toLowerCase());
  const scaleOnly = run.length === 2 && run[0] === 'low' && run[1] === 'high';
  const value = run.length === 0 || scaleOnly ? null : run[run.length - 1];
  return { demand: value === null ? null : toDemand(value), noteAt: end };
}

const isProse = (line: string | undefined): line is string => line !== undefined && /[.!?]$/.test(line) && line.split(/\s+/).length >= 5;

function currency(rows: readonly string[]): string {
  const heading = rows.map((row) => /salary\s*\(([^()]{0,60})\)/i.exec(row)).find((match) => match !== null);
  const code = heading?.[1].match(/\b[A-Z]{3}\b/g)?.pop();
  if (code) return code;
  const symbol = rows.join(' ').match(/[$€£]/)?.[0];
  return symbol ? CURRENCY_OF_SYMBOL[symbol] : '';
}

function salaryByLevel(rows: readonly string[]): SalaryByLevel | null {
  const level = (name: string): number | null => {
    const pattern = new RegExp(`^${name}[- ]level$`, 'i');
    return amount(beside(rows, pattern, 1)) ?? amount(labelled(rows, pattern));
  };
  const levels = { entry: level('entry'), mid: level('mid'), senior: level('senior') };
  return Object.values(levels).every((value) => value === null) ? null : levels;
}

function workLifeBalance(rows: readonly string[]): WorkLifeBalance | null {
  const stressLevel = labelled(rows, /^stress( level)?$/i)?.toLowerCase();
  const balanceRating = labelled(rows, /^balance( rating)?$/i)?.toLowerCase();
  return stressLevel && balanceRating ? { stressLevel, balanceRating } : null;
}

/** The stats of a guide, read from the stat tiles at the top of the page and the blocks that repeat them. */
export function parseGuideStats({ intro, workLife, outlook }: GuideStatsInput): CareerGuideStats {
  const rows = intro.filter((line) => line !== '');
  const range = rows.map((row) => RANGE.exec(row)).find((match) => match !== null);
  const min = range ? parseAmount(range[1]) : null;
  const max = range ? parseAmount(range[2]) : null;
  const { demand, noteAt } = marketDemand(rows);
  const topEarners = rows.find((row) => /^top \d+\s?%/i.test(row))?.match(AMOUNT_IN_TEXT)?.[0];

  return {
    growthRatePct: percent(beside(rows, /^growth( rate)?$/i, -1)) ?? percent(labelled([...rows, ...outlook], /^growth rate$/i)),
    medianSalary: amount(beside(rows, /^median salary$/i, -1)) ?? amount(labelled(rows, /^median( salary)?$/i)),
    salaryCurrency: currency(rows),
    salaryRange: min !== null && max !== null ? { min, max } : null,
    salaryByLevel: salaryByLevel(rows),
    topEarnersFrom: amount(topEarners),
    remoteFriendly: rows.some(is(/^remote[- ]friendly$/i)),
    marketDemand: demand,
    demandNote: isProse(rows[noteAt]) ? rows[noteAt] : null,
    workLifeBalance: workLifeBalance(workLife.filter((line) => line !== '')),
  };
}
