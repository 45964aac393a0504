import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { formatNumber } from '../../lib/localized';
import { useCurrentUser } from '../auth/use-current-user';
import { can } from '../registry/permissions';
import { TableCaption } from '../registry/table-caption';
import { type AnyImportReport, type ImportTarget, templateUrl, useImportUpload } from './import-api';

const IMPORTERS = ['national', 'regional', 'center_manager', 'admin'];
const ROW_ERRORS_SHOWN = 500;

/**
 * /import: upload a staff, centre, journal or youth list file (`?target=` preselects one), see every
 * bad row from a dry run (and possible duplicates of a youth list), and import only after the user
 * confirms a clean file. Nothing is written until the commit.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation('registry');
  const { t: tf } = useTranslation('files');
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const [target, setTarget] = useState<ImportTarget>(() => {
    const asked = params.get('target');
    return asked === 'journal' || asked === 'youth' || asked === 'centres' ? asked : 'staff';
  });
  const [file, setFile] = useState<File | null>(null);
  const mayImportCentres = me.data ? can.importCentres(me.data.role) : false;
  // A link may ask for centres; only national and admin users import them.
  const shownTarget: ImportTarget = target === 'centres' && !mayImportCentres ? 'staff' : target;
  const upload = useImportUpload(shownTarget);
  const [dryRun, setDryRun] = useState<AnyImportReport | null>(null);
  const [committed, setCommitted] = useState<AnyImportReport | null>(null);

  if (!me.data) return null;
  if (!IMPORTERS.includes(me.data.role)) return <NotFoundPage />;
  const targets: { value: ImportTarget; label: string }[] = [
    { value: 'staff', label: t('import.target.staff') },
    ...(mayImportCentres ? [{ value: 'centres' as const, label: t('import.target.centres') }] : []),
    { value: 'journal', label: tf('import.target.journal') },
    { value: 'youth', label: tf('import.target.youth') },
  ];
  const warnings = dryRun?.warnings ?? [];
  const n = (v: number) => formatNumber(v, i18n.language);

  const reset = () => {
    setDryRun(null);
    setCommitted(null);
    upload.reset();
  };
  const run = (mode: 'dry-run' | 'commit') => {
    if (!file) return;
    upload.mutate(
      { file, mode },
      {
        onSuccess: (report) =>
          report.mode === 'commit' && report.ok ? setCommitted(report) : setDryRun(report),
      },
    );
  };
  const failure = upload.error instanceof ApiError ? upload.error.problem : null;

  return (
    <Stack maw={1000}>
      <Title order={1}>{t('import.title')}</Title>
      <Text>{t('import.intro')}</Text>

      <Paper withBorder p="md">
        <Stack>
          <div>
            <Text component="label" id="import-target" fw={500} size="sm" display="block" mb={4}>
              {t('import.what')}
            </Text>
            <SegmentedControl
              aria-labelledby="import-target"
              value={shownTarget}
              onChange={(v) => {
                setTarget(v as ImportTarget);
                reset();
              }}
              data={targets}
            />
          </div>
          {(shownTarget === 'journal' || shownTarget === 'youth') && (
            <Text size="sm">{tf(`import.${shownTarget}Hint`)}</Text>
          )}
          <Group gap="xs">
            <Text size="sm">{t('import.templateHint')}</Text>
            {(['xlsx', 'csv'] as const).map((format) => (
              <Anchor key={format} href={templateUrl(shownTarget, format)} download size="sm">
                <Group gap={4} component="span">
                  <IconDownload size={14} aria-hidden />
                  {t(`import.template.${format}`)}
                </Group>
              </Anchor>
            ))}
          </Group>
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            placeholder={t('import.choose')}
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': t('import.clearFile') }}
            value={file}
            onChange={(f) => {
              setFile(f);
              reset();
            }}
          />
          <Group>
            <Button
              onClick={() => run('dry-run')}
              disabled={!file || upload.isPending}
              loading={upload.isPending && !dryRun}
            >
              {t('import.check')}
            </Button>
          </Group>

          {upload.isPending && (
            <div aria-live="polite">
              {upload.checking ? (
                <>
                  <Text size="sm" mb={4}>
                    {t('import.checking')}
                  </Text>
                  <Progress value={100} striped animated aria-label={t('import.checking')} />
                </>
              ) : (
                <>
                  <Text size="sm" mb={4}>
                    {t('import.uploading', { percent: upload.progress })}
                  </Text>
                  <Progress
                    value={upload.progress}
                    aria-label={t('import.uploading', { percent: upload.progress })}
                  />
                </>
              )}
            </div>
          )}

          {failure && (
            <Alert color="red" role="alert" title={failure.title}>
              {failure.detail}
            </Alert>
          )}
        </Stack>
      </Paper>

      {dryRun && !committed && (
        <Paper withBorder p="md" component="section" aria-labelledby="import-check">
          <Stack>
            <Title order={2} size="h3" id="import-check">
              {t('import.result')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Count label={t('import.rowsTotal')} value={n(dryRun.totalRows)} />
              <Count label={t('import.rowsValid')} value={n(dryRun.validRows)} />
              <Count
                label={t('import.rowsInvalid')}
                value={n(dryRun.invalidRows)}
                danger={dryRun.invalidRows > 0}
              />
            </SimpleGrid>
            {dryRun.ignoredColumns.length > 0 && (
              <Text size="sm">
                {t('import.ignoredColumns', { columns: dryRun.ignoredColumns.join(', ') })}
              </Text>
            )}
            {warnings.length > 0 && (
              <Table.ScrollContainer minWidth={600}>
                <Table striped withTableBorder captionSide="top">
                  <TableCaption>
                    {`${tf('import.warnings', { count: warnings.length })}: ${tf('import.warningsCaption')}`}
                  </TableCaption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('import.row')}</Table.Th>
                      <Table.Th>{t('import.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {warnings.slice(0, ROW_ERRORS_SHOWN).map((w) => (
                      <Table.Tr key={`${w.row}-${w.message}`}>
                        <Table.Td>{w.row}</Table.Td>
                        <Table.Td>{w.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {dryRun.errors.length > 0 ? (
              <>
                <Alert
                  color="red"
                  title={
                    dryRun.invalidRows > 0
                      ? t('import.hasErrors', { count: dryRun.invalidRows })
                      : t('import.fileErrors')
                  }
                >
                  {t('import.fixAndRetry')}
                </Alert>
                <Table.ScrollContainer minWidth={600}>
                  <Table striped withTableBorder captionSide="top">
                    <TableCaption>{t('import.errorsCaption')}</TableCaption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('import.row')}</Table.Th>
                        <Table.Th>{t('import.column')}</Table.Th>
                        <Table.Th>{t('import.value')}</Table.Th>
                        <Table.Th>{t('import.reason')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {dryRun.errors.slice(0, ROW_ERRORS_SHOWN).map((e, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed report; one cell may have two reasons
                        <Table.Tr key={`${e.row}-${e.column}-${i}`}>
                          <Table.Td>{e.row ?? '—'}</Table.Td>
                          <Table.Td>{e.column ?? '—'}</Table.Td>
                          <Table.Td>{e.value ?? '—'}</Table.Td>
                          <Table.Td>{e.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {dryRun.errors.length > ROW_ERRORS_SHOWN && (
                  <Text size="sm">
                    {t('import.moreErrors', { count: dryRun.errors.length - ROW_ERRORS_SHOWN })}
                  </Text>
                )}
              </>
            ) : dryRun.totalRows === 0 ? (
              <Alert color="yellow">{t('import.emptyFile')}</Alert>
            ) : (
              <Group>
                <Text>{t('import.readyText')}</Text>
                <Button onClick={() => run('commit')} loading={upload.isPending}>
                  {t('import.commit', { count: dryRun.validRows })}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}

      {committed && (
        <Alert color="teal" icon={<IconCheck aria-hidden />} title={t('import.done')} role="status">
          {t('import.doneText', { count: committed.created })}
        </Alert>
      )}
    </Stack>
  );
}

function Count({ label, value, danger }: { label: string; value: string; danger?: boolean }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm">{label}</Text>
      <Text size="xl" fw={700} c={danger ? 'red.9' : undefined}>
        {value}
      </Text>
    </Paper>
  );
}
