"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

type Role = "ADMIN" | "EDITOR" | "REVIEWER";
const roles: Role[] = ["EDITOR", "REVIEWER", "ADMIN"];

export function CreateUserForm() {
  const t = useTranslations("users");
  const tRole = useTranslations("enums.role");
  const router = useRouter();
  const {
    run,
    pending,
    error,
    fieldErrors: f,
  } = useApiMutation({
    fields: {
      name: t("name"),
      email: t("email"),
      role: { label: t("role"), pick: "item" },
      password: t("initialPassword"),
    },
  });
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setDone(null);
    const result = await run<{ email: string }>("POST", "/api/admin/users", {
      email: data.get("email"),
      name: data.get("name"),
      role: data.get("role"),
      password: data.get("password"),
    });
    if (!result.ok) return;
    setDone(t("created", { email: result.data.email }));
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("formLabel")}>
      <FormError message={error?.message} />
      {done && <Alert tone="success">{done}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t("name")} error={f.name} name="name" required />
        <TextField label={t("email")} error={f.email} name="email" type="email" required />
        <SelectField label={t("role")} error={f.role} name="role" defaultValue="EDITOR">
          {roles.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("initialPassword")}
          error={f.password}
          help={t("passwordHelp")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

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
        {roles.map((r) => (
          <option key={r} value={r}>
            {tRole(r)}
          </option>
        ))}
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
      {error && (
        <span role="alert" className="text-xs text-rose-700">
          {error.message}
        </span>
      )}
    </div>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const router = useRouter();
  const {
    run,
    fail,
    pending,
    error,
    fieldErrors: f,
  } = useApiMutation({
    fields: { currentPassword: t("currentPassword"), newPassword: t("newPassword") },
  });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    if (data.get("newPassword") !== data.get("confirm")) {
      return fail(t("passwordsDiffer"), { confirm: t("doesNotMatch") });
    }
    const result = await run("POST", "/api/account/password", {
      currentPassword: data.get("currentPassword"),
      newPassword: data.get("newPassword"),
    });
    if (!result.ok) return;
    // Every session signed in with the old password has just ended, this one included.
    router.push("/signin?reason=password-changed");
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate aria-label={t("changePassword")}>
      <FormError message={error?.message} />
      <TextField
        label={t("currentPassword")}
        error={f.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
      />
      <TextField
        label={t("newPassword")}
        error={f.newPassword}
        help={t("passwordHelp")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
      />
      <TextField
        label={t("newPasswordAgain")}
        error={f.confirm}
        name="confirm"
        type="password"
        autoComplete="new-password"
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
