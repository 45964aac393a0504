import {
  Accordion,
  Alert,
  Badge,
  Box,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NeedsComponent, NeedsDirectionScore } from '../../../../shared/contracts/needs';
import { NEEDS_COMPONENT_KEYS } from '../../../../shared/contracts/needs-methodology';
import { todayInKazakhstan } from '../../../../shared/today';
import { formatNumber, localized } from '../../../lib/localized';
import { useCurrentUser } from '../../auth/use-current-user';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import { CentreSelect } from '../../registry/centre-select';
import { useNeedsProfile } from './needs-api';
import { ageBandLine, explainComponent } from './needs-explain';

const THIS_YEAR = Number(todayInKazakhstan().slice(0, 4));
const YEARS = [THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map(String);

/** One colour per component, the same in every bar, the legend and the explanation. */
export const COMPONENT_COLOURS: Record<string, string> = {
  neet_gap: 'var(--mantine-color-red-7)',
  survey_demand: 'var(--mantine-color-blue-7)',
  coverage_gap: 'var(--mantine-color-teal-8)',
  unmet_demand: 'var(--mantine-color-orange-7)',
};

function ScoreBar({ direction, label }: { direction: NeedsDirectionScore; label: string }) {
  const { t, i18n } = useTranslation('needs');
  const parts = direction.components.filter((c) => c.contribution > 0);
  const described = direction.components
    .map((c) => `${t(`component.${c.key}`)} ${formatNumber(c.contribution, i18n.language, 1)}`)
    .join(', ');
  return (
    <Box
      role="img"
      aria-label={t('barLabel', {
        direction: label,
        score: formatNumber(direction.score, i18n.language, 1),
        parts: described,
      })}
      style={{
        display: 'flex',
        height: 14,
        width: '100%',
        minWidth: 160,
        background: 'var(--mantine-color-gray-2)',
        borderRadius: 4,
        overflow: 'hidden',
      }}
    >
      {parts.map((c) => (
        <Box
          key={c.key}
          style={{ width: `${Math.min(100, c.contribution)}%`, background: COMPONENT_COLOURS[c.key] }}
        />
      ))}
    </Box>
  );
}

function ComponentLine({ c }: { c: NeedsComponent }) {
  const { t, i18n } = useTranslation('needs');
  const { input, formula } = explainComponent(c, i18n.language);
  const band = ageBandLine(input.params.band ?? '');
  const params = { ...input.params, band: t(band.key, band.params) };
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        <Group gap={6} wrap="nowrap">
          <Box w={10} h={10} style={{ background: COMPONENT_COLOURS[c.key], borderRadius: 2 }} />
          {t(`component.${c.key}`)}
        </Group>
      </Table.Th>
      <Table.Td>
        <Text size="sm">{t(input.key, params)}</Text>
        <Text size="xs" c="gray.7">
          {t(`source.${c.source}`)}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
        {t(formula.key, formula.params)}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * /needs: a centre's needs profile for a year. Directions are ranked by score, each with a bar split
 * by component and an explanation of every input in words and numbers. Centre staff see their own
 * centre; regional and national users pick one.
 */
export function NeedsProfilePage() {
  const { t, i18n } = useTranslation('needs');
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const ownCentre = me.data?.scope.kind === 'centre' ? me.data.scope.centreId : null;
  const centreId = ownCentre ?? (params.get('centreId') ? Number(params.get('centreId')) : null);
  const year = Number(params.get('year') ?? THIS_YEAR);
  const profile = useNeedsProfile(centreId, year);
  const catalogue = useServiceCatalogue(false);
  const directionName = useMemo(() => {
    const names = new Map((catalogue.data ?? []).map((d) => [d.code, localized(d.name, i18n.language)]));
    return (code: string) => names.get(code) ?? code;
  }, [catalogue.data, i18n.language]);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  if (!me.data) return null;
  const canEdit = me.data.role === 'national' || me.data.role === 'admin';

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('profile.title')}</Title>
        <Text component={Link} to="/needs-methodology" size="sm" c="blue.8">
          {canEdit ? t('profile.editMethodology') : t('profile.viewMethodology')}
        </Text>
      </Group>
      <Text c="gray.8">{t('profile.intro')}</Text>
      <Group align="flex-end">
        {ownCentre === null && (
          <CentreSelect
            w={360}
            placeholder={t('profile.pickCentre')}
            value={centreId ? String(centreId) : null}
            onChange={(v) => set('centreId', v)}
          />
        )}
        <Select
          label={t('profile.year')}
          data={YEARS}
          value={String(year)}
          onChange={(v) => set('year', v)}
          allowDeselect={false}
          w={140}
        />
      </Group>
      {centreId === null && <Text>{t('profile.chooseCentre')}</Text>}
      {(profile.isLoading || catalogue.isLoading) && <Loader aria-label={t('loading')} role="status" />}
      {profile.error && <Alert color="red">{profile.error.message}</Alert>}
      {/* Ranked only once the directions have their names: before that the list would show codes. */}
      {profile.data && catalogue.data && (
        <>
          <Group gap="md">
            <Badge variant="outline">
              {t('profile.methodology', {
                year: profile.data.methodology.year,
                revision: profile.data.methodology.revision,
              })}
            </Badge>
            {NEEDS_COMPONENT_KEYS.map((k) => (
              <Group key={k} gap={6}>
                <Box w={12} h={12} style={{ background: COMPONENT_COLOURS[k], borderRadius: 2 }} />
                <Text size="sm">{t(`component.${k}`)}</Text>
              </Group>
            ))}
          </Group>
          <Accordion multiple variant="separated">
            {profile.data.directions.map((d, i) => (
              <Accordion.Item key={d.direction} value={d.direction}>
                <Accordion.Control>
                  <Group wrap="nowrap" gap="md">
                    <Text fw={600} w={28}>
                      {i + 1}.
                    </Text>
                    <Text fw={500} w={240} style={{ flexShrink: 0 }}>
                      {directionName(d.direction)}
                    </Text>
                    <Box style={{ flex: 1 }}>
                      <ScoreBar direction={d} label={directionName(d.direction)} />
                    </Box>
                    <Text fw={600} w={64} ta="right">
                      {formatNumber(d.score, i18n.language, 1)}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Table.ScrollContainer minWidth={720}>
                    <Table captionSide="top">
                      <Table.Caption>
                        {t('profile.explanationCaption', { direction: directionName(d.direction) })}
                      </Table.Caption>
                      <Table.Tbody>
                        {d.components.map((c) => (
                          <ComponentLine key={c.key} c={c} />
                        ))}
                        <Table.Tr>
                          <Table.Th scope="row" colSpan={2}>
                            {t('profile.total')}
                          </Table.Th>
                          <Table.Td style={{ textAlign: 'right', fontWeight: 600 }}>
                            {t('points', { points: formatNumber(d.score, i18n.language, 1) })}
                          </Table.Td>
                        </Table.Tr>
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Stack>
  );
}
