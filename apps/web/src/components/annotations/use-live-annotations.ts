"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Other members' changes arrive as Server-Sent Events (`changed`, no content); the page then
 * re-renders from the server, through the same access-checked reads as a reload. The
 * browser's EventSource reconnects by itself after a dropped connection.
 */
export function useLiveAnnotations(gemeente: string, lemma: string): void {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(`/api/g/${encodeURIComponent(gemeente)}/annotaties/live?lemma=${encodeURIComponent(lemma)}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    };
    source.addEventListener("changed", refresh);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [gemeente, lemma, router]);
}
