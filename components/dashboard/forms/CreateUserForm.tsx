"use client";

import { useTranslations } from "next-intl";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { rolesInOrder } from "../UserRowControls";
import { JsonForm } from "./JsonForm";
import { NewPasswordField } from "./NewPasswordField";

/** An admin creates an account with an initial password (the person changes it under "Account"). */
export function CreateUserForm() {
  const t = useTranslations("users");
  const tRole = useTranslations("enums.role");
  return (
    <JsonForm
      fields={{
        name: t("name"),
        email: t("email"),
        role: { label: t("role"), pick: "item" },
        password: t("initialPassword"),
      }}
      label={t("formLabel")}
      method="POST"
      url="/api/admin/users"
      submit={t("submit")}
      success={(data) => t("created", { email: (data as { email: string }).email })}
      toBody={(d) => ({
        email: d.get("email"),
        name: d.get("name"),
        role: d.get("role"),
        password: d.get("password"),
      })}
    >
      {(f) => (
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label={t("name")} error={f.name} name="name" required />
          <TextField label={t("email")} error={f.email} name="email" type="email" required />
          <SelectField label={t("role")} error={f.role} name="role" defaultValue="EDITOR">
            <EnumOptions values={rolesInOrder} label={(r) => tRole(r)} />
          </SelectField>
          <NewPasswordField label={t("initialPassword")} error={f.password} name="password" />
        </div>
      )}
    </JsonForm>
  );
}
