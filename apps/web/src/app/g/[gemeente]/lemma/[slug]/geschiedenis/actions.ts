"use server";

import { createNamedSnapshot, restoreSectionSnapshot } from "@trendweb/services";
import { revalidatePath } from "next/cache";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";
import { restoreThroughCollab } from "@/lib/collab-restore";

export async function createNamedSnapshotAction(gemeente: string, lemma: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const name = String(form.get("name") ?? "");
    await createNamedSnapshot(await serviceContext(), gemeente, lemma, { name });
    revalidatePath(`/g/${gemeente}/lemma/${lemma}/geschiedenis`);
    return `De huidige versie is bewaard als “${name.trim()}”.`;
  });
}

export async function restoreSnapshotAction(gemeente: string, lemma: string, snapshotId: string, _previous: TActionResult, _form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    await restoreSectionSnapshot(await serviceContext(), gemeente, lemma, snapshotId, restoreThroughCollab);
    revalidatePath(`/g/${gemeente}/lemma/${lemma}/geschiedenis`);
    revalidatePath(`/g/${gemeente}/lemma/${lemma}`);
    return "Deze versie is teruggezet als nieuwe wijziging. Wie de tekst open heeft, ziet dat meteen; de tekst van daarvoor staat in de geschiedenis.";
  });
}
