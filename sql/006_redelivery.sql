-- 006_redelivery.sql - what a file held the last time it was read, so that
-- reading it again re-delivers only the records whose content changed.
--
-- record_hashes: the identities of the calls read from the file, 8 bytes
-- each (big-endian), in no particular order: FNV-1a 64 of the bytes of
-- any file it was read with (Harper Valley metadata) followed by the record's
-- own bytes, the value of bronze_calls.checksum. When the file is read
-- again, a record whose identity is listed is unchanged and not delivered again, so a correction
-- that came from another file in the meantime stands. NULL: not known (a file
-- recorded before this migration and holding no call still in bronze, or a
-- file that yielded no call): every record read from it counts as delivered.
--
-- loaded, duplicates, unchanged, quarantined: what the last read of the file
-- did with its records (calls loaded new or replacing an older version; calls
-- already stored with the same content, or repeated later in the same batch;
-- records as they were at the previous read, not delivered again; records
-- quarantined). NULL for files recorded before this migration.
-- outcome sums them up: loaded, duplicate, unchanged, quarantined, or sibling
-- (a file read only as part of another file's call: Harper Valley metadata).
ALTER TABLE ingested_files
    ADD COLUMN record_hashes bytea,
    ADD COLUMN loaded integer,
    ADD COLUMN duplicates integer,
    ADD COLUMN unchanged integer,
    ADD COLUMN quarantined integer;

-- Files recorded before: their calls still in bronze are what they delivered
-- (a call since corrected from another file is not, and is delivered again
-- once should its first file change).
UPDATE ingested_files f SET record_hashes = b.h
FROM (SELECT source_file, string_agg(decode(checksum, 'hex'), ''::bytea ORDER BY call_id) AS h
      FROM bronze_calls GROUP BY source_file) b
WHERE b.source_file = f.path;

COMMENT ON COLUMN bronze_calls.checksum IS
    'FNV-1a 64, hex, of the bytes of any file the record was read with (Harper Valley metadata) followed by the raw record: the call''s identity for re-delivery';
