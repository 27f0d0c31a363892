import type { TWorkspaceProgress } from "@trendweb/services";
import { STATUS_LABELS } from "@/lib/workspace-labels";

const STATUSES = ["NIET_GESTART", "CONCEPT", "TER_REVIEW", "GEREED"] as const;

/** Status counts per workspace for the Trendbureau; never content. */
export function WorkspaceProgressTable({ progress }: { progress: TWorkspaceProgress[] }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Aantal trends per status, per werkruimte (van de 20)</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              Gemeente
            </th>
            {STATUSES.map((status) => (
              <th key={status} scope="col" className="utrecht-table__header-cell">
                {STATUS_LABELS[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {progress.map((entry) => (
            <tr key={entry.gemeente.slug} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {entry.gemeente.name}
              </th>
              {STATUSES.map((status) => (
                <td key={status} className="utrecht-table__cell">
                  {entry.counts[status]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
