import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ImportReport } from '../../../shared/contracts/files';
import { problemBody } from '../http/problem';
import { attachmentDisposition } from './content-disposition';

/** A generated file (export or template) ready to download. */
export interface DownloadFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  asciiFileName: string;
}

/** Sends a generated file as a download that no cache keeps (exports hold personal data). */
export function sendFile(reply: FastifyReply, file: DownloadFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName, file.asciiFileName))
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** Sends an import's report; a commit with bad rows is a 422 problem carrying the same report a dry run gives. */
export function sendImportReport(request: FastifyRequest, reply: FastifyReply, report: ImportReport) {
  if (report.mode === 'commit' && !report.ok) {
    return reply
      .status(422)
      .type('application/problem+json')
      .send({ ...problemBody(request, 'import_invalid'), status: 422, code: 'import_invalid', report });
  }
  return reply.send(report);
}
