import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes cells with separators or quotes and leaves unknown values empty', () => {
    const csv = toCsv(
      ['Направление', 'Услуги'],
      [
        ['Права, льготы', 12],
        ['«Жас» "маман"', null],
      ],
    );
    expect(csv).toBe('\uFEFFНаправление,Услуги\r\n"Права, льготы",12\r\n"«Жас» ""маман""",\r\n');
  });
});
