import { beforeEach, describe, expect, it } from 'vitest';
import { loadChoices, saveChoices } from './remembered-choices';

// The browser's storage, as far as quick entry uses it.
beforeEach(() => {
  const store = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
});

const choices = {
  serviceTypeId: '7',
  format: 'online',
  durationMinutes: '45',
  serviceDate: '2026-11-24',
} as const;

describe('remembered quick-entry choices', () => {
  it('carry the last service type, format, duration and date over to the next record of the same user', () => {
    saveChoices(5, choices, '2026-11-25');
    expect(loadChoices(5, '2026-11-25')).toEqual(choices);
  });

  it('belong to one user: another user of the same browser starts from the defaults', () => {
    saveChoices(5, choices, '2026-11-25');
    expect(loadChoices(6, '2026-11-25')).toEqual({
      serviceTypeId: null,
      format: 'in_person',
      durationMinutes: '30',
      serviceDate: null,
    });
  });

  it('forget the date on the next day, so a new day is recorded on that day', () => {
    saveChoices(5, choices, '2026-11-25');
    expect(loadChoices(5, '2026-11-26')).toMatchObject({ serviceTypeId: '7', serviceDate: null });
  });

  it('ignore a damaged or foreign value instead of failing the page', () => {
    localStorage.setItem('jastar.journal.quick.5', '{"format":"by_pigeon","serviceTypeId":3');
    expect(loadChoices(5, '2026-11-25').format).toBe('in_person');
    localStorage.setItem('jastar.journal.quick.5', '{"format":"by_pigeon","serviceTypeId":3}');
    expect(loadChoices(5, '2026-11-25')).toMatchObject({ format: 'in_person', serviceTypeId: null });
  });
});
