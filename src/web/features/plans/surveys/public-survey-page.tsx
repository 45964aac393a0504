import {
  Alert,
  Button,
  Checkbox,
  Container,
  Group,
  Loader,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  type PublicSurvey,
  SURVEY_AGE_BANDS,
  SURVEY_GENDERS,
  type SurveyAgeBand,
  type SurveyGender,
} from '../../../../shared/contracts/surveys';
import { LanguageSwitch } from '../../../app/language-switch';
import { ApiError } from '../../../lib/api';
import { formatDate, localized } from '../../../lib/localized';
import { ListSelect } from '../../../ui/list-select';
import { deviceId } from './device-id';
import { useAnswerSurvey, usePublicSurvey } from './surveys-api';

const NOT_SAYING = '';

function SurveyForm({ token, survey }: { token: string; survey: PublicSurvey }) {
  const { t, i18n } = useTranslation('surveys');
  const answer = useAnswerSurvey(token);
  const [directions, setDirections] = useState<string[]>([]);
  const [ageBand, setAgeBand] = useState(NOT_SAYING);
  const [gender, setGender] = useState(NOT_SAYING);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const optional = (label: string) => `${label} (${t('public.optional')})`;

  if (answer.isSuccess) return <Alert color="green" title={t('public.thanks')} role="status" />;

  const refused = answer.error instanceof ApiError ? answer.error.problem.code : null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (directions.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    answer.mutate({
      deviceId: deviceId(),
      directions,
      ageBand: (ageBand || null) as SurveyAgeBand | null,
      gender: (gender || null) as SurveyGender | null,
      districtId: districtId ? Number(districtId) : null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Checkbox.Group
          label={t('public.directions')}
          value={directions}
          onChange={setDirections}
          error={missing ? t('public.pickOne') : undefined}
          required
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {survey.directions.map((d) => (
              <Checkbox key={d.code} value={d.code} label={localized(d.name, i18n.language)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Radio.Group label={optional(t('public.ageBand'))} value={ageBand} onChange={setAgeBand}>
          <Group mt="xs">
            {SURVEY_AGE_BANDS.map((b) => (
              <Radio key={b} value={b} label={b} />
            ))}
            <Radio value={NOT_SAYING} label={t('public.notSaying')} />
          </Group>
        </Radio.Group>
        <Radio.Group label={optional(t('public.gender'))} value={gender} onChange={setGender}>
          <Group mt="xs">
            {SURVEY_GENDERS.map((g) => (
              <Radio key={g} value={g} label={t(`gender.${g}`)} />
            ))}
            <Radio value={NOT_SAYING} label={t('public.notSaying')} />
          </Group>
        </Radio.Group>
        <ListSelect
          label={optional(t('public.district'))}
          data={survey.districts.map((d) => ({
            value: String(d.id),
            label: localized(d.name, i18n.language),
          }))}
          value={districtId}
          onChange={setDistrictId}
          searchable
          clearable
          maw={420}
        />
        {refused === 'survey_already_answered' && (
          <Alert color="yellow" role="alert">
            {t('public.alreadyAnswered')}
          </Alert>
        )}
        {refused === 'survey_closed' && (
          <Alert color="yellow" role="alert">
            {t('public.closed')}
          </Alert>
        )}
        {answer.error && refused !== 'survey_already_answered' && refused !== 'survey_closed' && (
          <Alert color="red" role="alert">
            {answer.error.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={answer.isPending}>
            {t('public.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The public needs survey behind a link or QR code: no sign-in, no personal data, kk/ru/en. */
export function PublicSurveyPage() {
  const { t, i18n } = useTranslation('surveys');
  const token = useParams().token ?? '';
  const survey = usePublicSurvey(token);
  const s = survey.data;
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>{t('public.heading')}</Text>
          <LanguageSwitch label={t('public.language')} />
        </Group>
        {survey.isLoading && <Loader role="status" />}
        {survey.error && (
          <Alert color="red" role="alert">
            {survey.error instanceof ApiError && survey.error.status === 404
              ? t('public.notFound')
              : survey.error.message}
          </Alert>
        )}
        {s && (
          <Paper withBorder p="lg">
            <Stack>
              <Title order={1} size="h2">
                {s.title}
              </Title>
              <Text c="gray.8">
                {localized(s.centreName, i18n.language)} · {localized(s.regionName, i18n.language)}
              </Text>
              <Text size="sm" c="gray.8">
                {t('public.period', { from: formatDate(s.opensOn), to: formatDate(s.closesOn) })}
              </Text>
              {s.status === 'open' && <Text>{t('public.intro')}</Text>}
              {s.status === 'closed' && (
                <Alert color="yellow" role="alert">
                  {t('public.closed')}
                </Alert>
              )}
              {s.status === 'upcoming' && (
                <Alert color="blue" role="alert">
                  {t('public.upcoming', { date: formatDate(s.opensOn) })}
                </Alert>
              )}
              {s.status === 'open' && <SurveyForm token={token} survey={s} />}
            </Stack>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
