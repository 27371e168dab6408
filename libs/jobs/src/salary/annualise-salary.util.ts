import { SalaryPeriod } from '../listing/job-listing.types';

export const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = { year: 1, month: 12, hour: 2080 };

/** The highest yearly amount a listing may pay (the annualised columns are 32-bit integers). */
export const MAX_ANNUAL_SALARY = 100_000_000;

export interface SalaryInput {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
}

export interface AnnualSalary {
  salaryAnnualMin: number | null;
  salaryAnnualMax: number | null;
  salaryUsdAnnualMin: number | null;
  salaryUsdAnnualMax: number | null;
}

const NONE: AnnualSalary = { salaryAnnualMin: null, salaryAnnualMax: null, salaryUsdAnnualMin: null, salaryUsdAnnualMax: null };

/**
 * The salary as a yearly range in its own currency and in USD (`usdRates`: USD per unit).
 * A one-sided range is treated as a single figure; an unknown currency has no USD amount.
 */
export function annualiseSalary(salary: SalaryInput, usdRates: Record<string, number>): AnnualSalary {
  const low = salary.salaryMin ?? salary.salaryMax;
  const high = salary.salaryMax ?? salary.salaryMin;
  if (low === null || high === null || !salary.salaryCurrency || !salary.salaryPeriod) return NONE;
  const perYear = PERIODS_PER_YEAR[salary.salaryPeriod];
  const rate = usdRates[salary.salaryCurrency];
  const annualMin = Math.round(low * perYear);
  const annualMax = Math.round(high * perYear);
  return {
    salaryAnnualMin: annualMin,
    salaryAnnualMax: annualMax,
    salaryUsdAnnualMin: rate === undefined ? null : Math.round(annualMin * rate),
    salaryUsdAnnualMax: rate === undefined ? null : Math.round(annualMax * rate),
  };
}
