import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of a PDF as `pdftotext -layout` (Debian poppler-utils) extracts it, row by row, with every run of
 * whitespace (no-break spaces of grouped numbers, line breaks inside table cells) as one space.
 * Throws a clear error when the tool is missing: the PDF tests must fail then, never skip.
 */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'jastar-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(
          'pdftotext is not installed: install the Debian package poppler-utils (.ci/run does)',
        );
      }
      throw error;
    }
    return text.replace(/\s+/gu, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
