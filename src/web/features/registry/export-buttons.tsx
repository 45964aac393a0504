import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './registry-api';

/** Download links for the list in XLSX and CSV with the filters currently applied. */
export function ExportButtons({
  list,
  filter,
}: {
  list: 'centres' | 'staff';
  filter: Record<string, unknown>;
}) {
  const { t } = useTranslation('registry');
  return (
    <Group gap="xs">
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(list, format, filter)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
