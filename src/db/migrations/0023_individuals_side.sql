-- The individual's side (docs/decisions/0035): people who sign in with Swedish e-ID — the person a SIP is for, the
-- guardians staff recorded, and the guests the individual invited — their sessions, and what they add to a case.
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

-- Everyone who has signed in with e-ID, once each. The access log names them by this id (entry format 3).
CREATE TABLE e_id_identities (
  id uuid PRIMARY KEY,
  -- Twelve digits as parseIdNumber gives them; never shown in an address, a log line or a mail.
  id_number text NOT NULL UNIQUE CHECK (id_number ~ '^[0-9]{12}$'),
  -- As the e-ID said at the latest sign-in.
  name text NOT NULL DEFAULT '',
  first_signed_in_at timestamptz NOT NULL DEFAULT now(),
  last_signed_in_at timestamptz NOT NULL DEFAULT now()
);

-- A signed-in person's session: only the hash of the cookie's token, as for staff (sessions).
CREATE TABLE person_sessions (
  id text PRIMARY KEY,
  identity_id uuid NOT NULL REFERENCES e_id_identities (id) ON DELETE CASCADE,
  -- How they proved who they are: the e-ID method the broker answered with, or 'demo'.
  method text NOT NULL,
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX person_sessions_identity ON person_sessions (identity_id);

-- An e-ID sign-in under way: what the callback must check, kept apart from the staff sign-ins (oidc_sign_ins) so
-- an answer for one side can never complete a sign-in on the other.
CREATE TABLE person_sign_ins (
  state_hash text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  -- The e-ID method chosen (a key of PUBLIC_OIDC_ACR_VALUES).
  method text NOT NULL,
  expires_at timestamptz NOT NULL
);

-- Guardians of a child, recorded on the case by staff — never derived from the e-ID alone. Both, when there are two.
CREATE TABLE case_guardians (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  id_number text NOT NULL CHECK (id_number ~ '^[0-9]{12}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- Where notices go (a link only); empty when the guardian gave none.
  email text NOT NULL DEFAULT '',
  mobile text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  removed_by uuid REFERENCES users (id)
);
CREATE UNIQUE INDEX case_guardians_current ON case_guardians (sip_id, id_number) WHERE removed_at IS NULL;
CREATE INDEX case_guardians_by_id_number ON case_guardians (id_number) WHERE removed_at IS NULL;

-- A child from the county's age (below) gets a sign-in of their own, to read their plan, only when staff so decide.
ALTER TABLE sips ADD COLUMN child_signs_in boolean NOT NULL DEFAULT false;
-- Where the individual's notices go, by SMS (a link only); persons.email already holds the e-mail address.
ALTER TABLE persons ADD COLUMN mobile text NOT NULL DEFAULT '';

ALTER TABLE county_settings
  -- From which age a child may be given their own sign-in.
  ADD COLUMN child_sign_in_age integer NOT NULL DEFAULT 12 CHECK (child_sign_in_age BETWEEN 7 AND 17),
  -- Whether the individual's view of who opened their plan names the staff member, or only the unit.
  ADD COLUMN person_log_names_staff boolean NOT NULL DEFAULT true,
  -- How long a guest's access lasts unless the individual chooses otherwise.
  ADD COLUMN guest_days integer NOT NULL DEFAULT 90 CHECK (guest_days BETWEEN 1 AND 365);

-- Guests the individual (or staff, with the individual's recorded consent) let into the case: a named person who
-- signs in with e-ID, or an organisation by a registered unit whose staff sign in as staff.
CREATE TABLE guests (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL REFERENCES sips (id),
  kind text NOT NULL CHECK (kind IN ('relative', 'trustee', 'school', 'social_insurance', 'employment_service')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- A named person's identity number; null for an organisation.
  id_number text CHECK (id_number ~ '^[0-9]{12}$'),
  -- An organisation's registered unit; null for a person.
  unit_id uuid REFERENCES units (id),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  scope text NOT NULL CHECK (scope IN ('meeting', 'plan', 'plan_and_follow_ups')),
  expires_at timestamptz NOT NULL,
  -- The single-use link's token, by its hash; cleared when the link is used.
  link_token_hash text UNIQUE,
  redeemed_at timestamptz,
  -- Who used the link: the e-ID identity of a named person, or the staff user of the organisation's unit.
  redeemed_identity_id uuid REFERENCES e_id_identities (id),
  redeemed_user_id uuid REFERENCES users (id),
  invited_by_identity_id uuid REFERENCES e_id_identities (id),
  invited_by_user_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  CHECK ((id_number IS NULL) <> (unit_id IS NULL)),
  CHECK ((kind IN ('relative', 'trustee')) = (id_number IS NOT NULL)),
  CHECK ((invited_by_identity_id IS NULL) <> (invited_by_user_id IS NULL))
);
CREATE INDEX guests_sip ON guests (sip_id);
CREATE INDEX guests_redeemed_identity ON guests (redeemed_identity_id) WHERE revoked_at IS NULL;
CREATE INDEX guests_unit ON guests (unit_id) WHERE revoked_at IS NULL;

-- What the individual or a guardian tells before the meeting, in their own words; staff see it in preparation.
CREATE TABLE person_preparations (
  sip_id uuid PRIMARY KEY REFERENCES sips (id),
  what_matters text NOT NULL DEFAULT '',
  questions text NOT NULL DEFAULT '',
  own_goals text NOT NULL DEFAULT '',
  updated_by uuid NOT NULL REFERENCES e_id_identities (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The child's voice before the meeting: what is good, what is hard, what they wish for, and a picture or drawing
-- (PNG or JPEG, its type read from its bytes). Staff confirm it into the plan draft as "barnets synpunkter".
CREATE TABLE child_views (
  sip_id uuid PRIMARY KEY REFERENCES sips (id),
  good text NOT NULL DEFAULT '',
  hard text NOT NULL DEFAULT '',
  wishes text NOT NULL DEFAULT '',
  picture bytea,
  picture_type text CHECK (picture_type IN ('image/png', 'image/jpeg')),
  written_by uuid NOT NULL REFERENCES e_id_identities (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  confirmed_by uuid REFERENCES users (id),
  CHECK ((picture IS NULL) = (picture_type IS NULL)),
  CHECK (picture IS NULL OR octet_length(picture) <= 3145728)
);

-- The individual's or a guardian's answer to a meeting: coming, or asking for another time (with a wish).
CREATE TABLE person_meeting_answers (
  meeting_id uuid NOT NULL REFERENCES meetings (id),
  identity_id uuid NOT NULL REFERENCES e_id_identities (id),
  answer text NOT NULL CHECK (answer IN ('coming', 'another_time')),
  wish text NOT NULL DEFAULT '',
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, identity_id)
);

-- The individual's own approval by e-ID replaces a staff-typed approval of that version.
ALTER TABLE plan_versions DROP CONSTRAINT plan_versions_approval_method_check;
ALTER TABLE plan_versions
  ADD CONSTRAINT plan_versions_approval_method_check
    CHECK (approval_method IN ('in_meeting', 'oral', 'written', 'digital', 'e_id')),
  ADD COLUMN approved_by_identity_id uuid REFERENCES e_id_identities (id),
  ADD CONSTRAINT plan_versions_e_id_approval
    CHECK ((approval_method = 'e_id') = (approved_by_identity_id IS NOT NULL));

-- "Something is wrong": what the individual or a guardian says about a version instead of approving it.
CREATE TABLE plan_version_objections (
  id uuid PRIMARY KEY,
  sip_id uuid NOT NULL,
  version integer NOT NULL,
  identity_id uuid NOT NULL REFERENCES e_id_identities (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (sip_id, version) REFERENCES plan_versions (sip_id, version)
);
CREATE INDEX plan_version_objections_version ON plan_version_objections (sip_id, version);
