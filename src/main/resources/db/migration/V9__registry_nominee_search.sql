-- The registry's nominee name in capitals and without accents, for its search by a part of the name
-- (GET /api/registry?nominee=, «Sổ theo dõi khen thưởng»), folded as nominee_search's (nomination/NomineeSearch).
-- Written with each row; the rows recorded before are filled in by migration 10 (AwardRegistry.Backfill).
ALTER TABLE award_registry ADD COLUMN nominee_folded VARCHAR(1000);
