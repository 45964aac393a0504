import { describe, expect, it } from 'vitest';
import { catalogueRows, readCatalogue } from './programmes.catalogue';
import { type PersonFacts, type ProgrammeTermsFacts, programmesFor } from './programmes.eligibility';

const shipped: ProgrammeTermsFacts[] = readCatalogue().map((entry) => {
  const { programme, terms } = catalogueRows(entry);
  return { code: programme.code, isActive: programme.isActive, ...terms };
});

const fitting = (person: PersonFacts, terms = shipped) =>
  programmesFor(person, terms)
    .filter((f) => f.fits)
    .map((f) => f.code)
    .sort();
const reasonsFor = (person: PersonFacts, code: string) =>
  programmesFor(person, shipped).find((f) => f.code === code)?.reasons;

describe('programmesFor on the shipped catalogue', () => {
  it('offers a 19-year-old NEET the NEET and youth programmes, not the ones for students or workers', () => {
    const neet: PersonFacts = { age: 19, status: 'neet', categories: [] };
    const codes = fitting(neet);
    expect(codes).toEqual(
      expect.arrayContaining([
        'zhas-project',
        'zhastar-praktikasy',
        'birinshi-zhumys-orny',
        'zhasyl-el',
        'daryn',
      ]),
    );
    expect(codes).not.toContain('zhas-kasipker'); // historical
    expect(reasonsFor(neet, 'zhas-kasipker')).toEqual(['inactive']);
    expect(reasonsFor(neet, 'arendnoe-zhile-molodezhi')).toEqual(['status_not_eligible']);
    expect(reasonsFor(neet, 'zhas-maman')).toEqual(['status_not_eligible']);
  });

  it('tells a 34-year-old employed person the NEET grant is for another status and the prize for younger people', () => {
    const worker: PersonFacts = { age: 34, status: 'employed', categories: [] };
    expect(fitting(worker)).toContain('arendnoe-zhile-molodezhi');
    expect(reasonsFor(worker, 'zhas-project')).toEqual(['status_not_eligible']);
    expect(reasonsFor(worker, 'daryn')).toEqual(['too_old']);
    expect(reasonsFor(worker, 'zhasyl-el')).toEqual(['status_not_eligible']);
  });

  it('leaves a 36-year-old only the programmes without an upper age', () => {
    const older: PersonFacts = { age: 36, status: 'neet', categories: [] };
    expect(reasonsFor(older, 'zhas-project')).toEqual(['too_old']);
    expect(reasonsFor(older, 'zhastar-praktikasy')).toEqual(['too_old']);
    expect(fitting(older)).toEqual([
      'bastau-biznes',
      'diplommen-auylga',
      'nauryz',
      'serpin',
      'youth-microcredit',
      'zhas-otbasy',
    ]);
  });
});

describe('programmesFor rules', () => {
  const terms = (over: Partial<ProgrammeTermsFacts>): ProgrammeTermsFacts => ({
    code: 'p',
    isActive: true,
    minAge: 14,
    maxAge: 35,
    eligibleStatuses: [],
    categories: [],
    ...over,
  });
  const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
    age: 20,
    status: 'studying',
    categories: [],
    ...over,
  });

  it('counts both age limits as inside the range', () => {
    expect(programmesFor(person({ age: 14 }), [terms({})])[0].fits).toBe(true);
    expect(programmesFor(person({ age: 35 }), [terms({})])[0].fits).toBe(true);
    expect(programmesFor(person({ age: 13 }), [terms({})])[0].reasons).toEqual(['too_young']);
  });

  it('asks for at least one of the required categories', () => {
    const rural = terms({ categories: ['rural', 'disability'] });
    expect(programmesFor(person(), [rural])[0].reasons).toEqual(['category_missing']);
    expect(programmesFor(person({ categories: ['rural'] }), [rural])[0].fits).toBe(true);
  });

  it('gives every reason at once', () => {
    const t = terms({ isActive: false, maxAge: 29, eligibleStatuses: ['neet'], categories: ['orphan'] });
    expect(programmesFor(person({ age: 30 }), [t])[0].reasons).toEqual([
      'inactive',
      'too_old',
      'status_not_eligible',
      'category_missing',
    ]);
  });
});
