import { describe, it } from 'node:test';
import { expect } from 'expect';
import { AlertView } from '@app/alerts';
import { CreateAlertDto } from '../../alerts/dto/create-alert.dto';
import { validateForm } from '../http/validate-form';
import { alertFormValuesFrom, alertFormValuesOf, EMPTY_ALERT_FORM, toAlertBody } from './alert-form';

describe('the alert form', () => {
  it('posts what POST /v1/me/alerts takes: empty fields are no criterion, skills split at commas', () => {
    const values = alertFormValuesOf({
      name: 'Remote Go',
      frequency: 'weekly',
      'criteria.q': ' platform ',
      'criteria.category': '',
      'criteria.remote': 'true',
      'criteria.salaryMin': '90000',
      'criteria.tags': 'go, kubernetes,,',
    });
    expect(toAlertBody(values)).toEqual({
      name: 'Remote Go',
      frequency: 'weekly',
      criteria: { q: 'platform', remote: true, salaryMin: 90000, tags: ['go', 'kubernetes'] },
    });
    expect(toAlertBody(EMPTY_ALERT_FORM).criteria).toEqual({});
  });

  it('leaves a salary that is not a number as typed, for the DTO to refuse by name', async () => {
    const body = toAlertBody({ ...EMPTY_ALERT_FORM, name: 'Pay', salaryMin: '90k' });
    expect(body.criteria).toEqual({ salaryMin: '90k' });
    const checked = await validateForm(CreateAlertDto, body);
    expect(checked.errors).toEqual([{ field: 'criteria.salaryMin', message: 'salaryMin must be an integer number' }]);
  });

  it('fills the edit form from an alert so that saving it unchanged posts the same criteria', () => {
    const criteria = {
      q: 'go',
      category: 'engineering',
      seniority: 'senior' as const,
      region: 'Europe',
      remote: true,
      salaryMin: 1,
      currency: 'EUR',
      tags: ['go', 'k8s'],
    };
    const alert = { name: 'Go', frequency: 'daily', criteria } as AlertView;
    expect(toAlertBody(alertFormValuesFrom(alert))).toEqual({ name: 'Go', frequency: 'daily', criteria });
  });
});
