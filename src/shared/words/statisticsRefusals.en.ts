import type { StatisticsRefusalMessages } from './statisticsRefusals.sv.js';

export const statisticsRefusalsEn: StatisticsRefusalMessages = {
  outsideScope:
    'You may only see statistics for what you are responsible for: a manager for their unit, an administrator for their organisation.',
  oneDimension:
    'Across organisations you can choose one of target group, age band and sex at a time, so that nobody can be worked out from small counts.',
};
