"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/signin" })} className="text-sm font-medium text-muted hover:text-accent">
      Sign out
    </button>
  );
}
