-- Plan templates per target group (docs/decisions/0021-plan-templates.md): the county's own words for the plan's
-- sections, prompts and examples, the actors to consider inviting and the checklist of each step. Every change
-- is a new version with who wrote it and when; a plan keeps the version it was written with. Runs on
-- PostgreSQL 15+ and on PGlite. Forward-only.
CREATE TABLE plan_templates (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The content (name, target groups, sections, actors, checklists) as one JSON document, validated by the API's
-- schema: the template is read and written whole, never queried inside.
CREATE TABLE plan_template_versions (
  template_id uuid NOT NULL REFERENCES plan_templates (id),
  version integer NOT NULL CHECK (version >= 1),
  content jsonb NOT NULL,
  -- Null for the templates an installation starts with.
  written_by uuid REFERENCES users (id),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (template_id, version)
);

-- A template chosen for the case instead of its target group's.
ALTER TABLE sips ADD COLUMN plan_template_id uuid REFERENCES plan_templates (id);

-- The template version the plan, and each established version, was written with.
ALTER TABLE plans ADD COLUMN template_id uuid, ADD COLUMN template_version integer,
  ADD FOREIGN KEY (template_id, template_version) REFERENCES plan_template_versions (template_id, version);
ALTER TABLE plan_versions ADD COLUMN template_id uuid, ADD COLUMN template_version integer,
  ADD FOREIGN KEY (template_id, template_version) REFERENCES plan_template_versions (template_id, version);
