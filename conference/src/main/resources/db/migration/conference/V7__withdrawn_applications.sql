-- A withdrawn application keeps its row (so it is not counted again) but not what the person told
-- us: withdrawing erases its content, country, region and consents included. V6 asked every
-- application that is not a draft to be complete, which a withdrawn one no longer is; the rule now
-- holds for submitted applications, the ones reviewers and selection read.
ALTER TABLE application DROP CONSTRAINT application_check;
ALTER TABLE application ADD CONSTRAINT application_submitted_complete
    CHECK (status <> 'SUBMITTED' OR (consent_data_use AND region IS NOT NULL AND country IS NOT NULL));
