import { describe, expect, it } from 'vitest';
import type { CentreInput } from '../../../shared/contracts/registry';
import { type CentreFacts, centreFieldErrors, changedStructuralFields } from './centres.rules';

const input: CentreInput = {
  code: 'YRC-35-002',
  kind: 'district',
  parentId: 1,
  regionCode: '35',
  districtId: 10,
  nameKk: 'Абай ауданының ЖРО',
  nameRu: 'МРЦ Абайского района',
  nameEn: null,
  address: 'Абай, 1',
  latitude: 49.6,
  longitude: 72.8,
  services: [],
};
const facts: CentreFacts = {
  regionExists: true,
  districtRegion: '35',
  parent: { id: 1, kind: 'regional', regionCode: '35' },
  codeTaken: false,
  pointInRegion: true,
};
const country = { kind: 'country' } as const;
const fields = (errors: { field: string; code: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('centreFieldErrors', () => {
  it('accepts a district centre under its regional centre', () => {
    expect(centreFieldErrors(input, facts, country)).toEqual([]);
  });

  it('keeps a regional user to their own region', () => {
    const scope = { kind: 'region', regionCode: '75' } as const;
    expect(fields(centreFieldErrors(input, facts, scope))).toEqual(['regionCode:out_of_scope']);
  });

  it('rejects a district of another region and a parent that is not a regional centre of the region', () => {
    const errors = centreFieldErrors(
      input,
      { ...facts, districtRegion: '75', parent: { id: 1, kind: 'city', regionCode: '35' } },
      country,
    );
    expect(fields(errors)).toEqual(['districtId:invalid_choice', 'parentId:invalid_choice']);
  });

  it('gives a regional centre no parent and no centre itself as parent', () => {
    expect(fields(centreFieldErrors({ ...input, kind: 'regional' }, facts, country))).toEqual([
      'parentId:invalid_value',
    ]);
    expect(fields(centreFieldErrors(input, facts, country, 1))).toEqual(['parentId:invalid_value']);
  });

  it('reports a taken code, a missing parent and a point outside the region together', () => {
    const errors = centreFieldErrors(
      input,
      { ...facts, parent: null, codeTaken: true, pointInRegion: false },
      country,
    );
    expect(fields(errors)).toEqual(['parentId:not_found', 'code:duplicate', 'latitude:outside_region']);
  });
});

describe('changedStructuralFields', () => {
  it('names only the structural fields that differ', () => {
    const current = { code: 'YRC-35-002', kind: 'district', regionCode: '35', districtId: 10, parentId: 1 };
    expect(changedStructuralFields({ ...input, nameRu: 'Новое имя' }, current)).toEqual([]);
    expect(changedStructuralFields({ ...input, code: 'X', parentId: null }, current)).toEqual([
      'code',
      'parentId',
    ]);
  });
});
