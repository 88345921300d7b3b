-- Established SIPs for NPÖ and 1177 Journal through the RIV-TA contract GetCarePlans 2 (docs/decisions/0039).
-- Runs on PostgreSQL 15+ and on PGlite. Forward-only: a later change is a new file.

-- The organisation's id in the national HSA catalogue: as a care giver (vårdgivare) it is what the contract's
-- healthcareProfessionalCareGiverHSAId names, under which NPÖ applies the patient's blocks. Optional, as for units
-- (0004): set by an operator with `samplan organisation-hsa-id`.
ALTER TABLE organisations ADD COLUMN hsa_id text UNIQUE CHECK (hsa_id <> '');

-- The access log names a third kind of actor, a consumer of the national platform that read plans through
-- GetCarePlans: its user_id is a uuid made from the consumer's HSA id (the same consumer, the same id), its role
-- that HSA id. Like an e-ID entry it is format 3 (0024), which hashes the actor kind. `fhir_client` (decision 0038)
-- is named here too, so this list is whole whichever of the two migrations a database ran last.
ALTER TABLE access_log
  DROP CONSTRAINT access_log_actor_kind_check,
  ADD CONSTRAINT access_log_actor_kind_check
    CHECK (actor_kind IN ('staff', 'e_id', 'fhir_client', 'rivta_consumer'));
