import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/constants/roles';
import type {
  KpiEvidence,
  MonitoringKpi,
  PlanMonitoring,
} from '../../../../shared/contracts/plan-monitoring';
import { planText } from '../../../../shared/plan-text';
import { formatDate, formatNumber } from '../../../lib/localized';
import { KpiProgress, KpiStatusBadge } from './kpi-status-badge';
import { ManualActualForm } from './manual-actual-form';
import { evidenceUrl, usePlanMonitoring } from './monitoring-api';

const QUARTERS = [0, 1, 2, 3] as const;

function EvidenceList({ planId, evidence }: { planId: number; evidence: KpiEvidence[] }) {
  const { t, i18n } = useTranslation('monitoring');
  const num = (v: number) => formatNumber(v, i18n.language, 2);
  if (!evidence.length) return <Text size="sm">{t('evidence.none')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {evidence.map((e) => (
        <List.Item key={e.id}>
          <Text span size="sm" td={e.current ? undefined : 'line-through'}>
            {t('evidence.entry', { quarter: e.quarter, value: num(e.value) })}
          </Text>{' '}
          <Anchor href={evidenceUrl(planId, e.id)} size="sm" download={e.fileName}>
            {e.fileName}
          </Anchor>{' '}
          <Text span size="xs" c="gray.8">
            {t('evidence.meta', {
              size: formatNumber(e.size / 1024, i18n.language, 0),
              who: e.enteredBy,
              at: formatDate(e.enteredAt),
            })}
            {e.current ? '' : ` · ${t('evidence.corrected')}`}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function KpiRow({ kpi, planId }: { kpi: MonitoringKpi; planId: number }) {
  const { t, i18n } = useTranslation('monitoring');
  const locale = i18n.language;
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 1));
  const name = planText(kpi.name, locale as Locale);
  const percent = kpi.ratio === null ? null : Math.round(kpi.ratio * 100);
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row" fw={500}>
          {name}
          <Text size="xs" c="gray.8">
            {/* The name already says the direction; the source and the unit are what it leaves out. */}
            {t(`source.${kpi.source}`)} · {t(`unitName.${kpi.unit}`, { defaultValue: kpi.unit })}
          </Text>
        </Table.Th>
        {QUARTERS.map((q) => (
          <Table.Td key={q} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
            {num(kpi.actuals[q])}
            <Text span c="gray.8" size="sm">
              {' / '}
              {num(kpi.quarterTargets[q])}
            </Text>
          </Table.Td>
        ))}
        <Table.Td style={{ textAlign: 'right' }}>{num(kpi.expectedNow)}</Table.Td>
        <Table.Td miw={140}>
          <KpiProgress
            ratio={kpi.ratio}
            status={kpi.status}
            label={t('progressLabel', { name, percent: percent ?? 0 })}
          />
          <Text size="xs" ta="right">
            {percent === null ? '—' : `${percent} %`}
          </Text>
        </Table.Td>
        {/* Wide enough for the longest status word, so the badge never ends in an ellipsis. */}
        <Table.Td miw={130} style={{ whiteSpace: 'nowrap' }}>
          <KpiStatusBadge status={kpi.status} />
        </Table.Td>
      </Table.Tr>
      {kpi.source === 'manual' && (
        <Table.Tr>
          <Table.Td colSpan={8} pl="xl">
            <Text size="sm" fw={500}>
              {t('evidence.title')}
            </Text>
            <EvidenceList planId={planId} evidence={kpi.evidence} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function MonitoringTable({ data }: { data: PlanMonitoring }) {
  const { t } = useTranslation('monitoring');
  if (!data.kpis.length) return <Text>{t('noKpis')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-gray-8)' }}>
          {t('caption', { date: formatDate(data.asOf) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('col.kpi')}</Table.Th>
            {QUARTERS.map((q) => (
              <Table.Th key={q} scope="col" style={{ textAlign: 'right' }}>
                {t('col.quarter', { n: q + 1 })}
              </Table.Th>
            ))}
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('col.expected')}
            </Table.Th>
            <Table.Th scope="col">{t('col.progress')}</Table.Th>
            <Table.Th scope="col">{t('col.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.kpis.map((kpi) => (
            <KpiRow key={kpi.id} kpi={kpi} planId={data.planId} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * A plan's monitoring: each KPI's year-to-date actual at every quarter against the cumulative
 * quarter target, progress towards what is expected by today and a status in colour and words;
 * manual KPIs list their evidence files, and the centre's staff enter new values with a file.
 */
export function PlanMonitoringPanel({ planId }: { planId: number }) {
  const { t } = useTranslation('monitoring');
  const monitoring = usePlanMonitoring(planId);
  const [entering, setEntering] = useState(false);
  const data = monitoring.data;
  const manual = data?.kpis.filter((k) => k.source === 'manual') ?? [];
  return (
    <Paper component="section" aria-labelledby="plan-monitoring-title" withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <div>
            <Title order={2} size="h3" id="plan-monitoring-title">
              {t('title')}
            </Title>
            {data && (
              <Text size="sm" c="gray.8">
                {t(data.versionKind === 'approved' ? 'version.approved' : 'version.current', {
                  n: data.version,
                })}
              </Text>
            )}
          </div>
          {data?.canEnter && manual.length > 0 && data.quartersBegun > 0 && (
            <Button onClick={() => setEntering(true)}>{t('enter')}</Button>
          )}
        </Group>
        {monitoring.isLoading && <Loader aria-label={t('loading')} role="status" />}
        {monitoring.error && <Alert color="red">{monitoring.error.message}</Alert>}
        {data && <MonitoringTable data={data} />}
        <Text size="xs" c="gray.8">
          {t('legend')}
        </Text>
      </Stack>
      {data && (
        <Modal opened={entering} onClose={() => setEntering(false)} title={t('form.title')} size="lg">
          <ManualActualForm
            planId={planId}
            kpis={manual}
            quartersBegun={data.quartersBegun}
            onDone={() => setEntering(false)}
          />
        </Modal>
      )}
    </Paper>
  );
}
