import { describe, expect, it } from 'vitest';
import { planText } from './plan-text';

describe('planText', () => {
  it('answers the text in the asked language', () => {
    expect(planText({ kk: 'Жұмыспен қамту', ru: 'Трудоустройство', en: 'Employment' }, 'kk')).toBe(
      'Жұмыспен қамту',
    );
    expect(planText({ kk: 'Жұмыспен қамту', ru: 'Трудоустройство', en: 'Employment' }, 'en')).toBe(
      'Employment',
    );
  });

  it('falls back kk → ru → en and ru → kk → en when the language is empty or blank', () => {
    expect(planText({ kk: '  ', ru: 'Трудоустройство', en: 'Employment' }, 'kk')).toBe('Трудоустройство');
    expect(planText({ kk: '', ru: '', en: 'Employment' }, 'kk')).toBe('Employment');
    expect(planText({ kk: 'Жұмыспен қамту', ru: '', en: 'Employment' }, 'ru')).toBe('Жұмыспен қамту');
    expect(planText({ kk: 'Жұмыспен қамту', ru: 'Трудоустройство', en: '' }, 'en')).toBe('Трудоустройство');
  });
});
