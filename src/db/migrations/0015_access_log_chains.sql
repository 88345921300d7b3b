-- The access log in several independent hash chains, each entry appended by one function in the database in one
-- round trip, so audited transactions no longer queue behind one lock held across trips to the app. Every chain
-- is gap-free and linked on its own; `samplan verify-audit` checks each. See docs/decisions/0015.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

-- The entries written so far (serialisation v1, hashed in the app) become the start of chain 0, which new
-- entries continue. The defaults only fill those rows and are dropped at once: a writer that names no chain and
-- format — an instance still running the previous version — then fails instead of chaining behind the new
-- writers' backs.
ALTER TABLE access_log
  ADD COLUMN chain smallint NOT NULL DEFAULT 0 CHECK (chain >= 0),
  ADD COLUMN format smallint NOT NULL DEFAULT 1;
ALTER TABLE access_log
  ALTER COLUMN chain DROP DEFAULT,
  ALTER COLUMN format DROP DEFAULT,
  -- v1 knows no chains: it can only be the legacy start of chain 0.
  ADD CONSTRAINT access_log_format CHECK (format = 2 OR (format = 1 AND chain = 0)),
  DROP CONSTRAINT access_log_pkey,
  -- Also the index an append reads its chain's head through.
  ADD PRIMARY KEY (chain, seq);

-- Anchors so far were written for the one chain there was.
ALTER TABLE access_log_anchor ADD COLUMN chain smallint NOT NULL DEFAULT 0 CHECK (chain >= 0);
ALTER TABLE access_log_anchor
  ALTER COLUMN chain DROP DEFAULT,
  DROP CONSTRAINT access_log_anchor_pkey,
  ADD PRIMARY KEY (chain, seq);

-- Serialisation v2, written out again independently in src/server/audit/entryHash.ts: the version tag, then
-- every field as the hex of its UTF-8 bytes, '-' for null, joined by '|'. After the tag only hex digits, '-' and
-- '|' remain, so no content can move a boundary between fields, and a null differs from an empty text. Time is
-- whole milliseconds since the epoch.
CREATE FUNCTION access_log_hash_v2(
  chain smallint, seq bigint, id uuid, occurred_at timestamptz, user_id uuid, unit_id uuid, role text,
  action text, person_id uuid, sip_id uuid, client_address text, reason text, prev_hash text
) RETURNS text AS $$
  SELECT encode(sha256(convert_to(
    'samplan.access_log.v2|' || string_agg(coalesce(encode(convert_to(field, 'UTF8'), 'hex'), '-'), '|' ORDER BY n),
    'UTF8')), 'hex')
  FROM unnest(ARRAY[
    chain::text, seq::text, id::text, ((extract(epoch FROM occurred_at) * 1000)::bigint)::text, user_id::text,
    unit_id::text, role, action, person_id::text, sip_id::text, client_address, reason, prev_hash
  ]) WITH ORDINALITY AS fields (field, n)
$$ LANGUAGE sql STABLE;

-- A chain's writers (and the pruner) hold its lock until their transaction ends, so each new entry sees the one
-- before it. The first key is a fixed number for the access log; advisory locks of two keys never collide with
-- the one-key locks elsewhere (the migration lock).
CREATE FUNCTION access_log_lock_chain(chain integer, wait boolean) RETURNS boolean AS $$
BEGIN
  IF wait THEN
    PERFORM pg_advisory_xact_lock(7261843, chain);
    RETURN true;
  END IF;
  RETURN pg_try_advisory_xact_lock(7261843, chain);
END;
$$ LANGUAGE plpgsql;

-- Appends one entry, called inside the transaction of the access it records. It takes a free chain, reads that
-- chain's head through the primary key, and inserts the next entry with its time and hash made here, all in
-- this one statement. The chain stays locked until the caller's transaction ends: a rolled-back entry leaves no
-- gap, because the next writer of that chain reads the head only once the lock is free.
CREATE FUNCTION access_log_append(
  new_id uuid, new_user_id uuid, new_unit_id uuid, new_role text, new_action text, new_person_id uuid,
  new_sip_id uuid, new_client_address text, new_reason text
) RETURNS void AS $$
DECLARE
  -- More chains than connections that append at once buy nothing; a change of the number is a new migration,
  -- and entries already in other chains keep verifying.
  chain_count CONSTANT integer := 16;
  -- The chain this transaction already appended to, whose lock it holds: staying on it keeps one transaction's
  -- entries in order in one chain and never makes it hold two chain locks. Otherwise a chain spread by backend,
  -- so connections that append at once mostly start on different chains.
  held text := current_setting('samplan.access_log_chain', true);
  start_chain integer := CASE WHEN held ~ '^[0-9]{1,4}$' THEN held::integer % chain_count
                              ELSE pg_backend_pid() % chain_count END;
  picked integer := NULL;
  head_seq bigint;
  head_hash text;
  occurred timestamptz;
BEGIN
  FOR i IN 0 .. chain_count - 1 LOOP
    IF access_log_lock_chain((start_chain + i) % chain_count, false) THEN
      picked := (start_chain + i) % chain_count;
      EXIT;
    END IF;
  END LOOP;
  IF picked IS NULL THEN
    -- Every chain is being appended to: queue on one, each for the rest of a transaction that is ending.
    picked := start_chain;
    PERFORM access_log_lock_chain(picked, true);
  END IF;
  PERFORM set_config('samplan.access_log_chain', picked::text, true);

  SELECT l.seq, l.hash INTO head_seq, head_hash
    FROM access_log l WHERE l.chain = picked ORDER BY l.seq DESC LIMIT 1;
  IF NOT FOUND THEN
    -- Everything pruned: continue from the chain's latest anchor, or from the genesis.
    SELECT a.seq, a.hash INTO head_seq, head_hash
      FROM access_log_anchor a WHERE a.chain = picked ORDER BY a.seq DESC LIMIT 1;
    IF NOT FOUND THEN
      head_seq := 0;
      head_hash := repeat('0', 64);
    END IF;
  END IF;

  -- The database's clock, read under the chain's lock: time never runs backwards along a chain, whichever app
  -- instance wrote the entry.
  occurred := date_trunc('milliseconds', clock_timestamp());
  INSERT INTO access_log (chain, seq, format, id, occurred_at, user_id, unit_id, role, action, person_id, sip_id,
    client_address, reason, prev_hash, hash)
  VALUES (picked, head_seq + 1, 2, new_id, occurred, new_user_id, new_unit_id, new_role, new_action, new_person_id,
    new_sip_id, new_client_address, new_reason, head_hash,
    access_log_hash_v2(picked::smallint, head_seq + 1, new_id, occurred, new_user_id, new_unit_id, new_role, new_action,
      new_person_id, new_sip_id, new_client_address, new_reason, head_hash));
END;
$$ LANGUAGE plpgsql;

-- As in 0002, now per chain: an anchor only by a retention run, only forwards in its chain, and only for an
-- entry of that chain that exists with that hash.
CREATE OR REPLACE FUNCTION access_log_anchor_check() RETURNS trigger AS $$
BEGIN
  IF current_setting('samplan.audit_prune', true) IS DISTINCT FROM 'on' THEN
    RAISE EXCEPTION 'access_log_anchor: an anchor is written only by retention pruning';
  END IF;
  IF EXISTS (SELECT 1 FROM access_log_anchor WHERE chain = NEW.chain AND seq >= NEW.seq) THEN
    RAISE EXCEPTION 'access_log_anchor: anchor % is not after the latest anchor of chain %', NEW.seq, NEW.chain;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM access_log WHERE chain = NEW.chain AND seq = NEW.seq AND hash = NEW.hash) THEN
    RAISE EXCEPTION 'access_log_anchor: no access log entry % in chain % with that hash', NEW.seq, NEW.chain;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- As in 0002, now per chain: a declared prune may delete only entries the latest anchor of their own chain
-- covers, and only those older than its cut.
CREATE OR REPLACE FUNCTION access_log_guard() RETURNS trigger AS $$
DECLARE
  anchor record;
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('samplan.audit_prune', true) = 'on' THEN
    SELECT seq, cut INTO anchor FROM access_log_anchor WHERE chain = OLD.chain ORDER BY seq DESC LIMIT 1;
    IF FOUND AND OLD.seq <= anchor.seq AND OLD.occurred_at < anchor.cut THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'access_log: entry % of chain % is not covered by a pruning anchor or is not older than its cut',
      OLD.seq, OLD.chain;
  END IF;
  RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
