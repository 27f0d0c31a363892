import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Geen toegang</h1>
      <p className="utrecht-paragraph">
        U bent ingelogd, maar uw account heeft geen toegang tot deze pagina. Werkruimten zijn alleen open voor leden
        van die gemeente, en sommige onderdelen alleen voor bepaalde rollen.
      </p>
      <p className="utrecht-paragraph">
        Hoort u hier wel bij? Vraag de beheerder van de werkruimte om een uitnodiging of een andere rol. Of ga naar{" "}
        <Link className="utrecht-link" href="/">
          de startpagina
        </Link>
        .
      </p>
    </div>
  );
}
