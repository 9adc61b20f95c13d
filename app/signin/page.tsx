import type { Metadata } from "next";
import { SignInForm } from "@/components/dashboard/SignInForm";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = typeof sp.callbackUrl === "string" && sp.callbackUrl.startsWith("/") && !sp.callbackUrl.startsWith("//") ? sp.callbackUrl : "/dashboard";
  const reason = typeof sp.reason === "string" ? sp.reason : null;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-xl font-bold tracking-tight">
          Claim<span className="text-accent">Ledger</span>
        </p>
        <h1 className="mt-4 text-lg font-semibold">Sign in to the newsroom</h1>
        {reason === "expired" && <p className="mt-2 text-sm text-muted">Your session has ended. Please sign in again.</p>}
        {reason === "password-changed" && <p className="mt-2 text-sm text-muted">Password changed. Please sign in with your new password.</p>}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
