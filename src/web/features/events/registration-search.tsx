import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Youth } from '../../../shared/contracts/youth';
import { formatDate } from '../../lib/localized';
import { useYouthSearch } from './events-api';

const nameOf = (y: Youth) => [y.lastName, y.firstName, y.middleName].filter(Boolean).join(' ');

interface Props {
  /** Young people already on the list: shown as registered, not offered again. */
  registered: ReadonlySet<number>;
  saving: boolean;
  onRegister: (youthIds: number[]) => void;
}

/** Finds young people in scope by name and registers them, one or all found at once. */
export function RegistrationSearch({ registered, saving, onRegister }: Props) {
  const { t } = useTranslation('events');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const found = useYouthSearch(debounced);
  const items = debounced.trim().length >= 2 ? (found.data?.items ?? []) : [];
  const open = items.filter((y) => !registered.has(y.id));

  return (
    <Stack gap="xs">
      <TextInput
        label={t('registration.search')}
        description={t('registration.searchHint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      {debounced.trim().length >= 2 && !found.isPending && (
        <Text size="sm" aria-live="polite">
          {t('registration.found', { count: items.length })}
        </Text>
      )}
      {items.length > 0 && (
        <List listStyleType="none" spacing={4} aria-label={t('registration.results')}>
          {items.map((y) => (
            <List.Item key={y.id}>
              <Group gap="sm" wrap="nowrap">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconUserPlus size={14} aria-hidden />}
                  disabled={registered.has(y.id) || saving}
                  onClick={() => onRegister([y.id])}
                  aria-label={t(
                    registered.has(y.id) ? 'registration.alreadyOne' : 'registration.registerOne',
                    {
                      name: nameOf(y),
                    },
                  )}
                >
                  {registered.has(y.id) ? t('registration.already') : t('registration.register')}
                </Button>
                <Text>
                  {nameOf(y)}
                  <Text span c="gray.8" size="sm">
                    {' '}
                    {formatDate(y.birthDate)}
                  </Text>
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {open.length > 1 && (
        <Button
          variant="default"
          w="fit-content"
          loading={saving}
          onClick={() => onRegister(open.map((y) => y.id))}
        >
          {t('registration.registerAll', { count: open.length })}
        </Button>
      )}
    </Stack>
  );
}
