"use client";

import { useTranslations } from "next-intl";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";

/**
 * Unsaved work on a page (the claim form, a source being added, a comment being typed) is
 * registered here, so that leaving the page asks first (closing the tab, reloading, or a link
 * inside the app) and "Submit for review" can offer to save the claim before it is submitted
 * instead of silently submitting the last saved version.
 */
interface Draft {
  /** What is unsaved, as the person would name it ("the claim", "a comment"). */
  label: string;
  /** Saves it; resolves to the claim's new version, or null when it could not be saved. */
  save?: () => Promise<number | null>;
}

interface UnsavedChangesContext {
  register: (key: string, draft: Draft | null) => void;
  drafts: Record<string, Draft>;
  /** The newest claim version this page saved (its server props lag until the refresh lands). */
  savedVersion: number | null;
  reportSavedVersion: (version: number) => void;
}

const Context = createContext<UnsavedChangesContext | null>(null);

/** Asks before the page is left while `active`: tab closed or reloaded, or an in-app link followed. */
function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    // Client-side navigation (next/link) fires no beforeunload: catch the click before the
    // router sees it (capture phase, on the document, above React's root listener).
    const click = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !(anchor instanceof HTMLAnchorElement) ||
        (anchor.target && anchor.target !== "_self") ||
        anchor.hasAttribute("download")
      )
        return;
      const to = new URL(anchor.href, window.location.href);
      if (to.origin !== window.location.origin) return; // a full page load: beforeunload asks
      if (to.pathname === window.location.pathname && to.search === window.location.search) return; // same page (an anchor)
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active, message]);
}

function useLeaveMessage(labels: string[]): string {
  const t = useTranslations("unsaved");
  return labels.length ? t("leave", { what: labels.join(", ") }) : "";
}

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const register = useCallback((key: string, draft: Draft | null) => {
    setDrafts((current) => {
      if (!draft) {
        if (!(key in current)) return current;
        const { [key]: _gone, ...rest } = current;
        return rest;
      }
      return { ...current, [key]: draft };
    });
  }, []);
  const reportSavedVersion = useCallback(
    (version: number) => setSavedVersion((v) => Math.max(v ?? 0, version)),
    [],
  );
  const labels = Object.values(drafts).map((d) => d.label);
  const message = useLeaveMessage(labels);
  useLeaveGuard(labels.length > 0, message);
  const value = useMemo(
    () => ({ register, drafts, savedVersion, reportSavedVersion }),
    [register, drafts, savedVersion, reportSavedVersion],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * Declares unsaved work while `dirty`. Outside a provider (the new-claim page) the component
 * guards the page on its own.
 */
export function useUnsavedWork(
  key: string,
  dirty: boolean,
  label: string,
  save?: () => Promise<number | null>,
) {
  const context = useContext(Context);
  const register = context?.register;
  // The latest save function without re-registering on every render.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const hasSave = Boolean(save);
  useEffect(() => {
    if (!register) return;
    register(key, dirty ? { label, ...(hasSave ? { save: () => saveRef.current!() } : {}) } : null);
    return () => register(key, null);
  }, [register, key, dirty, label, hasSave]);
  const message = useLeaveMessage(dirty ? [label] : []);
  useLeaveGuard(!context && dirty, message);
}

/** What is unsaved on this page now, and the newest version saved from it. */
export function useUnsavedDrafts() {
  const context = useContext(Context);
  return {
    drafts: context?.drafts ?? {},
    savedVersion: context?.savedVersion ?? null,
    reportSavedVersion: context?.reportSavedVersion ?? (() => {}),
  };
}
