import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SurveyStatus } from '../../../../shared/contracts/surveys';
import { formatDate, formatNumber, localized } from '../../../lib/localized';
import { useCurrentUser } from '../../auth/use-current-user';
import { NewSurveyForm } from './new-survey-form';
import { useSurveys } from './surveys-api';

const STATUS_COLOR: Record<SurveyStatus, string> = { upcoming: 'gray', open: 'green', closed: 'dark' };

/** A survey's status as a badge. */
export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation('surveys');
  return (
    <Badge variant="light" color={STATUS_COLOR[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Needs surveys in the caller's scope, and a form to start a new one. */
export function SurveysPage() {
  const { t, i18n } = useTranslation('surveys');
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useSurveys({ page });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        {!creating && <Button onClick={() => setCreating(true)}>{t('new')}</Button>}
      </Group>
      <Text c="gray.8">{t('intro')}</Text>
      {creating && (
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('new')}
          </Title>
          <NewSurveyForm
            ownCentre={me?.role === 'center_manager'}
            onCancel={() => setCreating(false)}
            onDone={(s) => navigate(`/surveys/${s.id}`)}
          />
        </Paper>
      )}
      {list.isLoading && <Loader role="status" />}
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {list.data && list.data.items.length === 0 && <Text>{t('empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('column.title')}</Table.Th>
                <Table.Th scope="col">{t('column.centre')}</Table.Th>
                <Table.Th scope="col">{t('column.year')}</Table.Th>
                <Table.Th scope="col">{t('column.period')}</Table.Th>
                <Table.Th scope="col">{t('column.status')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('column.answers')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/surveys/${s.id}`}>
                      {s.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{localized(s.centreName, i18n.language)}</Table.Td>
                  <Table.Td>{s.year}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(s.opensOn)} – {formatDate(s.closesOn)}
                  </Table.Td>
                  <Table.Td>
                    <SurveyStatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatNumber(s.answers, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && list.data.total > list.data.pageSize && (
        <Pagination value={page} onChange={setPage} total={Math.ceil(list.data.total / list.data.pageSize)} />
      )}
    </Stack>
  );
}
