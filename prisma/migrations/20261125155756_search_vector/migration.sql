-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- Hand-written: keep "searchVector" in step with "searchText" on every write, and fill it for
-- existing rows. searchText is already folded, so the 'simple' configuration (no stemming,
-- no stop words) gives one lexeme per folded word.
CREATE OR REPLACE FUNCTION public.claim_search_vector_update()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  NEW."searchVector" := to_tsvector('simple'::regconfig, coalesce(NEW."searchText", ''));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_searchVector_update"
  BEFORE INSERT OR UPDATE OF "searchText" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION public.claim_search_vector_update();

UPDATE "Claim" SET "searchVector" = to_tsvector('simple'::regconfig, "searchText");
