import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pickLocale } from '../../../../shared/i18n';
import { toQuery } from '../../../lib/api';

/** Where a plan's document downloads: PDF or XLSX, in a language, of a version (current when absent). */
export const planDocumentUrl = (
  planId: number,
  format: 'pdf' | 'xlsx',
  lang: string,
  version?: number | null,
) => `/api/v1/plans/${planId}/document.${format}${toQuery({ lang, version })}`;

/**
 * Downloads of a plan as a document: the PDF in Kazakh or in Russian, and the XLSX in the screen's
 * language. Each download is audited on the server.
 */
export function PlanDocumentButtons({ planId, version }: { planId: number; version?: number | null }) {
  const { t, i18n } = useTranslation('plan-documents');
  const downloads = [
    { key: 'pdfKk', href: planDocumentUrl(planId, 'pdf', 'kk', version) },
    { key: 'pdfRu', href: planDocumentUrl(planId, 'pdf', 'ru', version) },
    { key: 'xlsx', href: planDocumentUrl(planId, 'xlsx', pickLocale([i18n.language]), version) },
  ] as const;
  return (
    <Group gap="xs" role="group" aria-label={t('download.label')}>
      {downloads.map((d) => (
        <Button
          key={d.key}
          component="a"
          href={d.href}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t(`download.${d.key}`)}
        </Button>
      ))}
    </Group>
  );
}
