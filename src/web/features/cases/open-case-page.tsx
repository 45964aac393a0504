import {
  Anchor,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Youth } from '../../../shared/contracts/youth';
import { todayInKazakhstan } from '../../../shared/today';
import { formatDate } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { useCurrentUser } from '../auth/use-current-user';
import { personName } from './case-labels';
import { useCaseOptions, useNeetYouthSearch, useOpenCase, usePresetYouth } from './cases-api';

/** /cases/new: find a NEET young person by name and open a case for them. */
export function OpenCasePage() {
  const { t } = useTranslation('cases');
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useNeetYouthSearch(q);
  const [chosen, setChosen] = useState<Youth | null>(null);
  // The youth card links here as /cases/new?youthId=…: that young person comes chosen.
  const preset = usePresetYouth(Number(useSearchParams()[0].get('youthId')) || 0);
  const person = chosen ?? (preset && preset.status === 'neet' && !preset.consentWithdrawn ? preset : null);
  const options = useCaseOptions();
  const open = useOpenCase();
  const onError = useApiErrorHandler();
  const form = useForm({
    initialValues: {
      openedOn: todayInKazakhstan() as string | null,
      goal: '',
      caseWorkerId: null as string | null,
    },
  });
  if (!me.data) return null;
  const isManager = me.data.role === 'center_manager';
  const withdrawn = t('consentWithdrawn');

  const submit = form.onSubmit((v) => {
    if (!person) return;
    open.mutate(
      {
        youthId: person.id,
        openedOn: v.openedOn ?? undefined,
        goal: v.goal || undefined,
        caseWorkerId: v.caseWorkerId ? Number(v.caseWorkerId) : undefined,
      },
      { onSuccess: (c) => navigate(`/cases/${c.id}`), onError: (err) => onError(err, form) },
    );
  });

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/cases" size="sm">
        {t('backToList')}
      </Anchor>
      <Title order={1}>{t('open.title')}</Title>
      {!person && (
        <Stack component="section" aria-labelledby="open-find">
          <Title order={2} size="h4" id="open-find">
            {t('open.find')}
          </Title>
          <TextInput
            label={t('open.searchLabel')}
            description={t('open.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            autoFocus
          />
          {q.length >= 2 && found.data && found.data.items.length === 0 && <Text>{t('open.noResults')}</Text>}
          {q.length >= 2 && !!found.data?.items.length && (
            <Table striped captionSide="top">
              <Table.Caption>{t('open.results')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('field.youth')}</Table.Th>
                  <Table.Th>{t('open.birthDate')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('open.choose')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {found.data.items.map((y) => (
                  <Table.Tr key={y.id}>
                    <Table.Td>{personName(y, withdrawn)}</Table.Td>
                    <Table.Td>{formatDate(y.birthDate)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('open.chooseFor', { name: personName(y, withdrawn) })}
                        onClick={() => setChosen(y)}
                      >
                        {t('open.choose')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      {person && (
        <Card withBorder component="form" onSubmit={submit} aria-labelledby="open-form">
          <Stack>
            <Title order={2} size="h4" id="open-form">
              {t('open.forWhom', { name: personName(person, withdrawn) })}
            </Title>
            <Group>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => (chosen ? setChosen(null) : navigate('/cases/new'))}
              >
                {t('open.another')}
              </Button>
            </Group>
            <DateField label={t('field.openedOn')} required {...form.getInputProps('openedOn')} />
            <Textarea
              label={t('field.goal')}
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('goal')}
            />
            {isManager && (
              <Select
                label={t('field.caseWorker')}
                placeholder={t('open.meAsWorker')}
                clearable
                data={(options.data?.caseWorkers ?? []).map((w) => ({
                  value: String(w.id),
                  label: w.fullName,
                }))}
                {...form.getInputProps('caseWorkerId')}
              />
            )}
            <FormActions
              onCancel={() => navigate('/cases')}
              saving={open.isPending}
              submitLabel={t('open.submit')}
            />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
