// The overview matrix as a CSV download (public data, like /overzicht).
import { db } from "@trendweb/db";
import { ANONYMOUS, getProvinceOverview, overviewCsv } from "@trendweb/services";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  // Published data only: the CSV is the same for everyone, so no session is read.
  const csv = overviewCsv(await getProvinceOverview({ db, viewer: ANONYMOUS }));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="trendweb-overzicht.csv"',
      "cache-control": "no-store",
    },
  });
}
