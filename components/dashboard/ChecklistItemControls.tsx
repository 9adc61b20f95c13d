"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/** Move, make required or optional, retire or bring back one item (versioned on the server). */
export function ChecklistItemControls({
  item,
  label,
  first,
  last,
}: {
  item: { id: string; version: number; required: boolean; retired: boolean };
  label: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("checklists.admin");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();

  async function change(body: object) {
    const result = await run("PATCH", `/api/admin/checklists/${item.id}`, { ...body, version: item.version });
    if (result.ok) router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {(["up", "down"] as const).map((move) => (
          <Button
            key={move}
            variant="ghost"
            disabled={pending || (move === "up" ? first : last)}
            aria-label={`${t(move === "up" ? "moveUp" : "moveDown")}: ${label}`}
            onClick={() => void change({ move })}
          >
            {move === "up" ? "↑" : "↓"}
          </Button>
        ))}
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => void change({ required: !item.required })}
        >
          {item.required ? t("makeOptional") : t("makeRequired")}
        </Button>
        <Button
          variant={item.retired ? "secondary" : "danger"}
          disabled={pending}
          onClick={() => void change({ retired: !item.retired })}
        >
          {item.retired ? t("restore") : t("retire")}
        </Button>
      </div>
      <FormError message={error?.message} />
    </div>
  );
}
