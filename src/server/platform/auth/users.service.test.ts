import { describe, expect, it } from 'vitest';
import { checkPassword, generatePassword, scopeFieldErrors } from './users.service';

describe('scopeFieldErrors', () => {
  it('asks each role for exactly the scope it is bound to', () => {
    expect(scopeFieldErrors('national', {})).toEqual([]);
    expect(scopeFieldErrors('regional', { regionCode: '35' })).toEqual([]);
    expect(scopeFieldErrors('specialist', { centreCode: 'YRC-35-001' })).toEqual([]);
    expect(scopeFieldErrors('partner', { organisation: 'Qazaq Youth Fund' })).toEqual([]);
    expect(scopeFieldErrors('regional', {})).toEqual([{ field: 'regionCode', code: 'required' }]);
    expect(scopeFieldErrors('admin', { regionCode: '35', organisation: ' ' })).toEqual([
      { field: 'regionCode', code: 'invalid_value', params: { role: 'admin' } },
    ]);
    expect(
      scopeFieldErrors('center_manager', { regionCode: '35' })
        .map((e) => e.field)
        .sort(),
    ).toEqual(['centreCode', 'regionCode']);
  });
});

describe('passwords', () => {
  it('applies the sign-in password policy', () => {
    expect(checkPassword('Jastar-demo-2026', 'admin@jastar.kz')).toEqual([]);
    expect(checkPassword('short1', 'a@b.kz')).toHaveLength(1);
    expect(checkPassword('onlyletters-here', 'a@b.kz')).toHaveLength(1);
    expect(checkPassword('aigerim-2026-pass', 'aigerim@example.kz')).toHaveLength(1);
  });

  it('generates passwords that pass the policy and differ every time', () => {
    const a = generatePassword();
    expect(checkPassword(a, 'someone@example.kz')).toEqual([]);
    expect(generatePassword()).not.toBe(a);
  });
});
