import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { inTransaction } from '../../db/transaction.js';
import type { AppContext } from '../context.js';
import { findCarePlans, type FoundCarePlans } from './carePlans.js';
import { clientCheck } from './clientCheck.js';
import { logConsumerReads } from './consumerReads.js';
import {
  carePlansPerAnswerMax,
  getCarePlansPath,
  originalConsumerHeader,
  requestBodyLimitBytes,
} from './contract.js';
import { carePlanSearch, readGetCarePlans } from './getCarePlansRequest.js';
import { getCarePlansResponse, type Result } from './getCarePlansResponse.js';
import { InvalidRequest, said, SoapRefusal } from './refusals.js';
import { readSoapRequest, soapEnvelope, soapFault } from './soapEnvelope.js';

const noPlans: FoundCarePlans = { documents: [], carePlans: [], more: false };

/**
 * The GetCarePlans 2 producer (decision 0039): `POST /rivta/GetCarePlans/2`, SOAP 1.1 over mutual TLS, for NPÖ and
 * 1177 Journal through the national platform. Outside the JSON API: no staff session, no CSRF token, not in the
 * OpenAPI document; the caller is known by its client certificate. Not registered at all unless configured, so
 * the address answers 404 like any other unknown one.
 */
export function rivtaRoutes(app: FastifyInstance, context: AppContext): void {
  const config = context.config.rivta;
  if (!config) return;
  const db = context.database.db;
  const callerOf = clientCheck(config, context.config.trustProxy);

  void app.register((scope, _options, done) => {
    // Only here: a SOAP 1.1 message is text/xml; the JSON API keeps accepting JSON only.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('text/xml', { parseAs: 'string' }, (_request, body, parsed) =>
      parsed(null, body),
    );
    scope.setErrorHandler((error: FastifyError, request, reply) => answerFault(error, request, reply));

    scope.post(
      getCarePlansPath,
      { config: { access: 'public' }, schema: { hide: true }, bodyLimit: requestBodyLimitBytes },
      async (request, reply) => {
        const logId = uuidv7();
        const caller = callerOf(request);
        const soap = readSoapRequest(request.body as string);
        const consumerHeader = request.headers[originalConsumerHeader];
        const consumer = {
          name: typeof consumerHeader === 'string' && consumerHeader.trim() ? consumerHeader.trim() : caller,
          clientAddress: request.ip,
        };
        let found = noPlans;
        let result: Result;
        try {
          const search = carePlanSearch(readGetCarePlans(soap), config);
          if (search)
            found = await inTransaction(db, async (trx) => {
              const plans = await findCarePlans(trx, search, config, carePlansPerAnswerMax);
              await logConsumerReads(trx, consumer, logId, plans.documents);
              return plans;
            });
          result = found.more
            ? {
                resultCode: 'INFO',
                logId,
                message: said((words) => words.moreThanSent, { max: carePlansPerAnswerMax }),
              }
            : { resultCode: 'OK', logId };
        } catch (error) {
          if (!(error instanceof InvalidRequest)) throw error;
          result = { resultCode: 'ERROR', errorCode: 'INVALID_REQUEST', logId, message: error.message };
        }
        // What was answered, to whom, under which logId: never whose plans they were.
        request.log.info(
          {
            logId,
            consumer: consumer.name,
            resultCode: result.resultCode,
            carePlans: found.carePlans.length,
          },
          'GetCarePlans answered',
        );
        return reply
          .type('text/xml; charset=utf-8')
          .send(soapEnvelope(getCarePlansResponse(found.carePlans, result)));
      },
    );
    done();
  });
}

/** Every refusal and failure as a SOAP fault, never the JSON API's problem document. */
function answerFault(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const refusal =
    error instanceof SoapRefusal
      ? error
      : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? new SoapRefusal('tooLarge', { limit: requestBodyLimitBytes })
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE'
          ? new SoapRefusal('mediaType')
          : null;
  if (refusal) {
    request.log.info({ fault: refusal.key }, 'GetCarePlans refused');
    return reply
      .code(refusal.httpStatus)
      .type('text/xml; charset=utf-8')
      .send(soapFault('Client', refusal.message));
  }
  const logId = uuidv7();
  request.log.error({ err: error, logId }, 'GetCarePlans failed');
  return reply
    .code(500)
    .type('text/xml; charset=utf-8')
    .send(
      soapFault(
        'Server',
        said((words) => words.faults.failed, { logId }),
      ),
    );
}
