import { Anchor, Group, Pill, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Centre } from '../../../shared/contracts/registry';
import { formatNumber, formatOpeningHours, localized } from '../../lib/localized';

/** The centre's fields as a two-column table of label and value. */
export function CentreDetails({ centre: c }: { centre: Centre }) {
  const { t, i18n } = useTranslation('registry');
  const lang = i18n.language;
  const rows: [string, ReactNode][] = [
    ['field.kind', t(`kind.${c.kind}`)],
    [
      'field.parent',
      c.parentId && c.parentName ? (
        <Anchor key="v" component={Link} to={`/centres/${c.parentId}`}>
          {localized(c.parentName, lang)}
        </Anchor>
      ) : null,
    ],
    ['field.region', localized(c.regionName, lang)],
    ['field.district', c.districtName ? localized(c.districtName, lang) : null],
    ['field.address', c.address],
    [
      'field.phone',
      c.phone ? (
        <Anchor key="v" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
          {c.phone}
        </Anchor>
      ) : null,
    ],
    [
      'field.email',
      c.email ? (
        <Anchor key="v" href={`mailto:${c.email}`}>
          {c.email}
        </Anchor>
      ) : null,
    ],
    ['field.openingHours', formatOpeningHours(c.openingHours, lang)],
    [
      'field.services',
      c.services.length ? (
        <Group key="v" gap={4}>
          {c.services.map((s) => (
            <Pill key={s}>{t(`service.${s}`)}</Pill>
          ))}
        </Group>
      ) : null,
    ],
    ['field.staffCount', formatNumber(c.staffCount, lang)],
    [
      'field.status',
      c.statusReason ? `${t(`status.${c.status}`)} — ${c.statusReason}` : t(`status.${c.status}`),
    ],
    [
      'field.coordinates',
      c.latitude != null && c.longitude != null
        ? `${formatNumber(c.latitude, lang, 5)}, ${formatNumber(c.longitude, lang, 5)}`
        : null,
    ],
  ];
  return (
    <Table variant="vertical" withTableBorder aria-label={t('centre.details')}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={180}>{t(label)}</Table.Th>
            <Table.Td>{value ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
