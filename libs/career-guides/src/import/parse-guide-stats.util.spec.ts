import { expect } from 'expect';
import { describe, it } from 'node:test';
import { parseGuideStats } from './parse-guide-stats.util';

const stats = (intro: string, workLife = '', outlook = '') =>
  parseGuideStats({ intro: intro.split('\n'), workLife: workLife.split('\n'), outlook: outlook.split('\n') });

describe('parseGuideStats', () => {
  it('reads a value from the line above its caption', () => {
    expect(stats('-3.5%\n\ngrowth rate\n\n€61,500\n\nmedian salary')).toMatchObject({
      growthRatePct: -3.5,
      medianSalary: 61500,
      salaryCurrency: 'EUR',
    });
  });

  it('takes the currency code of the salary heading over the symbol', () => {
    expect(stats('$70k\nmedian salary\n🇨🇦 Annual Salary (Canada, CAD)\n60k – 95k')).toMatchObject({
      medianSalary: 70000,
      salaryCurrency: 'CAD',
      salaryRange: { min: 60000, max: 95000 },
    });
  });

  it('leaves the currency empty when nothing names it', () => {
    expect(stats('100,000\nmedian salary').salaryCurrency).toBe('');
  });

  it('takes the value after the Low…High scale, or a lone value, or a labelled one', () => {
    expect(stats('📈 Market Demand\nLow\nHigh\nModerate\nSteady hiring across most regions this year.')).toMatchObject({
      marketDemand: 'medium',
      demandNote: 'Steady hiring across most regions this year.',
    });
    expect(stats('Market Demand\nLow').marketDemand).toBe('low');
    expect(stats('Market Demand: High').marketDemand).toBe('high');
  });

  it('reads no demand from the bare scale, and no note from a heading', () => {
    expect(stats('Market Demand\nLow\nHigh\n🇺🇸 Annual Salary (US, USD)')).toMatchObject({ marketDemand: null, demandNote: null });
  });

  it('falls back to the labelled lines of the salary block and the job outlook', () => {
    const result = stats('Median: $90,000\nEntry-Level: $60,000\nSenior-Level: $120,000', '', 'Growth Rate: 7%');
    expect(result).toMatchObject({ medianSalary: 90000, growthRatePct: 7, salaryByLevel: { entry: 60000, mid: null, senior: 120000 } });
  });

  it('reports what the page does not show as null or false', () => {
    expect(stats('$1\nmedian salary', 'Stress Level: Low')).toMatchObject({
      growthRatePct: null,
      salaryRange: null,
      salaryByLevel: null,
      topEarnersFrom: null,
      remoteFriendly: false,
      marketDemand: null,
      demandNote: null,
      workLifeBalance: null,
    });
  });
});
