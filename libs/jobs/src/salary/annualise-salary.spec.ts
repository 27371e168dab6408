import { describe, it } from 'node:test';
import { expect } from 'expect';
import { annualiseSalary } from './annualise-salary.util';

const rates = { USD: 1, EUR: 1.08 };

describe('annualiseSalary', () => {
  it('annualises hourly (× 2080) and monthly (× 12) amounts', () => {
    expect(annualiseSalary({ salaryMin: 50, salaryMax: 60, salaryCurrency: 'USD', salaryPeriod: 'hour' }, rates)).toEqual({
      salaryAnnualMin: 104000,
      salaryAnnualMax: 124800,
      salaryUsdAnnualMin: 104000,
      salaryUsdAnnualMax: 124800,
    });
    expect(annualiseSalary({ salaryMin: 5000, salaryMax: null, salaryCurrency: 'EUR', salaryPeriod: 'month' }, rates)).toEqual({
      salaryAnnualMin: 60000,
      salaryAnnualMax: 60000,
      salaryUsdAnnualMin: 64800,
      salaryUsdAnnualMax: 64800,
    });
  });

  it('has no USD amount when the currency has no rate', () => {
    const result = annualiseSalary({ salaryMin: 100000, salaryMax: 120000, salaryCurrency: 'XYZ', salaryPeriod: 'year' }, rates);
    expect(result).toMatchObject({ salaryAnnualMax: 120000, salaryUsdAnnualMin: null, salaryUsdAnnualMax: null });
  });

  it('is empty without an amount', () => {
    expect(
      annualiseSalary({ salaryMin: null, salaryMax: null, salaryCurrency: 'USD', salaryPeriod: 'year' }, rates).salaryAnnualMax,
    ).toBeNull();
  });
});
