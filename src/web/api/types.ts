export type { Role } from '../../shared/api/vocabulary.js';

export type { Me } from '../../shared/api/me.js';
