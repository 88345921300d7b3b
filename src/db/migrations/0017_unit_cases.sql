-- The cases each unit may see, kept with every change, so that a unit's list, its count and every "may this unit
-- see this case" inside a query read one narrow row per case instead of working the rule out from the unit's
-- participations and the case's latest consent each time (29 ms for the busiest unit's count at 100,000 SIPs).
-- See docs/decisions/0017-unit-cases.md. Runs on PostgreSQL 15+ and on PGlite. Forward-only.

-- One row per unit taking part in a case: the last Stockholm day it may see the case ('infinity' while it convenes
-- it or the consent has no end; null while no consent in force names it), and the case's latest activity, the
-- order of its list.
CREATE TABLE unit_cases (
  sip_id uuid NOT NULL REFERENCES sips (id),
  unit_id uuid NOT NULL REFERENCES units (id),
  visible_through date,
  activity timestamptz NOT NULL,
  PRIMARY KEY (sip_id, unit_id)
);
-- A unit's list, latest activity first, and its count.
CREATE INDEX unit_cases_list ON unit_cases (unit_id, activity DESC, sip_id DESC) INCLUDE (visible_through);
CREATE INDEX unit_cases_count ON unit_cases (unit_id, visible_through);

-- The rule of src/domain/access/policy.ts for seeing a case, as of any day: a unit that takes part sees it while
-- it convenes it, or while the case's latest consent is given, not withdrawn, names the unit and has not ended.
-- A filter on sip_id reaches the participations' index by case, since the rows are grouped by it.
CREATE VIEW unit_cases_source AS
SELECT p.sip_id, p.unit_id,
  CASE
    WHEN bool_or(p.part = 'convener') THEN 'infinity'::date
    WHEN bool_or(c.decision = 'given' AND c.withdrawn_at IS NULL AND named.unit_id IS NOT NULL)
      THEN coalesce(min(c.valid_until), 'infinity'::date)
  END AS visible_through,
  min(s.updated_at) AS activity
FROM sip_participants p
JOIN sips s ON s.id = p.sip_id
LEFT JOIN LATERAL (
  SELECT l.id, l.decision, l.withdrawn_at, l.valid_until FROM consents l
  WHERE l.sip_id = p.sip_id ORDER BY l.recorded_at DESC, l.id DESC LIMIT 1
) c ON TRUE
LEFT JOIN consent_scope_units named ON named.consent_id = c.id AND named.unit_id = p.unit_id
GROUP BY p.sip_id, p.unit_id;

-- Brings the cases' rows up to what the case tables say now. Rows are written with ON CONFLICT, in key order,
-- so two transactions refreshing the same case (an answer to an invitation and a step) never collide on a key.
CREATE FUNCTION refresh_unit_cases(sip_ids uuid[]) RETURNS void AS $$
BEGIN
  INSERT INTO unit_cases (sip_id, unit_id, visible_through, activity)
  SELECT * FROM unit_cases_source WHERE sip_id = ANY (sip_ids) ORDER BY 1, 2
  ON CONFLICT (sip_id, unit_id) DO UPDATE
    SET visible_through = excluded.visible_through, activity = excluded.activity
    WHERE (unit_cases.visible_through, unit_cases.activity)
      IS DISTINCT FROM (excluded.visible_through, excluded.activity);
  DELETE FROM unit_cases v
  WHERE v.sip_id = ANY (sip_ids)
    AND NOT EXISTS (SELECT 1 FROM sip_participants p WHERE p.sip_id = v.sip_id AND p.unit_id = v.unit_id);
END;
$$ LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan;

-- What changes the rows: the units taking part, the consents and whom they name, and the case's activity. Once
-- per statement, for every case the statement touched.
CREATE FUNCTION unit_cases_after_participants() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM refresh_unit_cases(ARRAY(SELECT DISTINCT sip_id FROM old_rows ORDER BY 1));
  ELSE
    PERFORM refresh_unit_cases(ARRAY(SELECT DISTINCT sip_id FROM new_rows ORDER BY 1));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER unit_cases_participants_added AFTER INSERT ON sip_participants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_participants();
CREATE TRIGGER unit_cases_participants_changed AFTER UPDATE ON sip_participants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_participants();
CREATE TRIGGER unit_cases_participants_removed AFTER DELETE ON sip_participants
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_participants();
CREATE TRIGGER unit_cases_consents_added AFTER INSERT ON consents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_participants();
CREATE TRIGGER unit_cases_consents_changed AFTER UPDATE ON consents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_participants();

CREATE FUNCTION unit_cases_after_scope() RETURNS trigger AS $$
BEGIN
  PERFORM refresh_unit_cases(ARRAY(
    SELECT DISTINCT c.sip_id FROM new_rows n JOIN consents c ON c.id = n.consent_id ORDER BY 1));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER unit_cases_scope_added AFTER INSERT ON consent_scope_units
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_scope();

-- Every step moves the case's activity; only that column follows, the visibility staying what it was.
CREATE FUNCTION unit_cases_after_activity() RETURNS trigger AS $$
BEGIN
  UPDATE unit_cases v SET activity = n.updated_at
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE v.sip_id = n.id AND n.updated_at IS DISTINCT FROM o.updated_at;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER unit_cases_activity AFTER UPDATE ON sips
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION unit_cases_after_activity();

-- After a bulk load that wrote the case tables with these triggers off, and to fill the table now.
CREATE FUNCTION rebuild_unit_cases() RETURNS void AS $$
BEGIN
  DELETE FROM unit_cases;
  INSERT INTO unit_cases (sip_id, unit_id, visible_through, activity) SELECT * FROM unit_cases_source;
END;
$$ LANGUAGE plpgsql;

SELECT rebuild_unit_cases();
