import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber, localized } from '../../../lib/localized';
import { SurveyImport } from './survey-import';
import { downloadQrSvg, SurveyQr } from './survey-qr';
import { SurveyResults } from './survey-results';
import { publicSurveyUrl, useSurvey } from './surveys-api';
import { SurveyStatusBadge } from './surveys-page';

/** One survey for staff: its public link and QR code, results, and import of answers. */
export function SurveyPage() {
  const { t, i18n } = useTranslation('surveys');
  const id = Number(useParams().id);
  const survey = useSurvey(id);
  if (survey.isLoading) return <Loader role="status" />;
  if (survey.error || !survey.data) return <Alert color="red">{survey.error?.message}</Alert>;
  const s = survey.data;
  const link = publicSurveyUrl(s.token);
  return (
    <Stack>
      <Anchor component={Link} to="/surveys" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{s.title}</Title>
          <Text>
            {localized(s.centreName, i18n.language)} · {s.year} · {formatDate(s.opensOn)} –{' '}
            {formatDate(s.closesOn)}
          </Text>
          <Group gap="xs">
            <SurveyStatusBadge status={s.status} />
            <Text size="sm">
              {t('column.answers')}: {formatNumber(s.answers, i18n.language)}
            </Text>
          </Group>
        </Stack>
      </Group>
      <Paper withBorder p="md">
        <Group align="flex-start" wrap="wrap">
          <SurveyQr link={link} size={160} label={t('detail.publicLink')} />
          <Stack style={{ flex: 1, minWidth: 280 }}>
            <TextInput label={t('detail.publicLink')} value={link} readOnly />
            <Group>
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t('detail.copied') : t('detail.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={`/s/${s.token}`} target="_blank" rel="noopener" variant="default">
                {t('detail.open')}
              </Button>
              <Button component="a" href={`/surveys/${s.id}/print`} target="_blank" rel="noopener">
                {t('detail.print')}
              </Button>
              <Button variant="default" onClick={() => downloadQrSvg(link, `survey-${s.id}-qr.svg`)}>
                {t('detail.downloadQr')}
              </Button>
            </Group>
          </Stack>
        </Group>
      </Paper>
      <SurveyResults surveyId={s.id} />
      <SurveyImport surveyId={s.id} />
    </Stack>
  );
}
