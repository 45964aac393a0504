import { XLSX_CONTENT_TYPE } from '../../../platform/files';

/**
 * The content type of an evidence file judged by its first bytes (a name can say anything): PDF,
 * PNG, JPEG, or XLSX (a ZIP container named `.xlsx`). Undefined for anything else.
 */
export function evidenceType(file: Buffer, fileName: string): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((b, i) => file[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x50, 0x4b, 0x03, 0x04) && /\.xlsx$/i.test(fileName)) {
    return XLSX_CONTENT_TYPE;
  }
  return undefined;
}
