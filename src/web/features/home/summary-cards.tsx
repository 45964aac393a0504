import { Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HomeSummary } from '../../../shared/contracts/home';
import { formatNumber } from '../../lib/localized';

interface CardProps {
  value: number;
  /** Plural key in the `home` namespace; the noun agrees with the number. */
  labelKey: string;
  detail?: string;
}

function CountCard({ value, labelKey, detail }: CardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Text fz={32} fw={700} lh={1.1} c="teal.9">
        {formatNumber(value, i18n.language)}
      </Text>
      <Text fw={500}>{t(`home:${labelKey}`, { count: value })}</Text>
      {detail && (
        <Text size="sm" c="gray.7" mt={4}>
          {detail}
        </Text>
      )}
    </Paper>
  );
}

/** The scope's key counts: active centres by kind, active staff, recent hires, inactive centres. */
export function SummaryCards({ summary, showStaff }: { summary: HomeSummary; showStaff: boolean }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const { centres, staff } = summary;
  return (
    <section aria-labelledby="home-key-figures">
      <VisuallyHidden>
        <Title order={2} id="home-key-figures">
          {t('home:cards.label')}
        </Title>
      </VisuallyHidden>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
        <CountCard
          value={centres.active}
          labelKey="cards.activeCentres"
          detail={t('home:cards.byKind', {
            regional: n(centres.byKind.regional),
            city: n(centres.byKind.city),
            district: n(centres.byKind.district),
          })}
        />
        {showStaff && <CountCard value={staff.active} labelKey="cards.activeStaff" />}
        {showStaff && <CountCard value={staff.newHires90d} labelKey="cards.newHires" />}
        <CountCard
          value={centres.inactive}
          labelKey="cards.inactiveCentres"
          detail={t('home:cards.inactiveHint')}
        />
      </SimpleGrid>
    </section>
  );
}
