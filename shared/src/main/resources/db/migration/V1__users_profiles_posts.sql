-- API.md's data for users 1..1,000,000, set-based: a few seconds, not a million inserts from Java.
-- Flyway runs it once per database (its history table) under PostgreSQL's advisory lock, so two services
-- starting at once against an empty database are safe: one loads, the other waits and finds it done.
-- The keys come after the rows: building an index over loaded rows is faster than keeping it up row by row.

CREATE TABLE users (
    id    bigint NOT NULL,
    name  text   NOT NULL,
    email text   NOT NULL
);
CREATE TABLE profiles (
    user_id   bigint NOT NULL,
    bio       text   NOT NULL,
    followers bigint NOT NULL
);
CREATE TABLE posts (
    id      bigint NOT NULL,
    user_id bigint NOT NULL,
    title   text   NOT NULL
);

INSERT INTO users (id, name, email)
SELECT g, 'User ' || g, 'user' || g || '@example.com' FROM generate_series(1::bigint, 1000000) AS g;

INSERT INTO profiles (user_id, bio, followers)
SELECT g, 'Bio of user ' || g, (g * 7919) % 10007 FROM generate_series(1::bigint, 1000000) AS g;

INSERT INTO posts (id, user_id, title)
SELECT g * 10 + k, g, 'Post ' || k || ' of user ' || g
FROM generate_series(1::bigint, 1000000) AS g, generate_series(1, 3) AS k;

ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE profiles ADD PRIMARY KEY (user_id);
ALTER TABLE posts ADD PRIMARY KEY (id);
CREATE INDEX posts_by_user ON posts (user_id, id);
ANALYZE users;
ANALYZE profiles;
ANALYZE posts;
