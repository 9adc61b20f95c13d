"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { ActionError } from "@/components/ui/FieldError";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { Role } from "@/lib/generated/prisma/enums";

/** Roles as offered in pickers: the least powerful first. */
export const rolesInOrder: readonly Role[] = ["EDITOR", "REVIEWER", "ADMIN"];

export function UserRowControls({
  user,
  isSelf,
}: {
  user: { id: string; role: Role; disabled: boolean; version: number; email: string };
  isSelf: boolean;
}) {
  const t = useTranslations("users");
  const tRole = useTranslations("enums.role");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();

  async function patch(body: Record<string, unknown>) {
    const result = await run("PATCH", `/api/admin/users/${user.id}`, { ...body, version: user.version });
    if (result.ok) router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        {t("roleOf", { email: user.email })}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={isSelf || pending}
        onChange={(e) => void patch({ role: e.target.value })}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        <EnumOptions values={rolesInOrder} label={(r) => tRole(r)} />
      </select>
      {!isSelf && (
        <Button
          variant={user.disabled ? "secondary" : "danger"}
          disabled={pending}
          onClick={() => void patch({ disabled: !user.disabled })}
        >
          {user.disabled ? t("enable", { email: user.email }) : t("disable", { email: user.email })}
        </Button>
      )}
      <ActionError message={error?.message} size="xs" />
    </div>
  );
}
