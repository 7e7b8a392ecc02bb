-- An Idempotency-Key's answer is the body alone: every change route answers with one status of its own, so
-- a repeat is answered with the route's status and the stored body. The column stays for rows written before.
ALTER TABLE idempotency_keys ALTER COLUMN status DROP NOT NULL;
