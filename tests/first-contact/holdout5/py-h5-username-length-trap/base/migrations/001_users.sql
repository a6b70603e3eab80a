CREATE TABLE users (
    id        SERIAL PRIMARY KEY,
    username  VARCHAR(32) NOT NULL UNIQUE,
    email     TEXT NOT NULL
);
