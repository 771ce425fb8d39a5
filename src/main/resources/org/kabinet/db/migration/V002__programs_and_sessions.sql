-- Kabinet schema version 2: programs of lessons (the Base ships with it), sessions, enrolments.
-- Date-times of sessions are local ISO-8601 text (YYYY-MM-DDTHH:MM): a session is at 10:00 on her
-- clock wherever the computer thinks it is. Money is in whole units of her currency.

CREATE TABLE program (
    id      INTEGER PRIMARY KEY,
    code    TEXT UNIQUE,
    name    TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    CHECK (code IS NOT NULL OR name <> '')
);

-- A built-in lesson has a code and shows the shipped title in the user's language until she
-- gives it her own title.
CREATE TABLE lesson (
    id          INTEGER PRIMARY KEY,
    program_id  INTEGER NOT NULL REFERENCES program (id),
    code        TEXT UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    CHECK (code IS NOT NULL OR title <> '')
);

CREATE INDEX lesson_program ON lesson (program_id, position);

INSERT INTO program (code) VALUES ('base');

-- The five lessons known by name come first; she sets the real order.
INSERT INTO lesson (program_id, code, position)
SELECT p.id, l.code, l.position
FROM program p,
     (SELECT 'base.birth' AS code, 1 AS position
      UNION ALL SELECT 'base.childhood', 2
      UNION ALL SELECT 'base.death', 3
      UNION ALL SELECT 'base.body', 4
      UNION ALL SELECT 'base.manWoman', 5
      UNION ALL SELECT 'base.lesson6', 6
      UNION ALL SELECT 'base.lesson7', 7
      UNION ALL SELECT 'base.lesson8', 8
      UNION ALL SELECT 'base.lesson9', 9
      UNION ALL SELECT 'base.lesson10', 10
      UNION ALL SELECT 'base.lesson11', 11
      UNION ALL SELECT 'base.lesson12', 12
      UNION ALL SELECT 'base.lesson13', 13
      UNION ALL SELECT 'base.lesson14', 14
      UNION ALL SELECT 'base.lesson15', 15) l
WHERE p.code = 'base';

CREATE TABLE enrolment (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    program_id   INTEGER NOT NULL REFERENCES program (id),
    enrolled_on  TEXT NOT NULL,
    price        INTEGER CHECK (price IS NULL OR price >= 0),
    status       TEXT NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'COMPLETED', 'STOPPED')),
    status_since TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX enrolment_client ON enrolment (client_id);
CREATE INDEX enrolment_program ON enrolment (program_id);

CREATE TABLE session (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    starts_at    TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 600),
    format       TEXT NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE')),
    kind         TEXT NOT NULL CHECK (kind IN ('FIRST', 'LESSON', 'SINGLE', 'FINAL')),
    status       TEXT NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED_BY_CLIENT',
                     'CANCELLED_BY_ME', 'NO_SHOW')),
    late_cancel  INTEGER NOT NULL DEFAULT 0 CHECK (late_cancel IN (0, 1)),
    fee          INTEGER CHECK (fee IS NULL OR fee >= 0),
    paid         INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1)),
    -- A lesson that clients have done cannot be deleted (retire it instead): no ON DELETE here.
    enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE SET NULL,
    lesson_id    INTEGER REFERENCES lesson (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX session_client ON session (client_id, starts_at);
CREATE INDEX session_start ON session (starts_at);
CREATE INDEX session_enrolment ON session (enrolment_id);
CREATE INDEX session_lesson ON session (lesson_id);
