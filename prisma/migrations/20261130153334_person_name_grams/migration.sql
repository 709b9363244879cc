-- Short name searches (docs/decisions/0029-short-name-search.md): every one- and two-character
-- piece of the lower-cased name, kept by a trigger, indexed with GIN. Trigram indexes serve
-- three characters and more; a search for "梁林" or "梁" read every name of the county.

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "nameGrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION person_name_grams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(DISTINCT g ORDER BY g), ARRAY[]::text[]) FROM (
    SELECT substr(lower(name), i, 1) AS g FROM generate_series(1, length(name)) AS i
    UNION ALL
    SELECT substr(lower(name), i, 2) FROM generate_series(1, length(name) - 1) AS i
  ) pieces WHERE g <> ''
$$;

CREATE FUNCTION person_name_grams_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nameGrams" := person_name_grams(NEW."name");
  RETURN NEW;
END
$$;

CREATE TRIGGER person_name_grams BEFORE INSERT OR UPDATE OF "name" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION person_name_grams_keep();

-- The people already registered (other triggers off: nothing else changes).
ALTER TABLE "Person" DISABLE TRIGGER USER;
UPDATE "Person" SET "nameGrams" = person_name_grams("name");
ALTER TABLE "Person" ENABLE TRIGGER USER;

-- CreateIndex
CREATE INDEX "Person_nameGrams_gin" ON "Person" USING GIN ("nameGrams");
