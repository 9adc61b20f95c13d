import { extractDeadline } from "./extract";

/**
 * The due date proposed for a new claim: what its quote says, as the columns the claim service
 * writes (lib/deadlines/validation.ts deadlineData); `{}` when the quote gives none.
 */
export function suggestedDeadline(
  quote: string,
  saidOn: Date | string | null,
): { deadlineAt?: Date; deadlinePhrase?: string } {
  const found = extractDeadline(quote, saidOn);
  if (!found) return {};
  return { deadlineAt: new Date(`${found.dueOn}T00:00:00.000Z`), deadlinePhrase: found.phrase.slice(0, 200) };
}
