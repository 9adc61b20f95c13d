"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export interface MentionPerson {
  id: string;
  name: string;
}

/** The "@query" just before the caret, when the person is typing a mention. */
function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  // A name has a few words at most; a line break or a long run ends the mention.
  if (query.length > 40 || /[\n@]/.test(query) || query.split(" ").length > 4) return null;
  return { start: at, query };
}

/**
 * A textarea with an @mention autocomplete (ARIA 1.2 combobox with a listbox popup): typing "@"
 * and a few letters lists matching active staff (diacritics-insensitive, from
 * /api/users/mentionable); ↑/↓ move, Enter or Tab inserts "@Name", Escape closes. The chosen
 * people are reported to the form, which sends their ids with the note (stored as references).
 */
export function MentionTextarea({
  value,
  onChange,
  mentions,
  onMentionsChange,
  rows = 3,
  className,
  ...field
}: {
  value: string;
  onChange: (value: string) => void;
  mentions: MentionPerson[];
  onMentionsChange: (people: MentionPerson[]) => void;
  rows?: number;
  className?: string;
  id: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const t = useTranslations("mentions");
  const listId = useId();
  const hintId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [options, setOptions] = useState<MentionPerson[]>([]);
  const [active, setActive] = useState(0);
  const open = mention !== null && options.length > 0;

  useEffect(() => {
    if (!mention) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/users/mentionable?q=${encodeURIComponent(mention.query)}`, {
          signal: controller.signal,
        });
        if (!res.ok) return;
        const { data } = (await res.json()) as { data: MentionPerson[] };
        setOptions(data.map((p) => ({ id: p.id, name: p.name })));
        setActive(0);
      } catch {
        // Aborted by the next keystroke, or offline: the list simply does not open.
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [mention]);

  function track(text: string, caret: number) {
    const found = mentionQueryAt(text, caret);
    setMention((prev) => (prev?.start === found?.start && prev?.query === found?.query ? prev : found));
    if (!found) setOptions([]);
  }

  function choose(person: MentionPerson) {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const inserted = `@${person.name} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    onChange(next);
    if (!mentions.some((m) => m.id === person.id)) onMentionsChange([...mentions, person]);
    setMention(null);
    setOptions([]);
    const at = mention.start + inserted.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const person = options[active];
      if (person) choose(person);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setMention(null);
      setOptions([]);
    }
  }

  const activeId = open ? `${listId}-${active}` : undefined;
  const describedBy = [field["aria-describedby"], hintId].filter(Boolean).join(" ");
  return (
    <div className="relative">
      <textarea
        {...field}
        ref={ref}
        rows={rows}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => track(value, e.currentTarget.selectionStart)}
        onBlur={() => setTimeout(() => setMention(null), 150)}
        className={className}
      />
      <p id={hintId} className="mt-1 text-xs text-muted">
        {t("hint")}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label={t("listLabel")}
        hidden={!open}
        className="absolute z-10 mt-1 max-h-64 w-72 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((p, i) => (
          <div
            key={p.id}
            // Options are pointed at with aria-activedescendant; the focus stays in the textarea.
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              // Keeps the focus in the textarea (no blur closing the list before the click).
              e.preventDefault();
              choose(p);
            }}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-sky-100 text-ink" : ""}`}
          >
            {p.name}
          </div>
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {open ? t("count", { count: options.length }) : ""}
      </p>
      {mentions.length > 0 && (
        <p className="mt-1 flex flex-wrap gap-1 text-xs" data-testid="mention-chips">
          <span className="text-muted">{t("mentioned")}</span>
          {mentions.map((m) => (
            <span key={m.id} className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-950">
              @{m.name}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** The people still named "@Name" in the text (a mention deleted from the text is not sent). */
export function mentionsInText(text: string, people: MentionPerson[]): MentionPerson[] {
  return people.filter((p) => text.includes(`@${p.name}`));
}
