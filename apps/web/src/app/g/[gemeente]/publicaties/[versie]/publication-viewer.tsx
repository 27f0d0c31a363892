"use client";

// The viewer-specific parts of a publication page, filled in by the browser from
// /api/g/[gemeente]/publicaties/[versie]/viewer (same access rules as the page) so that the
// server rendering is the same for everyone and can be cached. The withdraw action checks
// the right again on the server.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { createContext, Suspense, useContext, useEffect, useState, type ReactNode } from "react";
import styles from "../publications.module.css";
import { WithdrawForm } from "./withdraw-form";

interface TViewerState {
  newestReadableVersion: number;
  canWithdraw: boolean;
}

interface TPublicationContext {
  gemeente: string;
  version: number;
  withdrawn: boolean;
  /** Null until known, and when the viewer may not know more than the page shows. */
  viewer: TViewerState | null;
}

const PublicationContext = createContext<TPublicationContext | null>(null);

function usePublication(): TPublicationContext {
  const context = useContext(PublicationContext);
  if (!context) throw new Error("PublicationViewer ontbreekt rond deze publicatie.");
  return context;
}

export function PublicationViewer({ gemeente, version, withdrawn, children }: Omit<TPublicationContext, "viewer"> & { children: ReactNode }) {
  const [viewer, setViewer] = useState<TViewerState | null>(null);
  useEffect(() => {
    let current = true;
    // Asked again after a withdrawal: the right to withdraw and the newest version change.
    fetch(`/api/g/${encodeURIComponent(gemeente)}/publicaties/${version}/viewer`, { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<TViewerState>) : null))
      .catch(() => null)
      .then((state) => current && setViewer(state));
    return () => {
      current = false;
    };
  }, [gemeente, version, withdrawn]);
  return <PublicationContext.Provider value={{ gemeente, version, withdrawn, viewer }}>{children}</PublicationContext.Provider>;
}

function JustPublishedNotice() {
  const { version, withdrawn } = usePublication();
  const justPublished = useSearchParams().get("gepubliceerd") === "1";
  if (!justPublished || withdrawn) return null;
  return (
    <p role="status" className={`${styles.notice} ${styles.noPrint}`}>
      Versie {version} is gepubliceerd. Dit adres blijft altijd deze versie tonen.
    </p>
  );
}

/** "Published" after publishing, and a pointer to the newest valid version this viewer may read. */
export function PublicationViewerNotices() {
  const { gemeente, version, viewer } = usePublication();
  const newest = viewer?.newestReadableVersion;
  return (
    <>
      {/* The query string is read in the browser: the cached rendering has none. */}
      <Suspense fallback={null}>
        <JustPublishedNotice />
      </Suspense>
      {newest !== undefined && newest !== version && (
        <p className={`${styles.notice} ${styles.noPrint}`}>
          Er is een andere geldige versie:{" "}
          <Link className="utrecht-link" href={`/g/${gemeente}/publicaties/${newest}`}>
            versie {newest}
          </Link>
          .
        </p>
      )}
    </>
  );
}

/** The withdraw form, for the griffie and ADMIN while the version is not withdrawn. */
export function PublicationWithdrawSlot() {
  const { gemeente, version, withdrawn, viewer } = usePublication();
  if (withdrawn || !viewer?.canWithdraw) return null;
  return <WithdrawForm gemeente={gemeente} version={version} />;
}
