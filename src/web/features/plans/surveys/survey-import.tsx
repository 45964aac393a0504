import { Alert, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportInvalidProblem, ImportMode, ImportReport } from '../../../../shared/contracts/files';
import { ApiError } from '../../../lib/api';
import { uploadFile } from '../../files/upload';
import { useRefreshSurvey } from './surveys-api';

/** Import of paper or other answers from XLSX/CSV into one survey: check first, then all rows or none. */
export function SurveyImport({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation('surveys');
  const refresh = useRefreshSurvey(surveyId);
  return (
    <ImportPanel
      url={`/api/v1/surveys/${surveyId}/import`}
      title={t('detail.import')}
      help={t('importForm.help')}
      done={(count) => t('importForm.done', { count })}
      onImported={refresh}
    />
  );
}

/**
 * A file import in two steps: check the file (every bad row listed with its reason), then import
 * all rows or none. `url` takes `?mode=dry-run|commit`.
 */
export function ImportPanel({
  url,
  title,
  help,
  done,
  onImported,
}: {
  url: string;
  title: string;
  help: string;
  done: (count: number) => string;
  onImported: () => void;
}) {
  const { t } = useTranslation('surveys');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (mode: ImportMode) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await uploadFile<ImportReport>(`${url}?mode=${mode}`, file, {
        onProgress: () => {},
        onUploaded: () => {},
      });
      setReport(answer);
      if (mode === 'commit') {
        setFile(null);
        onImported();
      }
    } catch (error) {
      const invalid =
        error instanceof ApiError && error.problem.code === 'import_invalid'
          ? (error.problem as unknown as ImportInvalidProblem).report
          : null;
      if (invalid) setReport(invalid);
      else setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Text size="sm" c="gray.8">
        {help}
      </Text>
      <Group align="flex-end">
        <FileInput
          label={t('importForm.file')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
          }}
          clearable
          w={320}
        />
        <Button variant="default" disabled={!file} loading={busy} onClick={() => run('dry-run')}>
          {t('importForm.check')}
        </Button>
        <Button
          disabled={!file || !report?.ok || report.mode !== 'dry-run'}
          loading={busy}
          onClick={() => run('commit')}
        >
          {t('importForm.commit')}
        </Button>
      </Group>
      {problem && <Alert color="red">{problem}</Alert>}
      {report?.ok && report.mode === 'dry-run' && (
        <Alert color="blue">{t('importForm.ok', { count: report.validRows })}</Alert>
      )}
      {report?.ok && report.mode === 'commit' && <Alert color="green">{done(report.created)}</Alert>}
      {report && !report.ok && (
        <>
          <Alert color="red">{t('importForm.bad', { count: report.invalidRows })}</Alert>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('importForm.row')}</Table.Th>
                <Table.Th scope="col">{t('importForm.column')}</Table.Th>
                <Table.Th scope="col">{t('importForm.reason')}</Table.Th>
                <Table.Th scope="col">{t('importForm.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.field}`}>
                  <Table.Td>{e.row ?? '—'}</Table.Td>
                  <Table.Td>{e.column ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                  <Table.Td>{e.value ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
