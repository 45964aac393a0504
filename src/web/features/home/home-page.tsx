import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { navFor } from '../../app/navigation';
import { scopeLabel } from '../account/scope-label';
import { useCurrentUser } from '../auth/use-current-user';
import { visibleRegions } from './measures';
import { RegionMapSection } from './region-map-section';
import { SummaryCards } from './summary-cards';
import { useHomeSummary } from './use-home-data';

/** Home: a greeting, the scope's key counts and the region map with its table. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser().data;
  const summary = useHomeSummary();
  useDocumentTitle(`${t('home:title')} · ${t('common:appName')}`);
  if (!user) return null;

  const scopeRegion = 'regionCode' in user.scope ? user.scope.regionCode : null;
  // Staff figures only for the roles that may open the staff list (partners may not).
  const showStaff = navFor(user.role).some((item) => item.to === '/staff');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('home:greeting', { name: user.fullName })}
        </Title>
        <Text c="gray.7">{t('home:scopeLine', { scope: scopeLabel(user, i18n.language, t) })}</Text>
      </div>
      {summary.isError ? (
        <Alert color="red" role="alert" title={t('common:error.loadFailed')} />
      ) : summary.data ? (
        <>
          <SummaryCards summary={summary.data} showStaff={showStaff} />
          <RegionMapSection
            regions={visibleRegions(summary.data.regions, scopeRegion)}
            scoped={scopeRegion !== null}
            showStaff={showStaff}
          />
        </>
      ) : (
        <Skeleton h={120} />
      )}
    </Stack>
  );
}
