import { Button, Paper } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-current-user';
import { ImportPanel } from './surveys/survey-import';

/** National users' import of indicator figures from XLSX/CSV, behind a button on the indicators page. */
export function IndicatorsImport() {
  const { t } = useTranslation('surveys');
  const role = useCurrentUser().data?.role;
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  if (role !== 'national' && role !== 'admin') return null;
  if (!open)
    return (
      <Button variant="default" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('indicatorImport.button')}
      </Button>
    );
  return (
    <Paper withBorder p="md">
      <ImportPanel
        url="/api/v1/indicators/import"
        title={t('indicatorImport.title')}
        help={t('indicatorImport.help')}
        done={(count) => t('indicatorImport.done', { count })}
        onImported={() => qc.invalidateQueries({ queryKey: ['indicators'] })}
      />
    </Paper>
  );
}
