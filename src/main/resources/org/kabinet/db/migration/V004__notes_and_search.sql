-- Kabinet schema version 4: session notes with their edit history, and the full-text search index.

-- A note about a client, usually about one session (at most one note per session). The free text
-- is always there; the sections are filled when she switches the structure on for the note.
-- A private note (process notes) is left out of every export, print and summary unless she
-- explicitly includes it.
CREATE TABLE note (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    session_id      INTEGER REFERENCES session (id) ON DELETE SET NULL,
    written_on      TEXT NOT NULL,
    private         INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    structured      INTEGER NOT NULL DEFAULT 0 CHECK (structured IN (0, 1)),
    body            TEXT NOT NULL DEFAULT '',
    theme           TEXT NOT NULL DEFAULT '',
    brought         TEXT NOT NULL DEFAULT '',
    techniques      TEXT NOT NULL DEFAULT '',
    observations    TEXT NOT NULL DEFAULT '',
    homework_review TEXT NOT NULL DEFAULT '',
    plan            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX note_client ON note (client_id, written_on);
CREATE UNIQUE INDEX note_session ON note (session_id) WHERE session_id IS NOT NULL;

-- What a note said before a later editing changed it, and until when it said so.
CREATE TABLE note_version (
    id              INTEGER PRIMARY KEY,
    note_id         INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    saved_at        TEXT NOT NULL,
    replaced_at     TEXT NOT NULL,
    private         INTEGER NOT NULL CHECK (private IN (0, 1)),
    structured      INTEGER NOT NULL CHECK (structured IN (0, 1)),
    body            TEXT NOT NULL,
    theme           TEXT NOT NULL,
    brought         TEXT NOT NULL,
    techniques      TEXT NOT NULL,
    observations    TEXT NOT NULL,
    homework_review TEXT NOT NULL,
    plan            TEXT NOT NULL
);

CREATE INDEX note_version_note ON note_version (note_id, replaced_at);

-- Full-text search. Each index reads its text from the table it indexes (external content), so
-- the text is stored once; the triggers below keep it in step inside the same transaction as
-- the change itself, deletions by cascade included. unicode61 folds case in Cyrillic and Latin
-- alike; the prefix indexes make "отц" → "отцом" quick.
CREATE VIRTUAL TABLE note_search USING fts5(
    body, theme, brought, techniques, observations, homework_review, plan,
    content = 'note', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER note_search_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_search (rowid, body, theme, brought, techniques, observations, homework_review, plan)
    VALUES (new.id, new.body, new.theme, new.brought, new.techniques, new.observations,
            new.homework_review, new.plan);
END;

CREATE TRIGGER note_search_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_search (note_search, rowid, body, theme, brought, techniques, observations,
                             homework_review, plan)
    VALUES ('delete', old.id, old.body, old.theme, old.brought, old.techniques, old.observations,
            old.homework_review, old.plan);
END;

CREATE TRIGGER note_search_update AFTER UPDATE OF body, theme, brought, techniques, observations,
        homework_review, plan ON note BEGIN
    INSERT INTO note_search (note_search, rowid, body, theme, brought, techniques, observations,
                             homework_review, plan)
    VALUES ('delete', old.id, old.body, old.theme, old.brought, old.techniques, old.observations,
            old.homework_review, old.plan);
    INSERT INTO note_search (rowid, body, theme, brought, techniques, observations, homework_review, plan)
    VALUES (new.id, new.body, new.theme, new.brought, new.techniques, new.observations,
            new.homework_review, new.plan);
END;

-- Clients by name and contacts (phone numbers are searched by their digits in client_phone).
CREATE VIRTUAL TABLE client_search USING fts5(
    last_name, first_name, patronymic, email, messenger, city,
    content = 'client', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

INSERT INTO client_search (client_search) VALUES ('rebuild');

CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
    INSERT INTO client_search (rowid, last_name, first_name, patronymic, email, messenger, city)
    VALUES (new.id, new.last_name, new.first_name, new.patronymic, new.email, new.messenger, new.city);
END;

CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN
    INSERT INTO client_search (client_search, rowid, last_name, first_name, patronymic, email, messenger, city)
    VALUES ('delete', old.id, old.last_name, old.first_name, old.patronymic, old.email, old.messenger, old.city);
END;

CREATE TRIGGER client_search_update AFTER UPDATE OF last_name, first_name, patronymic, email, messenger,
        city ON client BEGIN
    INSERT INTO client_search (client_search, rowid, last_name, first_name, patronymic, email, messenger, city)
    VALUES ('delete', old.id, old.last_name, old.first_name, old.patronymic, old.email, old.messenger, old.city);
    INSERT INTO client_search (rowid, last_name, first_name, patronymic, email, messenger, city)
    VALUES (new.id, new.last_name, new.first_name, new.patronymic, new.email, new.messenger, new.city);
END;

-- Homework by its own texts: the title and instructions as given, the client's feedback, her comment.
CREATE VIRTUAL TABLE homework_search USING fts5(
    title, instructions, feedback, comment,
    content = 'homework', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

INSERT INTO homework_search (homework_search) VALUES ('rebuild');

CREATE TRIGGER homework_search_insert AFTER INSERT ON homework BEGIN
    INSERT INTO homework_search (rowid, title, instructions, feedback, comment)
    VALUES (new.id, new.title, new.instructions, new.feedback, new.comment);
END;

CREATE TRIGGER homework_search_delete AFTER DELETE ON homework BEGIN
    INSERT INTO homework_search (homework_search, rowid, title, instructions, feedback, comment)
    VALUES ('delete', old.id, old.title, old.instructions, old.feedback, old.comment);
END;

CREATE TRIGGER homework_search_update AFTER UPDATE OF title, instructions, feedback, comment ON homework BEGIN
    INSERT INTO homework_search (homework_search, rowid, title, instructions, feedback, comment)
    VALUES ('delete', old.id, old.title, old.instructions, old.feedback, old.comment);
    INSERT INTO homework_search (rowid, title, instructions, feedback, comment)
    VALUES (new.id, new.title, new.instructions, new.feedback, new.comment);
END;
