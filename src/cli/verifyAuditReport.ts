import type { AccessLogVerification } from '../server/audit/verifyAudit.js';

/**
 * What `samplan verify-audit` prints: a line per chain, then the total. An intact chain's line ends with its
 * last seq and hash — kept elsewhere, these lines let a later run notice entries removed from a chain's end.
 */
export function verificationReport(result: AccessLogVerification): string {
  const lines = result.chains.map((chain) =>
    chain.ok
      ? `Chain ${chain.chain}: intact, ${chain.entries} entries. Last entry: seq ${chain.head.seq}, hash ${chain.head.hash}.`
      : `Chain ${chain.chain}: NOT intact: first bad entry seq ${chain.firstBad.seq} (${chain.firstBad.problem}). ${chain.message}`,
  );
  const chains = result.chains.length;
  const broken = result.chains.filter((chain) => !chain.ok).length;
  lines.push(
    result.ok
      ? `Access log intact: ${result.entries} entries in ${chains} ${chains === 1 ? 'chain' : 'chains'}.`
      : `Access log NOT intact: ${broken} of ${chains} chains broken.`,
  );
  return lines.join('\n');
}
