"use server";

import { publish, withdrawPublication, type TPublicationVisibility } from "@trendweb/services";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";

export async function publishAction(gemeente: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  let path: string | undefined;
  const result = await runAction(async () => {
    const published = await publish(await serviceContext(), gemeente, {
      lemmas: form.getAll("lemmas").map(String),
      coverNote: String(form.get("coverNote") ?? ""),
      visibility: String(form.get("visibility") ?? "") as TPublicationVisibility,
    });
    revalidatePath(`/g/${gemeente}/publicaties`);
    path = published.path;
  });
  // Outside runAction: redirect() works by throwing.
  if (result.ok && path) redirect(`${path}?gepubliceerd=1`);
  return result;
}

export async function withdrawAction(gemeente: string, version: number, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    await withdrawPublication(await serviceContext(), gemeente, version, { reason: String(form.get("reason") ?? "") });
    revalidatePath(`/g/${gemeente}/publicaties`);
    revalidatePath(`/g/${gemeente}/publicaties/${version}`);
    return `Versie ${version} is ingetrokken. Ze blijft leesbaar, met de reden erbij.`;
  });
}
