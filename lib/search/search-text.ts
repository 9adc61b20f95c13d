import { foldText } from "../text/normalize";

/**
 * What claim search matches against, folded (no diacritics, tone marks or case): the quote,
 * its translation, and the speaker's name and name variants. Stored in Claim.searchText and
 * indexed with a trigram GIN index, so `dam phan ba ben` finds `đàm phán ba bên`.
 */
export function claimSearchText(
  claim: { quote: string; translation: string | null },
  speaker: { name: string; variants: string[] },
): string {
  return searchableWords([claim.quote, claim.translation ?? "", speaker.name, ...speaker.variants].join(" "));
}

export function speakerSearchText(speaker: { name: string; variants: string[] }): string {
  return searchableWords([speaker.name, ...speaker.variants].join(" "));
}

/**
 * Folded words separated by single spaces, with a space at both ends, so that a search term
 * can be matched at the start of a word with `LIKE '% term%'` (which the trigram index serves).
 */
export function searchableWords(text: string): string {
  const words = foldText(text.normalize("NFC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(" ")} `;
}

/** Search words, folded and de-duplicated (at most `max`): each must start a word of the text. */
export function searchTerms(query: string, max = 8): string[] {
  return [
    ...new Set(
      foldText(query.normalize("NFC"))
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ].slice(0, max);
}
