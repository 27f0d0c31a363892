"use server";

import { updateSectionMeta, type TSectionMeta } from "@trendweb/services";
import { revalidatePath } from "next/cache";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";

export async function updateSectionMetaAction(gemeente: string, lemma: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const rating = String(form.get("rating") ?? "");
    await updateSectionMeta(await serviceContext(), gemeente, lemma, {
      // The service validates both (an unknown value is refused with a Dutch message).
      status: String(form.get("status") ?? "") as TSectionMeta["status"],
      rating: rating === "" ? null : (rating as NonNullable<TSectionMeta["rating"]>),
    });
    revalidatePath(`/g/${gemeente}`);
    revalidatePath(`/g/${gemeente}/lemma/${lemma}`);
    return "Status en relevantie zijn opgeslagen.";
  });
}
