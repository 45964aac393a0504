import { Alert, Badge, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, localized } from '../../lib/localized';
import { ListRows } from '../registry/list-state';
import { useYouthProgrammes } from './youth-api';

/** The card's programme block: programmes the person fits this year and what they were told or referred to. */
export function YouthProgrammes({ youthId }: { youthId: number }) {
  const { t, i18n } = useTranslation('youth');
  const programmes = useYouthProgrammes(youthId);
  const data = programmes.data;
  const ages = (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? t('programmes.ages', { min, max })
      : min !== null
        ? t('programmes.agesFrom', { min })
        : max !== null
          ? t('programmes.agesTo', { max })
          : null;

  const rows = data?.contacts.map((c) => (
    <Table.Tr key={c.recordId}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.serviceDate)}</Table.Td>
      <Table.Td>
        {c.programme ? localized(c.programme.name, i18n.language) : t('programmes.referredNoProgramme')}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={c.referredToOperator ? 'teal' : 'blue'}>
          {c.referredToOperator ? t('programmes.referred') : t('programmes.told')}
        </Badge>
      </Table.Td>
      <Table.Td>{localized(c.serviceType, i18n.language)}</Table.Td>
      <Table.Td>{c.specialist ?? '—'}</Table.Td>
    </Table.Tr>
  ));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="youth-programmes">
      <Stack>
        <Title order={2} size="h3" id="youth-programmes">
          {t('programmes.title')}
        </Title>
        {programmes.isError && <Alert color="red">{t('common:error.loadFailed')}</Alert>}
        {data && (
          <>
            <Title order={3} size="h5">
              {t('programmes.fitting', { year: data.year })}
            </Title>
            {data.age === null ? (
              <Text c="dimmed">{t('programmes.noProcessing')}</Text>
            ) : data.fitting.length === 0 ? (
              <Text c="dimmed">{t('programmes.fittingNone')}</Text>
            ) : (
              <List aria-label={t('programmes.fitting', { year: data.year })}>
                {data.fitting.map((p) => (
                  <List.Item key={p.code}>
                    <Text fw={500} span>
                      {localized(p.name, i18n.language)}
                    </Text>
                    {ages(p.minAge, p.maxAge) && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {ages(p.minAge, p.maxAge)}
                      </Text>
                    )}
                    <Text size="sm">{localized(p.summary, i18n.language)}</Text>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        <Title order={3} size="h5">
          {t('programmes.contacts')}
        </Title>
        {data && data.contacts.length === 0 ? (
          <Text c="dimmed">{t('programmes.contactsNone')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('programmes.contacts')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programmes.date')}</Table.Th>
                  <Table.Th>{t('programmes.programme')}</Table.Th>
                  <Table.Th />
                  <Table.Th>{t('programmes.service')}</Table.Th>
                  <Table.Th>{t('programmes.by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <ListRows columns={5} list={programmes} rows={rows} />
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
