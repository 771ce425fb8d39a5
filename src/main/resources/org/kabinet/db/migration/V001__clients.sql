-- Kabinet schema version 1: the client card and the list of sources.
-- Dates are ISO-8601 text (YYYY-MM-DD), instants ISO-8601 UTC text; booleans are 0/1.

-- Marks the file as Kabinet's own ("KBNT"), so that a foreign SQLite file is never mistaken for ours.
PRAGMA application_id = 1262636628;

CREATE TABLE practice_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE source (
    id       INTEGER PRIMARY KEY,
    code     TEXT UNIQUE,
    name     TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    CHECK (code IS NOT NULL OR name <> '')
);

INSERT INTO source (code, position) VALUES
    ('recommendation', 1),
    ('website', 2),
    ('community', 3),
    ('media', 4),
    ('talk', 5),
    ('specialist', 6),
    ('other', 7);

CREATE TABLE client (
    id                      INTEGER PRIMARY KEY,
    last_name               TEXT NOT NULL DEFAULT '',
    first_name              TEXT NOT NULL CHECK (first_name <> ''),
    patronymic              TEXT NOT NULL DEFAULT '',
    address_name            TEXT NOT NULL DEFAULT '',
    address_formal          INTEGER NOT NULL DEFAULT 1 CHECK (address_formal IN (0, 1)),
    email                   TEXT NOT NULL DEFAULT '',
    messenger               TEXT NOT NULL DEFAULT '',
    preferred_channel       TEXT CHECK (preferred_channel IN ('CALL', 'MESSAGE', 'EMAIL', 'IN_PERSON')),
    birth_date              TEXT,
    sex                     TEXT CHECK (sex IN ('FEMALE', 'MALE')),
    city                    TEXT NOT NULL DEFAULT '',
    occupation              TEXT NOT NULL DEFAULT '',
    first_contact           TEXT,
    source_id               INTEGER REFERENCES source (id),
    referred_by             INTEGER REFERENCES client (id) ON DELETE SET NULL,
    request                 TEXT NOT NULL DEFAULT '',
    format                  TEXT CHECK (format IN ('IN_PERSON', 'ONLINE')),
    language                TEXT NOT NULL DEFAULT '',
    consent_data_date       TEXT,
    consent_session_messages INTEGER NOT NULL DEFAULT 0 CHECK (consent_session_messages IN (0, 1)),
    consent_birthday        INTEGER NOT NULL DEFAULT 0 CHECK (consent_birthday IN (0, 1)),
    do_not_contact          INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    status                  TEXT NOT NULL CHECK (status IN ('ENQUIRY', 'ACTIVE', 'PAUSED',
                                'COMPLETED', 'DROPPED_OUT', 'REFERRED_ON', 'ARCHIVED')),
    end_reason              TEXT NOT NULL DEFAULT '',
    ask_next_time           TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    CHECK (referred_by IS NULL OR referred_by <> id)
);

CREATE INDEX client_referred_by ON client (referred_by);
CREATE INDEX client_source ON client (source_id);
CREATE INDEX client_birth_date ON client (birth_date);

CREATE TABLE client_phone (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    number    TEXT NOT NULL CHECK (number <> ''),
    digits    TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
);

CREATE INDEX client_phone_digits ON client_phone (digits);

CREATE TABLE client_goal (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    text      TEXT NOT NULL CHECK (text <> ''),
    status    TEXT NOT NULL CHECK (status IN ('SET', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
    PRIMARY KEY (client_id, position)
);

CREATE TABLE client_problem (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    problem   TEXT NOT NULL,
    PRIMARY KEY (client_id, problem)
);

-- Every change of status, so that the timeline can show when work began, paused and ended.
CREATE TABLE client_status_change (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
);

CREATE INDEX client_status_change_client ON client_status_change (client_id);
