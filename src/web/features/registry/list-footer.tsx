import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** i18n key (registry namespace) of the count line, with plural forms, e.g. `centres.found`. */
  countKey: string;
}

/** "Found N …" and the page switcher under a list. */
export function ListFooter({ total, page, pageSize, onPage, countKey }: Props) {
  const { t } = useTranslation('registry');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" aria-live="polite">
        {t(countKey, { count: total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({
            'aria-label': t(`list.${control}`),
          })}
          getItemProps={(p) => ({ 'aria-label': t('list.page', { page: p }) })}
        />
      )}
    </Group>
  );
}
