"use server";

import { markNotificationsRead } from "@trendweb/services";
import { revalidatePath } from "next/cache";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";

export async function markNotificationsReadAction(_previous: TActionResult): Promise<TActionResult> {
  return runAction(async () => {
    const count = await markNotificationsRead(await serviceContext());
    revalidatePath("/meldingen");
    return count === 1 ? "1 melding is als gelezen gemarkeerd." : `${count} meldingen zijn als gelezen gemarkeerd.`;
  });
}
