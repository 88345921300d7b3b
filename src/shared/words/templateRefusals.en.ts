import type { TemplateRefusalMessages } from './templateRefusals.sv.js';

export const templateRefusalsEn: TemplateRefusalMessages = {
  unknownTemplate: 'The template does not exist.',
  targetGroupTaken:
    'The target group already has the template “{{name}}”. Remove the target group there first.',
  staleTemplate:
    'Someone else changed the template after you opened it. Load the current version and make your change there.',
};
