import type { CodeRefusalMessages } from './codeRefusals.sv.js';

export const codeRefusalsEn: CodeRefusalMessages = {
  fileRefused:
    'The file was not loaded: {{count}} rows are wrong. Nothing changed. First problem, line {{line}}: {{first}}',
  tooLarge: 'The file is larger than {{megabytes}} MB. Split the code system or contact the administrators.',
  tooManyRows: 'The file has more than {{max}} codes.',
  empty: 'The file has no codes below its header row.',
  notUtf8: 'The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again.',
  header:
    'The first row must be the headers system, code, display (the code system’s URI, the code and the Swedish text), separated by commas or semicolons.',
  row: {
    unreadable: 'the row cannot be read as CSV ({{reason}}).',
    columns: 'the row has {{found}} fields; it must have 3 (system, code, display).',
    system: 'the code system’s URI is missing or not an absolute URI (such as http://… or urn:oid:…).',
    otherSystem:
      'the row belongs to the code system {{system}}, but the file began with {{first}}. A file loads one code system.',
    code: 'the code is missing, longer than 100 characters, or begins or ends with a space.',
    display: 'the Swedish text is missing or longer than 500 characters.',
    duplicate: 'the code {{code}} is already on line {{line}}.',
  },
  unknownCode: 'The code {{code}} in {{system}} is in no loaded code system. Remove it or choose another.',
};
