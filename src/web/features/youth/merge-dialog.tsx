import { Alert, Button, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Youth } from '../../../shared/contracts/youth';
import { ApiError } from '../../lib/api';
import { formatDate } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { SearchInput } from '../registry/search-input';
import { fullName, useMergeYouth, useYouthList } from './youth-api';

/**
 * Merges this record into another: the user finds the record that stays (by name, phone digits or
 * birth date), picks it, and confirms. Starts with a search for the same name.
 */
export function MergeDialog({ person, onClose }: { person: Youth; onClose: () => void }) {
  const { t } = useTranslation('youth');
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const merge = useMergeYouth(person.id);
  const [q, setQ] = useState(fullName(person));
  const [chosen, setChosen] = useState<Youth | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = useYouthList({ q, pageSize: 10 }, q.trim() !== '');
  const candidates = (list.data?.items ?? []).filter((y) => y.id !== person.id);

  const submit = () => {
    if (!chosen) return;
    merge.mutate(chosen.id, {
      onSuccess: (survivor) => {
        notifications.show({
          color: 'teal',
          message: t('merge.done'),
          closeButtonProps: { 'aria-label': t('common:close') },
        });
        onClose();
        navigate(`/youth/${survivor.id}`);
      },
      onError: (e) => {
        const field = e instanceof ApiError ? e.problem.errors?.[0] : undefined;
        if (field) setRefusal(field.message ?? t(`errors:field.${field.code}`));
        else onError(e);
        setConfirming(false);
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('merge.title')} size="lg" centered>
      <Stack>
        <Text size="sm">{t('merge.text')}</Text>
        {!confirming && (
          <>
            <SearchInput
              label={t('merge.search')}
              placeholder={t('merge.searchPlaceholder')}
              value={q}
              onSearch={(v) => {
                setQ(v);
                setChosen(null);
              }}
            />
            <Radio.Group
              label={t('merge.pick')}
              value={chosen ? String(chosen.id) : null}
              onChange={(v) => setChosen(candidates.find((c) => String(c.id) === v) ?? null)}
            >
              <Table>
                <Table.Tbody>
                  {candidates.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Radio
                          value={String(c.id)}
                          label={`${fullName(c)} · ${formatDate(c.birthDate)}${c.phone ? ` · ${c.phone}` : ''}`}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Radio.Group>
            {list.data && candidates.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('registry:list.emptyTitle')}
              </Text>
            )}
          </>
        )}
        {confirming && chosen && (
          <Alert color="orange">
            {t('merge.confirmText', { name: fullName(chosen), date: formatDate(chosen.birthDate) })}
          </Alert>
        )}
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={confirming ? () => setConfirming(false) : onClose}>
            {t('common:cancel')}
          </Button>
          {confirming ? (
            <Button color="red.8" loading={merge.isPending} onClick={submit}>
              {t('merge.confirm')}
            </Button>
          ) : (
            <Button disabled={!chosen} onClick={() => setConfirming(true)}>
              {t('merge.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
