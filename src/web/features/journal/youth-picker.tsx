import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Youth } from '../../../shared/contracts/youth';
import { formatDate } from '../../lib/localized';
import { useYouthSearch } from './records-api';

/** "Lastname Firstname Middlename" of a young person. */
export const youthName = (y: Pick<Youth, 'lastName' | 'firstName' | 'middleName'>) =>
  [y.lastName, y.firstName, y.middleName].filter(Boolean).join(' ');

const shown = (y: Youth) => `${youthName(y)}, ${formatDate(y.birthDate)}`;

interface Props {
  value: Youth | null;
  onChange: (youth: Youth | null) => void;
  /** Called after a young person is picked with the keyboard or the pointer, to move on. */
  onPicked?: () => void;
  error?: string;
  disabled?: boolean;
  description?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Finds a young person in a few keystrokes: two or more letters of a name (or phone digits, or a
 * birth date dd.mm.yyyy) list matches with birth date and status; arrow keys and Enter pick one.
 * The parent remounts it (a new `key`) to start over with an empty box.
 */
export function YouthPicker({ value, onChange, onPicked, error, disabled, description, inputRef }: Props) {
  const { t } = useTranslation('journal');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ? shown(value) : '');
  const [q] = useDebouncedValue(search.trim(), 150);
  const searching = !value && q.length >= 2;
  const found = useYouthSearch(searching ? q : '');
  const items = searching && found.data && !found.isPlaceholderData ? found.data.items : [];

  // The first match is ready for Enter as soon as the list arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a new result arrives
  useEffect(() => {
    if (items.length) combobox.selectFirstOption();
  }, [found.data, found.isPlaceholderData]);

  const pick = (id: string) => {
    const youth = items.find((y) => String(y.id) === id);
    if (!youth) return;
    onChange(youth);
    setSearch(shown(youth));
    combobox.closeDropdown();
    onPicked?.();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick}>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          label={t('quick.youth')}
          description={description}
          placeholder={disabled ? t('list.unnamed') : t('quick.youthPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={searching && found.isFetching ? <Loader size="xs" aria-hidden /> : null}
          value={search}
          disabled={disabled}
          error={error}
          autoComplete="off"
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!searching || (found.isPending && !found.data)}>
        <Combobox.Options aria-label={t('quick.youthMatches')}>
          {items.map((y) => (
            <Combobox.Option value={String(y.id)} key={y.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={500}>
                  {youthName(y)}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{formatDate(y.birthDate)}</Text>
                  <Badge variant="default" size="sm">
                    {t(`youthStatus.${y.status}`)}
                  </Badge>
                </Group>
              </Group>
            </Combobox.Option>
          ))}
          {searching && !found.isPlaceholderData && found.data && items.length === 0 && (
            <Combobox.Empty>{t('quick.noYouth')}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
