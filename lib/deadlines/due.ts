/** When a claim's due date counts as passed (pure: lists, badges and the sweep agree). */

/**
 * A due day is over at midnight in Việt Nam (UTC+7): the day D (stored as D 00:00 UTC) has passed
 * from D+1 00:00 ICT, i.e. D 17:00 UTC.
 */
const DAY_OVER_AFTER_MS = 17 * 60 * 60 * 1000;

/** The latest stored due date that has passed at `now`. */
export const passedCutoff = (now = new Date()) => new Date(now.getTime() - DAY_OVER_AFTER_MS);

export function isDeadlinePassed(deadlineAt: Date | null, now = new Date()): boolean {
  return !!deadlineAt && deadlineAt.getTime() <= passedCutoff(now).getTime();
}
