import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { localized } from '../../../lib/localized';
import { SurveyQr } from './survey-qr';
import { publicSurveyUrl, useSurvey } from './surveys-api';

/** A print-friendly sheet (outside the app's shell): the survey's title, its QR code and link. */
export function SurveyPrintPage() {
  const { t, i18n } = useTranslation('surveys');
  const survey = useSurvey(Number(useParams().id));
  if (survey.isLoading) return <Loader role="status" />;
  if (survey.error || !survey.data) return <Alert color="red">{survey.error?.message}</Alert>;
  const s = survey.data;
  const link = publicSurveyUrl(s.token);
  return (
    <Center p="xl">
      <Stack align="center" maw={640} gap="lg">
        <Text size="lg">{localized(s.centreName, i18n.language)}</Text>
        <Title order={1} ta="center">
          {s.title}
        </Title>
        <SurveyQr link={link} size={360} label={t('detail.publicLink')} />
        <Text size="lg" ta="center">
          {t('print.scan')}
        </Text>
        <Text ff="monospace" size="md" style={{ wordBreak: 'break-all' }}>
          {link}
        </Text>
        <Button className="no-print" onClick={() => window.print()} data-print-hide>
          {t('print.button')}
        </Button>
        <style>{'@media print { [data-print-hide] { display: none !important; } }'}</style>
      </Stack>
    </Center>
  );
}
