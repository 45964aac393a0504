import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionStats } from '../../../shared/contracts/home';
import { formatNumber } from '../../lib/localized';
import { MEASURE_DIGITS } from './measures';
import { regionName, youthVintage } from './region-format';

const COLUMNS = ['name', 'centres', 'staff', 'youthPopulation', 'centresPer10k', 'staffPer10k'] as const;
type Column = (typeof COLUMNS)[number];
const STAFF_COLUMNS: readonly Column[] = ['staff', 'staffPer10k'];
type NumericColumn = Exclude<Column, 'name'>;
const HEADER: Record<Column, string> = {
  name: 'region',
  centres: 'centres',
  staff: 'staff',
  youthPopulation: 'youth',
  centresPer10k: 'centresPer10k',
  staffPer10k: 'staffPer10k',
};
const DIGITS: Record<NumericColumn, number> = { ...MEASURE_DIGITS, youthPopulation: 0 };

/**
 * The map's figures as a table, for keyboard and screen-reader users and for exact numbers.
 * Headers sort (unknown values always last); each region links to its centres.
 */
export function RegionTable({ regions, showStaff }: { regions: readonly RegionStats[]; showStaff: boolean }) {
  const columns: readonly Column[] = showStaff ? COLUMNS : COLUMNS.filter((c) => !STAFF_COLUMNS.includes(c));
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'name',
    descending: false,
  });

  const rows = useMemo(() => {
    const name = (r: RegionStats) => regionName(r, locale);
    const collator = new Intl.Collator(locale);
    const sorted = [...regions].sort((a, b) => {
      if (sort.column === 'name') return collator.compare(name(a), name(b));
      const x = a[sort.column];
      const y = b[sort.column];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return x - y;
    });
    if (!sort.descending) return sorted;
    // Reverse the known values but keep unknown ones at the bottom.
    const known = sorted.filter((r) => sort.column === 'name' || r[sort.column] !== null).reverse();
    return [...known, ...sorted.filter((r) => !known.includes(r))];
  }, [regions, sort, locale]);

  const toggle = (column: Column) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : column !== 'name' }));

  const noData = (
    <Text span size="sm" c="gray.7">
      {t('home:map.noData')}
    </Text>
  );
  const number = (r: RegionStats, column: NumericColumn) =>
    r[column] === null ? noData : formatNumber(r[column], locale, DIGITS[column]);

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption ta="left" fw={600} c="dark">
          {t('home:table.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const active = sort.column === column;
              const Icon = active ? (sort.descending ? IconArrowDown : IconArrowUp) : IconArrowsSort;
              return (
                <Table.Th
                  key={column}
                  ta={column === 'name' ? 'left' : 'right'}
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <UnstyledButton
                    onClick={() => toggle(column)}
                    fw={600}
                    fz="sm"
                    style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                  >
                    {t(`home:table.${HEADER[column]}`)}
                    <Icon size={14} aria-hidden="true" />
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Th scope="row" fw={400}>
                <Anchor
                  component={Link}
                  to={`/centres?regionCode=${r.code}`}
                  size="sm"
                  c="teal.9"
                  underline="always"
                >
                  {regionName(r, locale)}
                </Anchor>
              </Table.Th>
              {columns
                .filter((c): c is NumericColumn => c !== 'name')
                .map((column) => (
                  <Table.Td key={column} ta="right">
                    {number(r, column)}
                    {column === 'youthPopulation' && r.youthPopulation !== null && (
                      <Text size="xs" c="gray.7">
                        {youthVintage(r, t)}
                      </Text>
                    )}
                  </Table.Td>
                ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
