import type { Messages } from './messages.js';

/** Swedish words of the refusals of a statistics report; statisticsRefusals.en.ts mirrors every key. */
export const statisticsRefusalsSv = {
  outsideScope:
    'Du får bara se statistik för det du ansvarar för: chefen för sin enhet, administratören för sin organisation.',
  oneDimension:
    'Över organisationsgränser går det att välja en sak i taget av målgrupp, åldersgrupp och kön, så att ingen kan räknas fram ur små tal.',
};

export type StatisticsRefusalMessages = Messages<typeof statisticsRefusalsSv>;
