import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/contracts/plan-content';
import { todayInKazakhstan } from '../../../../shared/today';
import { ApiError } from '../../../lib/api';
import { localized } from '../../../lib/localized';
import { useCurrentUser } from '../../auth/use-current-user';
import { TableCaption } from '../../registry/table-caption';
import { useGeneratePlan, usePlanList } from './plan-api';

const THIS_YEAR = Number(todayInKazakhstan().slice(0, 4));
const YEARS = [THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map(String);

/** A centre manager generates the centre's draft plan for a year; the page opens it. */
function GeneratePlan({ centreId }: { centreId: number }) {
  const { t } = useTranslation('plan');
  const navigate = useNavigate();
  const generate = useGeneratePlan();
  const [year, setYear] = useState(String(THIS_YEAR));
  return (
    <Stack gap="xs" component="section" aria-labelledby="generate-plan">
      <Title order={2} id="generate-plan">
        {t('generate.title')}
      </Title>
      <Text size="sm">{t('generate.help')}</Text>
      <Group align="flex-end">
        <Select
          label={t('year')}
          data={YEARS}
          value={year}
          onChange={(v) => v && setYear(v)}
          allowDeselect={false}
          w={140}
        />
        <Button
          loading={generate.isPending}
          onClick={() =>
            generate.mutate(
              { centreId, year: Number(year) },
              { onSuccess: (plan) => navigate(`/plans/${plan.id}`) },
            )
          }
        >
          {t('generate.button')}
        </Button>
      </Group>
      {generate.error && (
        <Alert color="red" role="alert">
          {generate.error instanceof ApiError ? generate.error.problem.title : String(generate.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** Plans in the caller's scope, by status and year; a centre manager can generate the centre's plan. */
export function PlansListPage() {
  const { t, i18n } = useTranslation('plan');
  const me = useCurrentUser().data;
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = usePlanList({ status, year: year ? Number(year) : null, page });
  const managerCentre =
    me?.role === 'center_manager' && me.scope.kind === 'centre' ? me.scope.centreId : null;

  return (
    <Stack>
      <Title order={1}>{t('listTitle')}</Title>
      {managerCentre !== null && <GeneratePlan centreId={managerCentre} />}
      <Group align="flex-end">
        <Select
          label={t('filter.status')}
          data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          clearable
          placeholder={t('filter.all')}
          onChange={(v) => {
            setStatus(v as PlanStatus | null);
            setPage(1);
          }}
          w={220}
        />
        <Select
          label={t('year')}
          data={YEARS}
          value={year}
          clearable
          placeholder={t('filter.all')}
          onChange={(v) => {
            setYear(v);
            setPage(1);
          }}
          w={140}
        />
      </Group>
      {list.isPending && <Loader aria-label={t('common:loading')} role="status" />}
      {list.error && <Alert color="red">{t('common:error.loadFailed')}</Alert>}
      {list.data && list.data.items.length === 0 && <Text>{t('noPlans')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <TableCaption>{t('listCaption', { count: list.data.total })}</TableCaption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('col.centre')}</Table.Th>
                  <Table.Th scope="col">{t('year')}</Table.Th>
                  <Table.Th scope="col">{t('col.status')}</Table.Th>
                  <Table.Th scope="col">{t('col.version')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/plans/${p.id}`}>
                        {localized(p.centreName, i18n.language)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{p.year}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`status.${p.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{p.currentVersion}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data.total > list.data.pageSize && (
            <Pagination
              total={Math.ceil(list.data.total / list.data.pageSize)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`page.${control}`) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
