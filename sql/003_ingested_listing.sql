-- 003_ingested_listing.sql - ingested_files by directory and name, so that a
-- run compares each directory's sorted listing with its known files in one
-- ordered pass (a few large index range reads) instead of looking every path
-- up. dir is the path up to its last '/', name what follows; both in the same
-- text form as path (invalid UTF-8 bytes written as \xHH).
ALTER TABLE ingested_files ADD COLUMN dir text, ADD COLUMN name text;
UPDATE ingested_files SET dir = substring(path FROM '^(.*)/[^/]*$'), name = substring(path FROM '[^/]*$');
UPDATE ingested_files SET dir = '' WHERE dir IS NULL;
ALTER TABLE ingested_files ALTER COLUMN dir SET NOT NULL, ALTER COLUMN name SET NOT NULL;
-- Byte order ("C"), the order the walk sorts names in, whatever the database
-- collation; size and mtime included so the listing reads the index alone.
CREATE INDEX ingested_files_listing ON ingested_files (dir, name COLLATE "C") INCLUDE (size, mtime_ns);
