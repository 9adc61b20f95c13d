import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/dashboard/UserAdmin";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Account", robots: { index: false } };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
        <p className="text-sm text-muted">
          {actor?.name} · {actor?.email}
        </p>
      </div>
      <section aria-labelledby="pw-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pw-heading" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-muted">You will be signed out everywhere and asked to sign in with the new password.</p>
        <div className="mt-4">
          <ChangePasswordForm />
        </div>
      </section>
    </div>
  );
}
