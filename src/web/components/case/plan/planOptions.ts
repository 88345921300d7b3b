import type { Organisations, SipDetail } from '../../../../shared/api/responses.js';
import type { Option } from '../../shared/fields.js';
import { isPrincipal, type UnitInfo } from '../units.js';

/**
 * The principals that can hold the overall responsibility: the regions and municipalities taking part, and the
 * one already chosen even if it no longer takes part, so a saved choice is never silently lost.
 */
export function principalOptions(
  sip: SipDetail,
  organisations: Organisations | undefined,
  chosen: string | null,
  kindName: (kind: UnitInfo['organisationKind']) => string,
): Option[] {
  const options = new Map<string, string>();
  for (const unit of [sip.convener, ...sip.participants]) {
    if (isPrincipal(unit.organisationKind)) {
      options.set(unit.organisationId, `${unit.organisationName} (${kindName(unit.organisationKind)})`);
    }
  }
  const known = organisations?.find((organisation) => organisation.id === chosen);
  if (chosen && known && !options.has(chosen)) options.set(chosen, `${known.name} (${kindName(known.kind)})`);
  return [...options].map(([value, label]) => ({ value, label }));
}
