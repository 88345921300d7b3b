-- The case list, paged on the server (GET /api/sips): indexes for its order, its access rule and its count.
-- Measured on 100,000 generated SIPs for the busiest unit (docs/decisions/0016-case-list.md).
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only.

-- The list's order, latest activity first with the id breaking ties: a page walks this index backwards from
-- the cursor's (updated_at, id), so a page costs the same at the start of the list and deep into it.
CREATE INDEX sips_activity ON sips (updated_at, id);

-- The consent in force is the latest recorded: with the columns the rule reads in the index, finding the latest
-- and checking it is one index probe per case. Replaces consents_sip, whose columns lead this one.
CREATE INDEX consents_latest ON consents (sip_id, recorded_at DESC, id DESC)
  INCLUDE (decision, withdrawn_at, valid_until);
DROP INDEX consents_sip;

-- A unit's participations with their parts, so the count groups them per case from the index alone. Replaces
-- sip_participants_unit, whose columns lead this one.
CREATE INDEX sip_participants_unit_part ON sip_participants (unit_id, sip_id, part);
DROP INDEX sip_participants_unit;

-- The planned meeting of a case, the list's next date when there is one: only the few planned meetings, with
-- their start, so looking one up (or finding there is none) never reads a held meeting or the table.
CREATE INDEX meetings_planned ON meetings (sip_id, starts_at) WHERE status = 'scheduled';
