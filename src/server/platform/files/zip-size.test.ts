import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../http/app-error';
import { xlsxGrids } from './xlsx-grid';
import { declaredUnzippedSize } from './zip-size';

/** A one-entry zip whose central directory declares `declared` bytes for its content. */
function zipWith(content: Buffer, declared: number): Buffer {
  const name = Buffer.from('xl/big.xml');
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('zip bomb guard', () => {
  it('reads the unpacked size a real workbook declares', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Staff').addRow(['Тегі', 'Аты']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const size = declaredUnzippedSize(file);
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(1_000_000);
  });

  it('refuses a small upload that declares gigabytes, before unpacking it', async () => {
    const bomb = zipWith(Buffer.alloc(1024, 0x20), 4_000_000_000);
    expect(bomb.length).toBeLessThan(2000);
    expect(declaredUnzippedSize(bomb)).toBe(4_000_000_000);
    await expect(xlsxGrids(bomb)).rejects.toMatchObject({
      code: 'payload_too_large',
    } satisfies Partial<AppError>);
  });

  it('leaves a file without a zip directory to the reader, which calls it unsupported', async () => {
    const fake = Buffer.from('PK\u0003\u0004 not really a zip');
    expect(declaredUnzippedSize(fake)).toBeUndefined();
    await expect(xlsxGrids(fake)).rejects.toMatchObject({ code: 'unsupported_file' });
  });
});
