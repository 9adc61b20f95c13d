import { z } from "zod";
import { boundedDateTimeField, idField } from "../validation/common";

/**
 * Input of `PUT /api/claims/[id]/assignment`: the whole assignment as the person wants it (null
 * clears a part), and optionally the assignment they saw, so that two people reassigning at once
 * do not silently overwrite each other (409 when it changed meanwhile).
 */
const assignmentShape = {
  editorId: idField.nullable(),
  reviewerId: idField.nullable(),
  dueAt: boundedDateTimeField("Due date").nullable(),
};

export const assignmentSnapshotSchema = z.strictObject(assignmentShape);

export const assignmentInputSchema = z.strictObject({
  ...assignmentShape,
  expected: assignmentSnapshotSchema.optional(),
});
export type AssignmentInput = z.output<typeof assignmentInputSchema>;
export type AssignmentSnapshot = z.output<typeof assignmentSnapshotSchema>;
