import type { SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/localized';
import { ListSelect } from '../../ui/list-select';
import { useCentre, useCentres } from './registry-api';

type Props = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange'> & {
  regionCode?: string | null;
  districtId?: string | null;
};

/**
 * Centre picker that searches the server as the user types (the country has more centres than
 * one page holds); the chosen centre keeps its name even when it is not in the current results.
 */
export function CentreSelect({ regionCode, districtId, value, ...props }: Props) {
  const { t, i18n } = useTranslation('registry');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const chosen = useCentre(value ? Number(value) : 0);
  const chosenLabel = chosen.data ? localized(chosen.data.name, i18n.language) : undefined;
  // While the input shows the chosen centre's name, list everything rather than only that name.
  const query = q && q !== chosenLabel ? q : undefined;
  const list = useCentres({
    q: query,
    regionCode: regionCode ?? undefined,
    districtId: districtId ? Number(districtId) : undefined,
    pageSize: 50,
    sort: 'name',
  });
  const data = (list.data?.items ?? []).map((c) => ({
    value: String(c.id),
    label: localized(c.name, i18n.language),
  }));
  if (value && chosenLabel && !data.some((d) => d.value === value))
    data.unshift({ value, label: chosenLabel });
  return (
    <ListSelect
      label={t('field.centre')}
      searchable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('list.emptyTitle')}
      filter={({ options }) => options}
      {...props}
    />
  );
}
