-- The people of a county with these (name, phone) pairs, for identity matching
-- (lib/persons/match.ts, docs/decisions/0025-set-based-registration.md "Measured again").
-- pg_trgm's GIN indexes answer equality too, and every phone shares the trigrams of "139…":
-- PostgreSQL chose the phone's trigram index for these lookups (1–4 s for 500 pairs at 100,000
-- contacts) or, with the pairs written as ranges, a scan of the county (0.5 s for 50 at 1M).
-- GIN is only ever read through bitmap scans; with those off for this one statement the
-- (countyCode, name, phone) b-tree answers each pair.
CREATE FUNCTION person_ids_by_name_phone(county text, names text[], phones text[]) RETURNS TABLE (id uuid)
  LANGUAGE sql STABLE SET enable_bitmapscan = off AS $$
  SELECT p."id" FROM unnest(names, phones) AS x(name, phone)
  JOIN "Person" p ON p."countyCode" = county AND p."name" = x.name AND p."phone" = x.phone
  WHERE p."mergedIntoId" IS NULL
$$;
