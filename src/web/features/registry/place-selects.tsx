import type { SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/localized';
import { ListSelect } from '../../ui/list-select';
import { useDistricts, useRegions } from './registry-api';

type Props = Omit<SelectProps, 'data'>;

/** Region picker over the regions the user may see (a regional user has only theirs). */
export function RegionSelect(props: Props) {
  const { t, i18n } = useTranslation('registry');
  const regions = useRegions();
  const data = (regions.data ?? [])
    .map((r) => ({ value: r.code, label: localized(r.name, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return <ListSelect label={t('field.region')} searchable data={data} {...props} />;
}

/** District/city picker of one region; disabled until a region is chosen. */
export function DistrictSelect({ regionCode, ...props }: Props & { regionCode: string | null | undefined }) {
  const { t, i18n } = useTranslation('registry');
  const districts = useDistricts(regionCode);
  const data = (districts.data ?? [])
    .map((d) => ({ value: String(d.id), label: localized(d.name, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return <ListSelect label={t('field.district')} searchable disabled={!regionCode} data={data} {...props} />;
}
