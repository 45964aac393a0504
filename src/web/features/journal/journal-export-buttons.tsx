import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toQuery } from '../../lib/api';

/** The journal list's filters an export takes (the list's page and page size are not among them). */
export interface JournalExportFilter {
  from?: string | null;
  to?: string | null;
  centreId?: string | number | null;
  directionId?: string | number | null;
  serviceTypeId?: string | number | null;
  youthId?: string | number | null;
}

export const journalExportUrl = (format: 'xlsx' | 'csv', filter: JournalExportFilter) =>
  `/api/v1/journal/export${toQuery({
    format,
    from: filter.from,
    to: filter.to,
    centreId: filter.centreId,
    directionId: filter.directionId,
    serviceTypeId: filter.serviceTypeId,
    youthId: filter.youthId,
  })}`;

/**
 * Downloads of the journal of the caller's scope in XLSX and CSV with the list's filters applied.
 * The file never holds confidential notes; each download is audited.
 */
export function JournalExportButtons({ filter }: { filter: JournalExportFilter }) {
  const { t } = useTranslation('files');
  return (
    <Group gap="xs" role="group" aria-label={t('export.label')}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={journalExportUrl(format, filter)}
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
