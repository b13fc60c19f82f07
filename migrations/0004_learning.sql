-- The personal model trained on the person's own one-by-one decisions (issue: learning).
-- One row: the naive Bayes counts as JSON and what they were trained on, so scoring can tell
-- whether the model is current without retraining.
CREATE TABLE learned_model (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    -- Digest of the training set (invitation, decision pairs): changes when a decision does.
    trained_on TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    ignored INTEGER NOT NULL,
    model TEXT NOT NULL
);
