-- Coded content (issue 15, decision 0040): code systems a county loads (ICF, Socialstyrelsen's KSI, …) and the
-- codes in them, so a plan's needs, goals and efforts can carry codes beside their free text, and statistics can
-- count plans by code. Runs on PostgreSQL 15+ and on PGlite. Forward-only.

-- A code system, known by its URI (as FHIR's Coding.system). Loaded from a CSV file by an administrator; loading
-- it again replaces its codes.
CREATE TABLE code_systems (
  id uuid PRIMARY KEY,
  uri text NOT NULL UNIQUE CHECK (length(uri) BETWEEN 1 AND 300),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  version text CHECK (length(version) BETWEEN 1 AND 100),
  -- Null when loaded from the command line or by the demo's seed.
  loaded_by uuid REFERENCES users (id),
  loaded_at timestamptz NOT NULL DEFAULT now()
);

-- A code and its Swedish display, as the code system words it. Codes carry no personal data.
CREATE TABLE codes (
  system_id uuid NOT NULL REFERENCES code_systems (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
  display text NOT NULL CHECK (length(display) BETWEEN 1 AND 500),
  PRIMARY KEY (system_id, code)
);
-- The plan editor searches as the user types: a code or a word of the display from its start, in lower case.
-- A code system has thousands of codes at most (ICF about 1,500, KSI about 8,000), so a search that finds the
-- typed text inside a display reads one system's rows and stops at the answers it shows.
CREATE INDEX codes_code_prefix ON codes (lower(code) text_pattern_ops);
CREATE INDEX codes_display_prefix ON codes (lower(display) text_pattern_ops);

-- Plans written before plans had codes have none: the lists are written into the stored drafts and versions, so
-- every stored plan has the shape the API answers with (nothing else in them changes).
CREATE FUNCTION plan_items_with_codes(items jsonb) RETURNS jsonb AS $$
  SELECT coalesce(jsonb_agg(CASE WHEN item ? 'codes' THEN item ELSE item || '{"codes": []}' END ORDER BY n), '[]')
  FROM jsonb_array_elements(coalesce(items, '[]')) WITH ORDINALITY AS x (item, n)
$$ LANGUAGE sql IMMUTABLE;
UPDATE plans SET content = content || jsonb_build_object(
  'needsCodes', coalesce(content -> 'needsCodes', '[]'),
  'goals', plan_items_with_codes(content -> 'goals'),
  'efforts', plan_items_with_codes(content -> 'efforts'));
UPDATE plan_versions SET content = content || jsonb_build_object(
  'needsCodes', coalesce(content -> 'needsCodes', '[]'),
  'goals', plan_items_with_codes(content -> 'goals'),
  'efforts', plan_items_with_codes(content -> 'efforts'));
DROP FUNCTION plan_items_with_codes(jsonb);

-- Statistics by code (decision 0040, after 0011 and 0014): one row per SIP, part of the plan and code in the
-- plan version in force, with the SIP's attribution and dimensions from its facts row so a report's scope and
-- filters apply as they do to the other facts tables. Kept by the SIP's facts row: written when that row is
-- written (by a step's refresh or by the rebuild, both through statistics_write_facts) and removed with it.
CREATE TABLE statistics_code_facts (
  sip_id uuid NOT NULL REFERENCES statistics_sip_facts (sip_id) ON DELETE CASCADE,
  part text NOT NULL CHECK (part IN ('need', 'goal', 'effort')),
  system text NOT NULL,
  code text NOT NULL,
  unit_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  principal text NOT NULL,
  target_group text NOT NULL,
  age_band text NOT NULL,
  sex text,
  established_on date NOT NULL,
  ended_on date,
  PRIMARY KEY (sip_id, part, system, code)
);
CREATE INDEX statistics_code_facts_day ON statistics_code_facts (established_on);
CREATE INDEX statistics_code_facts_organisation ON statistics_code_facts (organisation_id, established_on);
CREATE INDEX statistics_code_facts_unit ON statistics_code_facts (unit_id, established_on);

-- The codes of the SIPs' plans in force, one row per part and code however often the part repeats it.
CREATE FUNCTION statistics_code_source(sip_ids uuid[]) RETURNS SETOF statistics_code_facts AS $$
  SELECT DISTINCT ON (f.sip_id, coded.part, coded.system, coded.code)
    f.sip_id, coded.part, coded.system, coded.code, f.unit_id, f.organisation_id, f.principal, f.target_group,
    f.age_band, f.sex, f.established_on, coalesce(f.closed_on, f.declined_on)
  FROM statistics_sip_facts f
  JOIN plans p ON p.sip_id = f.sip_id
  JOIN plan_versions v ON v.sip_id = p.sip_id AND v.version = p.established_version
  CROSS JOIN LATERAL (
    SELECT 'need' AS part, c ->> 'system' AS system, c ->> 'code' AS code
    FROM jsonb_array_elements(coalesce(v.content -> 'needsCodes', '[]')) c
    UNION ALL
    SELECT 'goal', c ->> 'system', c ->> 'code'
    FROM jsonb_array_elements(coalesce(v.content -> 'goals', '[]')) g,
      jsonb_array_elements(coalesce(g -> 'codes', '[]')) c
    UNION ALL
    SELECT 'effort', c ->> 'system', c ->> 'code'
    FROM jsonb_array_elements(coalesce(v.content -> 'efforts', '[]')) e,
      jsonb_array_elements(coalesce(e -> 'codes', '[]')) c
  ) coded
  WHERE f.sip_id = ANY (sip_ids) AND f.established_on IS NOT NULL
  ORDER BY f.sip_id, coded.part, coded.system, coded.code
$$ LANGUAGE sql STABLE;

CREATE FUNCTION statistics_write_code_facts() RETURNS trigger AS $$
BEGIN
  INSERT INTO statistics_code_facts
  SELECT * FROM statistics_code_source(ARRAY(SELECT a.sip_id FROM added a));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER statistics_sip_facts_codes
  AFTER INSERT ON statistics_sip_facts
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_write_code_facts();

-- Plans established before this migration have no codes; counted anyway, so the facts start complete.
INSERT INTO statistics_code_facts
SELECT * FROM statistics_code_source(ARRAY(SELECT f.sip_id FROM statistics_sip_facts f));
