import { Alert, Loader, Modal, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/contracts/programmes';
import { localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { ProgrammeCard } from './programme-card';
import { useProgrammes, useSaveTerms } from './programmes-api';
import { TermsForm, termsFormValues } from './terms-form';

const EDITORS = new Set(['national', 'admin']);

/** Case-blind search over the names in every language and the operator. */
function matches(p: Programme, needle: string) {
  if (!needle) return true;
  const haystack = [p.name.kk, p.name.ru, p.name.en, p.operator, p.code].join(' ').toLocaleLowerCase();
  return haystack.includes(needle.toLocaleLowerCase());
}

function EditTermsModal({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const { t, i18n } = useTranslation('programmes');
  const save = useSaveTerms(programme.code);
  const onError = useApiErrorHandler();
  const year = new Date().getFullYear();
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('editTermsOf', { name: localized(programme.name, i18n.language) })}
    >
      <TermsForm
        initial={termsFormValues(year, programme.terms)}
        saving={save.isPending}
        onCancel={onClose}
        onSubmit={(y, input, form) =>
          save.mutate(
            { year: y, input },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('saved') });
                onClose();
              },
              onError: (err) => onError(err, form),
            },
          )
        }
      />
    </Modal>
  );
}

/** The state-programme catalogue: every staff role reads it, national users and admins edit terms. */
export function ProgrammesPage() {
  const { t } = useTranslation('programmes');
  const { data: me } = useCurrentUser();
  const { data, isLoading, error } = useProgrammes();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Programme | null>(null);
  const canEdit = Boolean(me && EDITORS.has(me.role));
  const shown = useMemo(() => (data ?? []).filter((p) => matches(p, search.trim())), [data, search]);

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="gray.8">{t('intro')}</Text>
      <TextInput
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {isLoading && <Loader aria-label={t('title')} role="status" />}
      {error && <Alert color="red">{error.message}</Alert>}
      {data && (
        <Text size="sm" role="status">
          {t('count', { count: shown.length })}
        </Text>
      )}
      {data && shown.length === 0 && <Text>{t('empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {shown.map((p) => (
          <ProgrammeCard key={p.code} programme={p} onEdit={canEdit ? () => setEditing(p) : undefined} />
        ))}
      </SimpleGrid>
      {editing && <EditTermsModal programme={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
