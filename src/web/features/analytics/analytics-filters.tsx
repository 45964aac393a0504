import { Button, Group, Paper, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CENTRE_KINDS, type CentreKind } from '../../../shared/constants/registry';
import type { DashboardQuery } from '../../../shared/contracts/analytics';
import { localized } from '../../lib/localized';
import { ListSelect } from '../../ui/list-select';
import { useCurrentUser } from '../auth/use-current-user';
import { useServiceCatalogue } from '../journal/catalogue-api';
import { useRegions } from '../registry/registry-api';
import { monthLabel } from './options';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The filters every analytics page shares, kept in the URL so a view can be bookmarked and sent. */
export function useAnalyticsFilters() {
  const user = useCurrentUser().data;
  const [params, setParams] = useSearchParams();
  const national = user?.scope.kind === 'country';
  const query: DashboardQuery = {
    from: MONTH.test(params.get('from') ?? '') ? params.get('from')! : undefined,
    to: MONTH.test(params.get('to') ?? '') ? params.get('to')! : undefined,
    directionId: Number(params.get('directionId')) || undefined,
    centreKind: (CENTRE_KINDS as readonly string[]).includes(params.get('centreKind') ?? '')
      ? (params.get('centreKind') as CentreKind)
      : undefined,
    regionCode:
      national && /^\d{2}$/.test(params.get('regionCode') ?? '') ? params.get('regionCode')! : undefined,
  };
  /**
   * Sets (or, with an empty value, removes) one URL parameter; other pages' own ones work too.
   * It starts from the address bar, not from this render's parameters: two changes made before the
   * page re-renders (navigation renders in a transition) would otherwise lose the first one.
   */
  const setFilter = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: false });
  };
  const reset = () => setParams(new URLSearchParams());
  return { user, national, params, query, setFilter, reset };
}

interface BarProps {
  filters: ReturnType<typeof useAnalyticsFilters>;
  /** The period the server answered for, shown under the filters (its defaults fill empty months). */
  period?: { from: string; to: string };
  /** A page's own controls, shown before the shared ones. */
  children?: ReactNode;
}

/** The filter bar: period, direction, centre kind and, for national users, the region. */
export function AnalyticsFilterBar({ filters, period, children }: BarProps) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  const { user, national, query, setFilter, reset } = filters;
  // Inactive directions still name past services; only national and admin users may list them.
  const catalogue = useServiceCatalogue(user?.role === 'national' || user?.role === 'admin');
  const regions = useRegions();
  return (
    <Paper component="section" aria-label={t('filters.title')} withBorder p="md" radius="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        {children}
        {(['from', 'to'] as const).map((end) => {
          const month = query[end] ?? period?.[end];
          return (
            // Months shown as mm.yyyy, the app's date style; the calendar speaks the UI language.
            <MonthPickerInput
              key={end}
              label={t(`filters.${end}`)}
              valueFormat="MM.YYYY"
              leftSection={<IconCalendar size={16} aria-hidden />}
              value={month ? `${month}-01` : null}
              onChange={(v) => setFilter(end, v ? String(v).slice(0, 7) : null)}
              w={150}
            />
          );
        })}
        <ListSelect
          label={t('filters.direction')}
          placeholder={t('filters.all')}
          data={(catalogue.data ?? []).map((d) => ({
            value: String(d.id),
            label: localized(d.name, locale),
          }))}
          value={query.directionId ? String(query.directionId) : null}
          onChange={(v) => setFilter('directionId', v)}
          clearable
          w={260}
        />
        <ListSelect
          label={t('filters.centreKind')}
          placeholder={t('filters.all')}
          data={CENTRE_KINDS.map((k) => ({ value: k, label: t(`registry:kind.${k}`) }))}
          value={query.centreKind ?? null}
          onChange={(v) => setFilter('centreKind', v)}
          clearable
          w={180}
        />
        {national && (
          <ListSelect
            label={t('filters.region')}
            placeholder={t('filters.allRegions')}
            data={(regions.data ?? []).map((r) => ({ value: r.code, label: localized(r.name, locale) }))}
            value={query.regionCode ?? null}
            onChange={(v) => setFilter('regionCode', v)}
            clearable
            searchable
            w={260}
          />
        )}
        <Button variant="subtle" onClick={reset}>
          {t('filters.reset')}
        </Button>
      </Group>
      {period && (
        <Text size="sm" c="gray.7" mt="xs">
          {t('filters.period', { from: monthLabel(period.from), to: monthLabel(period.to) })}
        </Text>
      )}
    </Paper>
  );
}
