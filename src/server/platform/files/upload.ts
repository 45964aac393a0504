import type { FastifyRequest } from 'fastify';
import { invalidFields } from '../http/app-error';

/**
 * The one file of a multipart upload, read into memory (the multipart size limit answers 413).
 * A request without a file is a field error on `file`.
 */
export async function readUploadedFile(request: FastifyRequest): Promise<{ file: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw invalidFields([{ field: 'file', code: 'required' }]);
  const part = await request.file();
  if (!part) throw invalidFields([{ field: 'file', code: 'required' }]);
  const file = await part.toBuffer();
  if (file.length === 0) throw invalidFields([{ field: 'file', code: 'required' }]);
  return { file, fileName: part.filename };
}
