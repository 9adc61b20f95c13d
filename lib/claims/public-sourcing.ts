import type { ChainNodeLike } from "./corroboration";
import { analyseSourcing } from "./laundering";
import type { PublicSourcing } from "./public-dto";

/**
 * A published claim's corroboration for readers ("reported by 5 outlets, all from 1 independent
 * chain; origin unnamed"): counts and the origin's kind only, from the sources its page shows.
 * Outlets are told apart by their public slug.
 */
export function publicSourcing(
  appearances: readonly {
    article: { outlet: { slug: string; name: string } };
    chain: readonly ChainNodeLike[];
  }[],
): PublicSourcing {
  const a = analyseSourcing(
    appearances.map((ap, i) => ({
      id: String(i),
      outlet: { id: ap.article.outlet.slug, name: ap.article.outlet.name },
      chain: ap.chain,
    })),
  );
  return { outlets: a.outlets, chains: a.chains, origin: a.origin };
}
