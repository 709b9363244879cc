-- Person's GIN indexes (trigrams of name, document and phone; the name's pieces) without a
-- pending list (docs/decisions/0025-set-based-registration.md, "Measured again"). With
-- fastupdate on, new entries wait in a list that every use of the index reads through until
-- the next vacuum, and the planner then costs the index as nearly free: matching a batch of 500
-- rows by phone chose the phone's trigram index for `phone = …` and read the whole list once
-- per phone (3.8 s at 100,000 contacts). Without it each insert updates the index directly
-- (a little more per registration) and lookups stay as cheap as the index is.
ALTER INDEX "Person_name_trgm" SET (fastupdate = off);
ALTER INDEX "Person_idNumber_trgm" SET (fastupdate = off);
ALTER INDEX "Person_phone_trgm" SET (fastupdate = off);
ALTER INDEX "Person_nameGrams_gin" SET (fastupdate = off);
-- Entries already pending move into the indexes now.
SELECT gin_clean_pending_list('"Person_name_trgm"'::regclass);
SELECT gin_clean_pending_list('"Person_idNumber_trgm"'::regclass);
SELECT gin_clean_pending_list('"Person_phone_trgm"'::regclass);
SELECT gin_clean_pending_list('"Person_nameGrams_gin"'::regclass);
