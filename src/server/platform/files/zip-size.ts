// Reads the sizes a zip file declares for its entries from the central directory at its end,
// so an XLSX that would inflate to gigabytes (a "zip bomb") is refused before anything is unpacked.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** Sizes kept in zip64 records: too large for a registry upload anyway. */
const ZIP64 = Number.POSITIVE_INFINITY;

/**
 * Total uncompressed size the zip declares, in bytes; Infinity for zip64; undefined when there is
 * no readable directory (not a zip at all: the reader then refuses it as an unsupported file).
 */
export function declaredUnzippedSize(zip: Buffer): number | undefined {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const from = Math.max(0, zip.length - 22 - 65_535);
  let end = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const size = zip.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return ZIP64;
    total += size;
    offset +=
      46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}
