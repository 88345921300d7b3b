import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { enCatalogue, svCatalogue } from './catalogue.js';
import { accessRefusalsEn } from './accessRefusals.en.js';
import { accessRefusalsSv } from './accessRefusals.sv.js';
import { childViewTextEn } from './childViewText.en.js';
import { childViewTextSv } from './childViewText.sv.js';
import { configurationEn } from './configuration.en.js';
import { configurationSv } from './configuration.sv.js';
import { consentRefusalsEn } from './consentRefusals.en.js';
import { consentRefusalsSv } from './consentRefusals.sv.js';
import { deviationRefusalsEn } from './deviationRefusals.en.js';
import { deviationRefusalsSv } from './deviationRefusals.sv.js';
import { dischargeRefusalsEn } from './dischargeRefusals.en.js';
import { dischargeRefusalsSv } from './dischargeRefusals.sv.js';
import { fieldNamesEn } from './fieldNames.en.js';
import { fieldNamesSv } from './fieldNames.sv.js';
import { feedbackRefusalsEn } from './feedbackRefusals.en.js';
import { feedbackRefusalsSv } from './feedbackRefusals.sv.js';
import { guestMailEn } from './guestMail.en.js';
import { guestMailSv } from './guestMail.sv.js';
import { guestRefusalsEn } from './guestRefusals.en.js';
import { guestRefusalsSv } from './guestRefusals.sv.js';
import { guidanceRefusalsEn } from './guidanceRefusals.en.js';
import { guidanceRefusalsSv } from './guidanceRefusals.sv.js';
import { identityRefusalsEn } from './identityRefusals.en.js';
import { identityRefusalsSv } from './identityRefusals.sv.js';
import { invitationRefusalsEn } from './invitationRefusals.en.js';
import { invitationRefusalsSv } from './invitationRefusals.sv.js';
import { meetingRefusalsEn } from './meetingRefusals.en.js';
import { meetingRefusalsSv } from './meetingRefusals.sv.js';
import { personNoticesEn } from './personNotices.en.js';
import { personNoticesSv } from './personNotices.sv.js';
import { personRefusalsEn } from './personRefusals.en.js';
import { personRefusalsSv } from './personRefusals.sv.js';
import { planPdfRefusalsEn } from './planPdfRefusals.en.js';
import { planPdfRefusalsSv } from './planPdfRefusals.sv.js';
import { planRefusalsEn } from './planRefusals.en.js';
import { planRefusalsSv } from './planRefusals.sv.js';
import { presentedNamesEn } from './presentedNames.en.js';
import { presentedNamesSv } from './presentedNames.sv.js';
import { problemsEn } from './problems.en.js';
import { problemsSv } from './problems.sv.js';
import { searchRefusalsEn } from './searchRefusals.en.js';
import { searchRefusalsSv } from './searchRefusals.sv.js';
import { settingsRefusalsEn } from './settingsRefusals.en.js';
import { settingsRefusalsSv } from './settingsRefusals.sv.js';
import { signInRefusalsEn } from './signInRefusals.en.js';
import { signInRefusalsSv } from './signInRefusals.sv.js';
import { statisticsRefusalsEn } from './statisticsRefusals.en.js';
import { statisticsRefusalsSv } from './statisticsRefusals.sv.js';
import { takingPartRefusalsEn } from './takingPartRefusals.en.js';
import { takingPartRefusalsSv } from './takingPartRefusals.sv.js';
import { templateRefusalsEn } from './templateRefusals.en.js';
import { templateRefusalsSv } from './templateRefusals.sv.js';
import { mailEn } from './mail.en.js';
import { mailSv } from './mail.sv.js';
import { refusalsEn } from './refusals.en.js';
import { refusalsSv } from './refusals.sv.js';

/** The areas only the server says, each by the name of its files (`<name>.sv.ts`, `<name>.en.ts`). */
const serverAreas = [
  // A mail's subject is Swedish / English and names the case once, in the Swedish.
  { name: 'mail', sv: mailSv, en: mailEn, englishMayOmit: true },
  { name: 'refusals', sv: refusalsSv, en: refusalsEn },
  { name: 'accessRefusals', sv: accessRefusalsSv, en: accessRefusalsEn },
  { name: 'childViewText', sv: childViewTextSv, en: childViewTextEn },
  { name: 'configuration', sv: configurationSv, en: configurationEn },
  { name: 'consentRefusals', sv: consentRefusalsSv, en: consentRefusalsEn },
  { name: 'deviationRefusals', sv: deviationRefusalsSv, en: deviationRefusalsEn },
  { name: 'dischargeRefusals', sv: dischargeRefusalsSv, en: dischargeRefusalsEn },
  { name: 'fieldNames', sv: fieldNamesSv, en: fieldNamesEn },
  { name: 'feedbackRefusals', sv: feedbackRefusalsSv, en: feedbackRefusalsEn },
  { name: 'guestMail', sv: guestMailSv, en: guestMailEn },
  { name: 'guestRefusals', sv: guestRefusalsSv, en: guestRefusalsEn },
  { name: 'guidanceRefusals', sv: guidanceRefusalsSv, en: guidanceRefusalsEn },
  { name: 'identityRefusals', sv: identityRefusalsSv, en: identityRefusalsEn },
  { name: 'invitationRefusals', sv: invitationRefusalsSv, en: invitationRefusalsEn },
  { name: 'meetingRefusals', sv: meetingRefusalsSv, en: meetingRefusalsEn },
  { name: 'presentedNames', sv: presentedNamesSv, en: presentedNamesEn },
  { name: 'personNotices', sv: personNoticesSv, en: personNoticesEn },
  { name: 'personRefusals', sv: personRefusalsSv, en: personRefusalsEn },
  { name: 'planRefusals', sv: planRefusalsSv, en: planRefusalsEn },
  { name: 'planPdfRefusals', sv: planPdfRefusalsSv, en: planPdfRefusalsEn },
  { name: 'problems', sv: problemsSv, en: problemsEn },
  { name: 'searchRefusals', sv: searchRefusalsSv, en: searchRefusalsEn },
  { name: 'settingsRefusals', sv: settingsRefusalsSv, en: settingsRefusalsEn },
  { name: 'signInRefusals', sv: signInRefusalsSv, en: signInRefusalsEn },
  { name: 'statisticsRefusals', sv: statisticsRefusalsSv, en: statisticsRefusalsEn },
  { name: 'takingPartRefusals', sv: takingPartRefusalsSv, en: takingPartRefusalsEn },
  { name: 'templateRefusals', sv: templateRefusalsSv, en: templateRefusalsEn },
];

/** Every word list in both languages: the web's catalogue, and the areas only the server says. */
const areas = [{ name: 'web', sv: svCatalogue, en: enCatalogue, englishMayOmit: false }, ...serverAreas];

/** Each text of a word list by its dotted key. */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const entries: [string, unknown][] = Object.entries(tree);
  for (const [key, value] of entries) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [inner, text] of leaves(value, path)) found.set(inner, text);
    } else found.set(path, value);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the words in Swedish and English', () => {
  it.each(areas)(
    '$name: every key has a non-empty text in both languages, with the same placeholders',
    (area) => {
      const sv = leaves(area.sv);
      const en = leaves(area.en);
      expect([...en.keys()].sort()).toEqual([...sv.keys()].sort());
      for (const [key, svText] of sv) {
        const enText = en.get(key);
        expect(typeof svText === 'string' && svText.trim() !== '', `sv ${key}`).toBe(true);
        expect(typeof enText === 'string' && enText.trim() !== '', `en ${key}`).toBe(true);
        const english = placeholders(String(enText));
        const swedish = placeholders(String(svText));
        expect(english, `placeholders of ${key}`).toEqual(
          area.englishMayOmit ? swedish.filter((name) => english.includes(name)) : swedish,
        );
      }
    },
  );
});

const webRoot = join(import.meta.dirname, '../../web');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A key of a type the compiler knows: a string literal, or each member of a union of them; otherwise null. */
function literals(type: ts.Type): string[] | null {
  const members = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const member of members) {
    if (member.isStringLiteral()) values.push(member.value);
    else if (member.isNumberLiteral()) values.push(String(member.value));
    else return null;
  }
  return values;
}

/** The `t` functions that add a prefix to their keys: `const { t: p } = useTranslation('…', { keyPrefix: '…' })`. */
function prefixedFunctions(file: ts.SourceFile): Map<string, string> {
  const prefixes = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      node.initializer.expression.getText(file) === 'useTranslation'
    ) {
      const options = node.initializer.arguments[1];
      const keyPrefix =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText(file) === 'keyPrefix')
          : undefined;
      if (keyPrefix && ts.isPropertyAssignment(keyPrefix) && ts.isStringLiteral(keyPrefix.initializer)) {
        for (const element of node.name.elements) {
          if (element.propertyName?.getText(file) === 't')
            prefixes.set(element.name.getText(file), keyPrefix.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return prefixes;
}

/**
 * Every key the web's sources can name: each string (a whole key, or the start of a subtree read as objects), each
 * template string with each `${…}` taken as every value of its type's union, and each key given to a prefixed
 * `t`. A template that starts like a key but whose `${…}` is not a closed union is reported: its keys cannot be
 * known, and the compiler should have refused it.
 */
function keysInWebSources(): { named: Set<string>; untyped: string[] } {
  const files = sourceFiles(webRoot);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(webRoot, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram(files, config?.options ?? {});
  const checker = program.getTypeChecker();
  const areasOfWeb = new Set(Object.keys(svCatalogue));
  const named = new Set<string>();
  const untyped: string[] = [];
  for (const path of files) {
    const file = program.getSourceFile(path);
    if (!file) continue;
    const prefixed = prefixedFunctions(file);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) named.add(node.text);
      else if (ts.isTemplateExpression(node)) {
        let keys = [node.head.text];
        for (const span of node.templateSpans) {
          const values = literals(checker.getTypeAtLocation(span.expression));
          if (values === null) {
            if (areasOfWeb.has(node.head.text.split('.')[0] ?? '')) untyped.push(node.getText(file));
            keys = [];
            break;
          }
          keys = keys.flatMap((key) => values.map((value) => `${key}${value}${span.literal.text}`));
        }
        for (const key of keys) named.add(key);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const prefix = prefixed.get(node.expression.text);
        const key = node.arguments[0];
        if (prefix && key && ts.isStringLiteral(key)) named.add(`${prefix}.${key.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { named, untyped };
}

/** i18next reads `key_one`, `key_other` … for `t('key', { count })`. */
const pluralOf = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('no word of the web goes unused', () => {
  it('names every key of the catalogue somewhere in the web, literally or through a typed dynamic key', () => {
    const { named, untyped } = keysInWebSources();
    expect(untyped).toEqual([]);
    const isNamed = (key: string) => {
      const segments = pluralOf(key).split('.');
      // A key is used when it is named itself or a subtree above it is read whole (returnObjects).
      return segments.some((_, index) => named.has(segments.slice(0, index + 1).join('.')));
    };
    const unused = [...leaves(svCatalogue).keys()].filter((key) => !isNamed(key));
    expect(unused).toEqual([]);
  }, 120_000);
});

/** The server's own words are read by property; each text's name must appear where that area is imported. */
describe('no word of the server goes unused', () => {
  const serverSources = ['../../server', '../../domain', '../api']
    .map((folder) => join(import.meta.dirname, folder))
    .flatMap(sourceFiles)
    .map((path) => readFileSync(path, 'utf8'));
  it.each(serverAreas)(
    '$name: every text is read, by its name or by indexing the list it is in',
    ({ name, sv }) => {
      const readers = serverSources.filter((source) => source.includes(`/words/${name}.sv.js'`)).join('\n');
      const unread = [...leaves(sv).keys()].filter((key) => {
        const segments = key.split('.');
        // Read by name (`words.answer`), or as one of a list indexed by a value of a closed union (`words.step[command]`).
        return !segments.some(
          (segment, index) =>
            readers.includes(`.${segment}[`) ||
            (index === segments.length - 1 && new RegExp(`\\.${segment}\\b`).test(readers)),
        );
      });
      expect(unread).toEqual([]);
    },
  );
});
