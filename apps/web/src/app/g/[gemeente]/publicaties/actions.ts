"use server";

import { publish, withdrawPublication, type TPublicationVisibility } from "@trendweb/services";
import { redirect } from "next/navigation";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";
import { revalidatePublicationPages } from "@/lib/publications/revalidate-publication-pages";

/** What was sent comes back with a refusal, so React's form reset does not lose the cover note. */
export type TPublishFormState = TActionResult & { values?: { lemmas: string[]; coverNote: string; visibility: string } };

export async function publishAction(gemeente: string, _previous: TPublishFormState, form: FormData): Promise<TPublishFormState> {
  const values = {
    lemmas: form.getAll("lemmas").map(String),
    coverNote: String(form.get("coverNote") ?? ""),
    visibility: String(form.get("visibility") ?? ""),
  };
  let path: string | undefined;
  const result = await runAction(async () => {
    const published = await publish(await serviceContext(), gemeente, { ...values, visibility: values.visibility as TPublicationVisibility });
    revalidatePublicationPages(gemeente, [published.version]);
    path = published.path;
  });
  // Outside runAction: redirect() works by throwing.
  if (result.ok && path) redirect(`${path}?gepubliceerd=1`);
  return { ...result, values };
}

export type TWithdrawFormState = TActionResult & { reason?: string };

export async function withdrawAction(gemeente: string, version: number, _previous: TWithdrawFormState, form: FormData): Promise<TWithdrawFormState> {
  const reason = String(form.get("reason") ?? "");
  const result = await runAction(async () => {
    await withdrawPublication(await serviceContext(), gemeente, version, { reason });
    revalidatePublicationPages(gemeente, [version]);
    return `Versie ${version} is ingetrokken. Ze blijft leesbaar, met de reden erbij.`;
  });
  return result.ok ? result : { ...result, reason };
}
