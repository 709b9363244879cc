"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Turns NextAuth's error string ("RATE_LIMITED:120", "DISABLED", …) into a translated message. */
function useSignInError() {
  const t = useTranslations("auth.errors");
  return (raw: string): string => {
    const [code, minutes] = raw.split(":");
    switch (code) {
      case "INVALID_CREDENTIALS":
      case "DISABLED":
      case "MISSING_FIELDS":
        return t(code);
      case "LOCKED":
        return t("LOCKED", { minutes: Number(minutes) || 15 });
      case "RATE_LIMITED":
        // Seconds from the server; shown in whole minutes, at least one.
        return t("RATE_LIMITED", { minutes: Math.max(1, Math.ceil((Number(minutes) || 60) / 60)) });
      default:
        return t("UNKNOWN");
    }
  };
}

export function SignInForm() {
  const t = useTranslations("auth");
  const describe = useSignInError();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(describe("MISSING_FIELDS"));
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    if (result?.ok && !result.error) {
      // "/" answers with a server redirect to the role's first page (lib/auth/navigation.ts
      // landingPath): no page is rendered there. Refresh so every server component (layouts
      // included) is rendered again with the new session cookie.
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError(describe(result?.error ?? "UNKNOWN"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-700">
          {t("username")}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoFocus
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 focus:border-teal-600 focus:ring-1 focus:ring-teal-600 focus:outline-none"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 focus:border-teal-600 focus:ring-1 focus:ring-teal-600 focus:outline-none"
        />
      </div>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
