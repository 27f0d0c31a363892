"use server";

import { correctCoreBlock } from "@trendweb/services";
import { revalidatePath } from "next/cache";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";

export async function correctBlockAction(lemma: string, blockId: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const outcome = await correctCoreBlock(await serviceContext(), lemma, blockId, {
      text: String(form.get("text") ?? ""),
      reason: String(form.get("reason") ?? ""),
      minor: form.get("minor") === "on",
    });
    // The public reader is regenerated now instead of at its next periodic refresh.
    revalidatePath(`/lemma/${lemma}`);
    revalidatePath(`/redactie/lemma/${lemma}`);
    const orphans = outcome.orphaned ? `, ${outcome.orphaned} losgeraakt` : "";
    return `Versie ${outcome.version} is opgeslagen. Aantekeningen: ${outcome.anchored} opnieuw verankerd${orphans}. ${outcome.flaggedSections} lokale tekst(en) gemarkeerd als verouderd.`;
  });
}
