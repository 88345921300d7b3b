/**
 * The generator's seeded randomness. Everything made in JavaScript (the county, its units and users) draws from
 * `seededRandom`; everything made in bulk inside the database draws from `sqlDraw`, hashes of the seed and the
 * row. Both give the same data for the same seed on any machine and either database.
 */

/** mulberry32: small, fast and good enough for test data; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/**
 * SQL select-list items naming one md5 hash per four draws (`h0`, `h1` …) of the seed and the row's index. Draws
 * read them with `sqlDraw`, so a row's story can be told in any order, in any batch, and told again identically;
 * one hash gives four independent 32-bit draws, and hashing is most of the cost of telling a story.
 */
export function sqlHashes(seed: number, rowIndex: string, draws: number): string {
  return Array.from(
    { length: Math.ceil(draws / 4) },
    (_, hash) => `md5('${seed}:' || ${rowIndex} || ':${hash}') AS h${hash}`,
  ).join(', ');
}

/** A SQL expression for a uniform number in [0, 1): draw number `draw` from the hashes of `sqlHashes`. */
export function sqlDraw(draw: number): string {
  return `(('x' || substr(h${Math.floor(draw / 4)}, ${(draw % 4) * 8 + 1}, 8))::bit(32)::bigint / 4294967296.0)`;
}

/**
 * A SQL expression for a UUIDv7-shaped id: the millisecond time of `at` first, as the app's own ids, so ids sort
 * by time; the rest a hash of the seed, the kind of row and its key.
 */
export function sqlUuid(seed: number, kind: string, key: string, at: string): string {
  const hash = `md5('${seed}:${kind}:' || ${key})`;
  return (
    `(lpad(to_hex(floor(extract(epoch FROM ${at}) * 1000)::bigint), 12, '0') || '7' || substr(${hash}, 1, 3)` +
    ` || '8' || substr(${hash}, 4, 15))::uuid`
  );
}

/** A UUIDv7-shaped id made in JavaScript from the seeded randomness, for the county's organisations and units. */
export function seededUuid(random: () => number, at: Date): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  const time = at.getTime().toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(3)}-8${hex(3)}-${hex(12)}`;
}
