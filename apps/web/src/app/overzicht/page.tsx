import { canSeeAllProgress, getProvinceOverview, getWorkspaceProgress, parseOverviewSort, sortOverviewRows } from "@trendweb/services";
import type { Metadata } from "next";
import { OverviewChart } from "@/components/comparison/overview-chart";
import { OverviewTable } from "@/components/comparison/overview-table";
import { WorkspaceProgressTable } from "@/components/comparison/workspace-progress-table";
import styles from "@/components/comparison/comparison.module.css";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";

export const metadata: Metadata = { title: "Overzicht van de provincie" };

interface Props {
  searchParams: Promise<{ sorteer?: string | string[]; richting?: string | string[] }>;
}

export default async function OverviewPage({ searchParams }: Props) {
  const sort = parseOverviewSort(await searchParams);
  const { overview, progress } = await runPage("/overzicht", async () => {
    const ctx = await serviceContext();
    const [overview, progress] = await Promise.all([getProvinceOverview(ctx), canSeeAllProgress(ctx) ? getWorkspaceProgress(ctx) : Promise.resolve(null)]);
    return { overview, progress };
  });
  const rows = sortOverviewRows(overview.rows, sort);

  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Overzicht van de provincie</h1>
      <p className="utrecht-paragraph">
        Hoe relevant vinden de 25 Overijsselse gemeenten de twintig trends? Elke cel komt uit de nieuwste openbare publicatie van die gemeente en leidt naar de
        vergelijking van die trend. {overview.total.published} van de 500 teksten zijn gepubliceerd.
      </p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/overzicht/csv" download>
          Download het overzicht als CSV (voor Excel)
        </a>
      </p>

      <div className={styles.overviewLayout}>
        <section aria-labelledby="tabel">
          <h2 id="tabel" className="utrecht-heading-2">
            Tabel
          </h2>
          <p className="utrecht-paragraph">Kies een kolomkop om op die kolom te sorteren; nog eens kiezen keert de volgorde om.</p>
          <OverviewTable overview={overview} rows={rows} sort={sort} />
        </section>
        <section aria-labelledby="diagram">
          <h2 id="diagram" className="utrecht-heading-2">
            Diagram
          </h2>
          <OverviewChart overview={overview} />
        </section>
      </div>

      {progress && (
        <section aria-labelledby="voortgang">
          <h2 id="voortgang" className="utrecht-heading-2">
            Voortgang van alle werkruimten
          </h2>
          <p className="utrecht-paragraph">Alleen voor de redactie: hoeveel trends elke werkruimte in elke status heeft. Geen teksten.</p>
          <WorkspaceProgressTable progress={progress} />
        </section>
      )}
    </div>
  );
}
