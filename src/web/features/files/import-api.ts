import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportInvalidProblem, ImportMode, ImportReport } from '../../../shared/contracts/files';
import type { ImportWarning } from '../../../shared/contracts/journal-files';
import { ApiError } from '../../lib/api';
import { uploadFile } from './upload';

/** What can be imported from a file. */
export type ImportTarget = 'staff' | 'centres' | 'journal' | 'youth';

/** The youth list's report adds possible duplicates (same names and birth date) as warnings. */
export type AnyImportReport = ImportReport & { warnings?: ImportWarning[] };

/** An import answer: a commit with bad rows is a 422 problem carrying the same report as a dry run. */
function reportOf(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.problem.code !== 'import_invalid') return null;
  return (error.problem as unknown as Partial<ImportInvalidProblem>).report ?? null;
}

export const templateUrl = (target: ImportTarget, format: 'xlsx' | 'csv') =>
  `/api/v1/${target}/import-template?format=${format}`;

/** Uploads a file for a dry run or a commit, tracking the upload's progress and the checking phase. */
export function useImportUpload(target: ImportTarget) {
  const qc = useQueryClient();
  const [progress, setProgress] = useState(0);
  const [checking, setChecking] = useState(false);
  const mutation = useMutation({
    mutationFn: async ({ file, mode }: { file: File; mode: ImportMode }) => {
      setProgress(0);
      setChecking(false);
      try {
        return await uploadFile<AnyImportReport>(`/api/v1/${target}/import?mode=${mode}`, file, {
          onProgress: setProgress,
          onUploaded: () => setChecking(true),
        });
      } catch (error) {
        // Someone changed the data between the dry run and the commit: show the new report.
        const report = reportOf(error);
        if (report) return report;
        throw error;
      } finally {
        setChecking(false);
      }
    },
    onSuccess: (report) => {
      if (report.mode === 'commit' && report.ok)
        for (const key of ['registry', 'journal', 'youth']) qc.invalidateQueries({ queryKey: [key] });
    },
  });
  return { ...mutation, progress, checking };
}
