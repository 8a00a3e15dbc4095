-- Uploaded files: one row per stored upload (an attachment, a piece of evidence, an import file).
-- The bytes live on disk under the data folder, content-addressed by their SHA-256
-- (src/platform/files/store.ts); the row is written in the same transaction as the record that
-- refers to it, after the bytes are in place, so a committed row always has its file.
create table files (
  id uuid primary key default gen_random_uuid(),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null check (size > 0),
  -- The type read from the bytes themselves, never the one the browser claimed.
  media_type text not null check (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  -- The name the uploader gave, for Content-Disposition; never used as a path.
  filename text not null check (filename <> '' and length(filename) <= 255),
  created_at timestamptz not null default now(),
  created_by text not null check (created_by <> '')
);
create index files_sha256 on files (sha256);
