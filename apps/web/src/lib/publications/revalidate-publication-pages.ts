import "server-only";
import { revalidatePath } from "next/cache";
import { cachedPublicationPath } from "./publication-route";

/**
 * Drops the cached renderings a publish or withdrawal changes: the list, the given versions
 * (a withdrawal notice must show at once) and `laatste`, which moves on both.
 */
export function revalidatePublicationPages(gemeente: string, versions: number[]): void {
  revalidatePath(`/g/${gemeente}/publicaties`);
  for (const versie of [...versions, "laatste" as const]) {
    revalidatePath(`/g/${gemeente}/publicaties/${versie}`);
    revalidatePath(cachedPublicationPath(gemeente, versie));
  }
}
