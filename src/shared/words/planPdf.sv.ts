/**
 * Words of the plan as a PDF that the print view (`start.print`) does not have. The PDF is in Swedish whoever
 * downloads it (decision 0037): the document is the plan, written in Swedish, and an archive keeps one language.
 */
export const planPdfSv = {
  title: 'Samordnad individuell plan {{caseNumber}}, version {{version}}',
  footer: 'Ärende {{caseNumber}} · sida {{page}} av {{pages}}',
  establishedBy: 'Fastställd av {{name}}, {{unit}}',
  fact: '{{label}}: {{value}}',
  /** Whose copy the file is: the individual's, or a unit's that takes part. */
  copyForPerson: 'Exemplar för den enskilde',
  copyForUnit: 'Exemplar för {{unit}}',
  /** The codes the needs, a goal or an effort carry, after the free text: each as "d450 Gå". */
  code: 'Kod: {{codes}}',
  codes: 'Koder: {{codes}}',
  coding: '{{code}} {{display}}',
  dateTime: '{{date}} kl. {{time}}',
};
