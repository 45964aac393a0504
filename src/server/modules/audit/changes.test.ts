import { describe, expect, it } from 'vitest';
import { changedFields } from './changes';

describe('changedFields', () => {
  it('names the fields whose values differ, nested values compared whole', () => {
    expect(
      changedFields(
        { address: 'A', name: { kk: 'Ә', ru: 'А' }, services: ['legal'], updatedAt: '1' },
        { address: 'B', name: { kk: 'Ә', ru: 'Б' }, services: ['legal'], updatedAt: '2' },
      ),
    ).toEqual(['address', 'name']);
  });

  it('lists what a creation set and treats a missing field as null', () => {
    expect(changedFields(null, { code: 'X', phone: null })).toEqual(['code']);
    expect(changedFields({ leaveDate: null }, { leaveDate: '2026-01-01', extra: 1 })).toEqual([
      'leaveDate',
      'extra',
    ]);
  });
});
