import type { Metadata } from "next";

export const metadata: Metadata = { title: "Pagina niet gevonden" };

export default function NotFound() {
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet (meer). Misschien is het adres verkeerd overgenomen of is de pagina verplaatst.
      </p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href="/">
            Naar het web en de lijst van alle trends
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href="/zoeken">
            Zoeken in de Trendweb
          </a>
        </li>
      </ul>
    </div>
  );
}
