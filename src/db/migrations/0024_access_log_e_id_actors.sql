-- The access log names people who are not staff (docs/decisions/0035): an entry's actor is a staff user or an
-- e-ID identity (e_id_identities), told apart by its actor kind, which entry format 3 covers with the hash.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file. See docs/decisions/0015.

-- Every entry so far was made by a staff user. The default only fills those rows and is dropped at once: the one
-- writer (access_log_append_by below) always names the actor, and a row that does not say who acted is refused
-- rather than taken for staff.
ALTER TABLE access_log
  ADD COLUMN actor_kind text NOT NULL DEFAULT 'staff' CHECK (actor_kind IN ('staff', 'e_id'));
ALTER TABLE access_log
  ALTER COLUMN actor_kind DROP DEFAULT,
  -- An e-ID entry's user_id is an e_id_identities id; and the log must outlive the records it names anyway.
  DROP CONSTRAINT access_log_user_id_fkey,
  -- Formats 1 and 2 do not hash the actor kind, so only format 3 may say the actor is not staff; a staff entry
  -- stays format 2, which keeps what the staff side writes unchanged.
  DROP CONSTRAINT access_log_format,
  ADD CONSTRAINT access_log_format CHECK (format IN (2, 3) OR (format = 1 AND chain = 0)),
  ADD CONSTRAINT access_log_actor_format CHECK (actor_kind = 'staff' OR format = 3);

-- Serialisation v3, written out again independently in src/server/audit/entryHash.ts: v2's rule and fields, under
-- its own tag, with the actor kind before the user it qualifies.
CREATE FUNCTION access_log_hash_v3(
  chain smallint, seq bigint, id uuid, occurred_at timestamptz, actor_kind text, user_id uuid, unit_id uuid,
  role text, action text, person_id uuid, sip_id uuid, client_address text, reason text, prev_hash text
) RETURNS text AS $$
  SELECT encode(sha256(convert_to(
    'samplan.access_log.v3|' || string_agg(coalesce(encode(convert_to(field, 'UTF8'), 'hex'), '-'), '|' ORDER BY n),
    'UTF8')), 'hex')
  FROM unnest(ARRAY[
    chain::text, seq::text, id::text, ((extract(epoch FROM occurred_at) * 1000)::bigint)::text, actor_kind,
    user_id::text, unit_id::text, role, action, person_id::text, sip_id::text, client_address, reason, prev_hash
  ]) WITH ORDINALITY AS fields (field, n)
$$ LANGUAGE sql STABLE;

-- The one append body (0015's access_log_append, which now calls it): the same chain picking, locking, head read
-- and dating, with the actor's kind. A staff entry is format 2, hashed as before; an e-ID entry format 3.
CREATE FUNCTION access_log_append_by(
  new_actor_kind text, new_id uuid, new_user_id uuid, new_unit_id uuid, new_role text, new_action text,
  new_person_id uuid, new_sip_id uuid, new_client_address text, new_reason text
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
  -- An unknown actor kind gets format 3 and is then refused by the column's check.
  INSERT INTO access_log (chain, seq, format, actor_kind, id, occurred_at, user_id, unit_id, role, action,
    person_id, sip_id, client_address, reason, prev_hash, hash)
  VALUES (picked, head_seq + 1, CASE WHEN new_actor_kind = 'staff' THEN 2 ELSE 3 END, new_actor_kind, new_id,
    occurred, new_user_id, new_unit_id, new_role, new_action, new_person_id, new_sip_id, new_client_address,
    new_reason, head_hash,
    CASE WHEN new_actor_kind = 'staff'
      THEN access_log_hash_v2(picked::smallint, head_seq + 1, new_id, occurred, new_user_id, new_unit_id, new_role,
        new_action, new_person_id, new_sip_id, new_client_address, new_reason, head_hash)
      ELSE access_log_hash_v3(picked::smallint, head_seq + 1, new_id, occurred, new_actor_kind, new_user_id,
        new_unit_id, new_role, new_action, new_person_id, new_sip_id, new_client_address, new_reason, head_hash)
    END);
END;
$$ LANGUAGE plpgsql;

-- Same name and arguments as in 0015, so the app's prepared statement and an instance still running the previous
-- version keep working: a staff user's access, through the one body above.
CREATE OR REPLACE FUNCTION access_log_append(
  new_id uuid, new_user_id uuid, new_unit_id uuid, new_role text, new_action text, new_person_id uuid,
  new_sip_id uuid, new_client_address text, new_reason text
) RETURNS void AS $$
BEGIN
  PERFORM access_log_append_by('staff', new_id, new_user_id, new_unit_id, new_role, new_action, new_person_id,
    new_sip_id, new_client_address, new_reason);
END;
$$ LANGUAGE plpgsql;
