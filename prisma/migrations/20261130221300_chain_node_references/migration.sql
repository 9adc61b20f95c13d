-- Hand-written data step: one representation for attribution-chain nodes. Chains saved by
-- ingestion before this migration carried only labels ("TTXVN", "Bùi Thanh Sơn"), chains built in
-- the sources panel carried outlet and speaker references, so corroboration counted the same
-- origin twice. Fill in the reference of every node that names exactly one live outlet (by its
-- name) or one live speaker (by its name or a variant), compared by folded words as the app does
-- (lib/appearances/chain-references.ts). Names that match several are left as they are.
WITH matches AS (
  SELECT n.id AS node_id, min(o.id) AS outlet_id, count(DISTINCT o.id) AS n
    FROM "AttributionNode" n
    JOIN "Outlet" o ON o."deletedAt" IS NULL AND btrim(regexp_replace(public.fold_text(o.name), '[^a-z0-9]+', ' ', 'g')) = btrim(regexp_replace(public.fold_text(n.label), '[^a-z0-9]+', ' ', 'g'))
   WHERE n.kind = 'OUTLET' AND n."outletId" IS NULL AND btrim(regexp_replace(public.fold_text(n.label), '[^a-z0-9]+', ' ', 'g')) <> ''
   GROUP BY n.id
)
UPDATE "AttributionNode" n SET "outletId" = m.outlet_id FROM matches m WHERE m.node_id = n.id AND m.n = 1;

WITH matches AS (
  SELECT n.id AS node_id, min(s.id) AS speaker_id, count(DISTINCT s.id) AS n
    FROM "AttributionNode" n
    JOIN "Speaker" s ON s."deletedAt" IS NULL
     AND EXISTS (SELECT 1 FROM unnest(array_prepend(s.name, s.variants)) AS v(name) WHERE btrim(regexp_replace(public.fold_text(v.name), '[^a-z0-9]+', ' ', 'g')) = btrim(regexp_replace(public.fold_text(n.label), '[^a-z0-9]+', ' ', 'g')))
   WHERE n.kind <> 'OUTLET' AND n."speakerId" IS NULL AND btrim(regexp_replace(public.fold_text(n.label), '[^a-z0-9]+', ' ', 'g')) <> ''
   GROUP BY n.id
)
UPDATE "AttributionNode" n SET "speakerId" = m.speaker_id FROM matches m WHERE m.node_id = n.id AND m.n = 1;
