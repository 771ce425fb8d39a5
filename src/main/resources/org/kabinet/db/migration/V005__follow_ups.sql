-- Kabinet schema version 5: the contact log, planned follow-ups and dismissed suggestions.

-- Every contact with a client: when, how, which way, why, how it went, and a short note.
-- follow_up_id: the planned follow-up this contact settled, if any.
CREATE TABLE contact (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    happened_at  TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('CALL', 'MESSAGE', 'EMAIL', 'IN_PERSON')),
    direction    TEXT NOT NULL CHECK (direction IN ('OUTGOING', 'INCOMING')),
    purpose      TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL CHECK (outcome IN ('TALKED', 'NO_ANSWER', 'CALL_LATER', 'BOOKED', 'DECLINED',
                     'DO_NOT_CONTACT')),
    note         TEXT NOT NULL DEFAULT '',
    follow_up_id INTEGER REFERENCES follow_up (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL
);

CREATE INDEX contact_client ON contact (client_id, happened_at);

-- A call she plans: for whom, by when, why (a rule's code, her own words, or both), what to say.
CREATE TABLE follow_up (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    due         TEXT NOT NULL,
    rule        TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    script      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'POSTPONED', 'CANCELLED')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (rule IS NOT NULL OR reason <> '')
);

CREATE INDEX follow_up_client ON follow_up (client_id);
CREATE INDEX follow_up_open ON follow_up (status, due);

-- A suggestion she dismissed: the rule, and the occasion it was about (a milestone, a year's
-- birthday). It stays dismissed until something new happens for the client after dismissed_at.
CREATE TABLE suggestion_dismissal (
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    rule         TEXT NOT NULL,
    occasion     TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (client_id, rule, occasion)
);
