import { z } from 'zod';
import { roles } from '../../../shared/api/vocabulary.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const roleSchema = z.enum(roles);

export const meResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  locale: z.enum(['sv', 'en']),
  activeUnitId: z.uuid().nullable(),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      organisationId: z.uuid(),
      organisationName: z.string(),
      organisationKind: z.enum(['region', 'municipality', 'other']),
      role: roleSchema,
    }),
  ),
  /** Whether the start page shows the first-time guide: until the user has closed it. */
  showFirstGuide: z.boolean(),
});

export const activeUnitBody = z.strictObject({ unitId: z.uuid() });
export const localeBody = z.strictObject({ locale: z.enum(['sv', 'en']) });

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
