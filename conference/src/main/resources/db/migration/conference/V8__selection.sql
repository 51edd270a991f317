-- Selection housekeeping: the expiry job looks for offered places past their deadline.
CREATE INDEX selection_offer_deadline ON selection_decision (confirm_by) WHERE place = 'OFFERED';
-- Review pages read one reviewer's scores of one application, and all scores of a call's applications.
CREATE INDEX review_score_reviewer ON review_score (reviewer, application_id);
