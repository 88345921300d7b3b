/**
 * Words of the plan as a PDF that the print view (`start.print`) does not have. The PDF is in Swedish whoever
 * downloads it; whether its labels follow the reader's language is open (decision 0037).
 */
export const planPdfSv = {
  title: 'Samordnad individuell plan {{caseNumber}}, version {{version}}',
  footer: 'Ärende {{caseNumber}} · sida {{page}} av {{pages}}',
  establishedBy: 'Fastställd av {{name}}, {{unit}}',
  fact: '{{label}}: {{value}}',
};
