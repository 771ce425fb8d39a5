-- Kabinet schema version 3: the exercise library, lessons' default exercises, and homework.

-- A shipped exercise has a code: its texts come in the user's language (resources
-- org/kabinet/exercises/exercises_*.json) until she edits it; then own_texts = 1 and the columns
-- hold her version.
CREATE TABLE exercise (
    id           INTEGER PRIMARY KEY,
    code         TEXT UNIQUE,
    own_texts    INTEGER NOT NULL DEFAULT 0 CHECK (own_texts IN (0, 1)),
    title        TEXT NOT NULL DEFAULT '',
    method       TEXT NOT NULL CHECK (method IN ('PSYCHOSYNTHESIS', 'GESTALT', 'IMAGERY', 'BODY',
                     'COGNITIVE', 'OTHER')),
    purpose      TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    duration     TEXT NOT NULL DEFAULT '',
    frequency    TEXT NOT NULL DEFAULT '',
    questions    TEXT NOT NULL DEFAULT '',
    retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    CHECK (code IS NOT NULL OR title <> ''),
    CHECK (own_texts = 0 OR title <> '')
);

CREATE TABLE exercise_tag (
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (tag <> ''),
    PRIMARY KEY (exercise_id, tag)
);

INSERT INTO exercise (code, method) VALUES
    ('eveningReview', 'PSYCHOSYNTHESIS'),
    ('disidentification', 'PSYCHOSYNTHESIS'),
    ('idealModel', 'PSYCHOSYNTHESIS'),
    ('subpersonalities', 'PSYCHOSYNTHESIS'),
    ('innerGuide', 'IMAGERY'),
    ('safePlace', 'IMAGERY'),
    ('unsentLetter', 'GESTALT'),
    ('awareNow', 'GESTALT'),
    ('partDialogue', 'GESTALT'),
    ('bodyScan', 'BODY'),
    ('squareBreathing', 'BODY'),
    ('emotionsDiary', 'COGNITIVE'),
    ('thoughtRecord', 'COGNITIVE'),
    ('gratitude', 'OTHER');

-- The exercises a program lesson gives by default, in order.
CREATE TABLE lesson_exercise (
    lesson_id   INTEGER NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (lesson_id, exercise_id)
);

CREATE TABLE homework (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    session_id   INTEGER REFERENCES session (id) ON DELETE SET NULL,
    lesson_id    INTEGER REFERENCES lesson (id),
    exercise_id  INTEGER REFERENCES exercise (id),
    title        TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    assigned_on  TEXT NOT NULL,
    due          TEXT,
    status       TEXT NOT NULL CHECK (status IN ('ASSIGNED', 'DONE', 'PARTLY_DONE', 'NOT_DONE', 'DISCUSSED')),
    feedback     TEXT NOT NULL DEFAULT '',
    comment      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (exercise_id IS NOT NULL OR title <> '')
);

CREATE INDEX homework_client ON homework (client_id, assigned_on);
CREATE INDEX homework_session ON homework (session_id);
