import { expect } from "vitest";
import { isPendingAnswer, type PendingAnswer } from "@/lib/pending/propose";

/**
 * The answer of a change that must have been applied at once (not left waiting for a reviewer),
 * narrowed to the applied shape; fails the test when the change is pending instead.
 */
export function appliedDirectly<T extends object>(answer: T): Exclude<T, PendingAnswer> {
  expect(
    isPendingAnswer(answer),
    "expected the change to be applied directly, not to wait for a reviewer",
  ).toBe(false);
  return answer as Exclude<T, PendingAnswer>;
}
