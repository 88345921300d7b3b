import { z } from 'zod';

export { meResponse } from '../../../shared/api/me.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const activeUnitBody = z.strictObject({ unitId: z.uuid() });
export const localeBody = z.strictObject({ locale: z.enum(['sv', 'en']) });

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
