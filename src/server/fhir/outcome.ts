import type { LocalisedText } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { fhirRefusalsEn } from '../../shared/words/fhirRefusals.en.js';
import { fhirRefusalsSv, type FhirRefusalMessages } from '../../shared/words/fhirRefusals.sv.js';

const words = { sv: fhirRefusalsSv, en: fhirRefusalsEn };

/** The codes of R4's `issue-type` value set (required binding) that Samplan's refusals use. */
export type IssueType =
  | 'invalid'
  | 'structure'
  | 'required'
  | 'value'
  | 'security'
  | 'login'
  | 'forbidden'
  | 'not-supported'
  | 'not-found'
  | 'conflict'
  | 'business-rule'
  | 'processing'
  | 'exception'
  | 'transient';

export type RefusalStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 412 | 415 | 422 | 500 | 503;

/**
 * A refusal of the FHIR API: the HTTP status, the issue's code, and the text in Swedish and English. The plugin
 * answers every one as an OperationOutcome; `headers` carries what the status needs beside the body
 * (WWW-Authenticate on 401 and 403 for a bearer token).
 */
export class FhirError extends Error {
  constructor(
    readonly status: RefusalStatus,
    readonly issueType: IssueType,
    readonly text: LocalisedText,
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en);
    this.name = 'FhirError';
  }
}

type WordKey = {
  [K in keyof FhirRefusalMessages]: FhirRefusalMessages[K] extends string ? K : never;
}[keyof FhirRefusalMessages];

/** What fills a sentence's placeholders: a name or number, or a part said in both languages itself. */
export type Filling = Record<string, string | number | LocalisedText>;

/** One of the FHIR refusals' sentences in both languages, its placeholders filled. */
export function said(key: WordKey, values: Filling = {}): LocalisedText {
  return bothLanguages(words, (list, language) =>
    fill(
      list[key],
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'object' ? value[language] : value,
        ]),
      ),
    ),
  );
}

export function fhirError(
  status: RefusalStatus,
  issueType: IssueType,
  key: WordKey,
  values: Filling = {},
): FhirError {
  return new FhirError(status, issueType, said(key, values));
}

/** A search or address the API cannot read: 400, the issue's text naming what is wrong. */
export function invalidSearch(key: WordKey, values: Filling = {}): FhirError {
  return fhirError(400, 'invalid', key, values);
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: {
    severity: 'error' | 'fatal';
    code: IssueType;
    details: { text: string };
    diagnostics: string;
  }[];
}

/**
 * The refusal as R4 says one: one issue, its details in the reader's language and the other language in
 * `diagnostics`, so a client program logs both and a person reads the one they asked for.
 */
export function operationOutcome(
  issueType: IssueType,
  text: LocalisedText,
  language: 'sv' | 'en',
): OperationOutcome {
  const other = language === 'sv' ? 'en' : 'sv';
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: issueType === 'exception' ? 'fatal' : 'error',
        code: issueType,
        details: { text: text[language] },
        diagnostics: text[other],
      },
    ],
  };
}
