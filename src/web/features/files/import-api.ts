import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { uploadFile } from './upload';

/** What can be imported from a file. */
export type ImportTarget = 'staff' | 'centres';
export type ImportMode = 'dry-run' | 'commit';

/** One bad row as the server reports it; `message` is already in the user's language. */
export interface ImportRowError {
  row: number;
  column: string | null;
  field: string | null;
  code: string;
  message: string;
}

/** What a dry run or a commit answers. */
export interface ImportResult {
  total: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  errors: ImportRowError[];
}

/** Reads the server's answer leniently, so a renamed count does not break the page. */
function toResult(raw: Record<string, unknown>): ImportResult {
  const num = (...keys: string[]) => {
    for (const k of keys) if (typeof raw[k] === 'number') return raw[k] as number;
    return 0;
  };
  const errors = (raw.errors ?? raw.rowErrors ?? []) as ImportRowError[];
  const total = num('total', 'totalRows', 'rows');
  return {
    total,
    valid: num('valid', 'validRows', 'ok') || Math.max(0, total - new Set(errors.map((e) => e.row)).size),
    invalid: num('invalid', 'invalidRows') || new Set(errors.map((e) => e.row)).size,
    created: num('created', 'inserted', 'imported'),
    updated: num('updated'),
    errors,
  };
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
        const raw = await uploadFile<Record<string, unknown>>(`/api/v1/${target}/import?mode=${mode}`, file, {
          onProgress: setProgress,
          onUploaded: () => setChecking(true),
        });
        return { mode, result: toResult(raw ?? {}) };
      } finally {
        setChecking(false);
      }
    },
    onSuccess: ({ mode }) => {
      if (mode === 'commit') qc.invalidateQueries({ queryKey: ['registry'] });
    },
  });
  return { ...mutation, progress, checking };
}
