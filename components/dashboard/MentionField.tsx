"use client";

import { Field, type FieldFrame, inputClass } from "@/components/ui/Field";
import { type MentionPerson, MentionTextarea } from "./MentionTextarea";

/** A labelled note box with @mentions: Field's label, help and error around a MentionTextarea. */
export function MentionField({
  value,
  onChange,
  mentions,
  onMentionsChange,
  rows,
  ...frame
}: FieldFrame & {
  value: string;
  onChange: (value: string) => void;
  mentions: MentionPerson[];
  onMentionsChange: (people: MentionPerson[]) => void;
  rows?: number;
}) {
  return (
    <Field {...frame}>
      {(p) => (
        <MentionTextarea
          {...p}
          rows={rows}
          value={value}
          onChange={onChange}
          mentions={mentions}
          onMentionsChange={onMentionsChange}
          className={inputClass}
        />
      )}
    </Field>
  );
}
