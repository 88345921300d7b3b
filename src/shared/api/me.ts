import { z } from 'zod';
import { organisationActions } from '../../domain/access/policy.js';
import { roles } from './vocabulary.js';

/** The signed-in user, their units and roles, and what each role may do: what the web's menus are built from. */
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
      role: z.enum(roles),
      /** What the user's role in this unit may do in its organisation (the access policy's organisation actions). */
      allowedActions: z.array(z.enum(organisationActions)),
    }),
  ),
  /** Whether the start page shows the first-time guide: until the user has closed it. */
  showFirstGuide: z.boolean(),
});

export type Me = z.infer<typeof meResponse>;

export const activeUnitBody = z.strictObject({ unitId: z.uuid() });
export const localeBody = z.strictObject({ locale: z.enum(['sv', 'en']) });
