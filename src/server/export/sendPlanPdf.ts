import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PlanPdfCopy } from './planVersionPdf.js';

/** The OpenAPI description of a plan version's PDF answer: bytes, `application/pdf`. */
export const pdfAnswer = {
  description: 'The plan version as a PDF/A-2a document, tagged for screen readers.',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};

/**
 * Sends a plan version's PDF as a download. The case number and version name the file, and a unit's copy says so;
 * the person never does. Never cached: it holds personal data.
 */
export function sendPlanPdf(
  reply: FastifyReply,
  row: { caseNumber: string; version: number },
  pdf: Buffer,
  copy: PlanPdfCopy,
): FastifyReply {
  const name = `${row.caseNumber}-v${row.version}${copy.kind === 'unit' ? '-enhet' : ''}.pdf`;
  return reply
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .type('application/pdf')
    .send(pdf);
}
