-- Hand-written: what schema.prisma cannot express.
-- unaccent folds diacritics for search; pg_trgm gives the trigram indexes.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- unaccent() is only STABLE (it depends on the search path); naming the dictionary makes an
-- IMMUTABLE wrapper that indexes and generated columns may use. Đ/đ are mapped explicitly.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(text)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, translate($1, 'Đđ', 'Dd')) $$;

-- Lower-case, unaccented text: the same folding as lib/text/fold.ts.
CREATE OR REPLACE FUNCTION public.fold_text(text)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.immutable_unaccent($1)) $$;
