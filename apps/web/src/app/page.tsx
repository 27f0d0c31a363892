import { listGemeenten } from "@/services/gemeenten";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const gemeenten = await listGemeenten();
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Trendweb Lokaal</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Twintig trends die ertoe doen voor de raadsperiode 2026–2030. Elke Overijsselse gemeente maakt de Trendweb
        hier haar eigen: ambtenaren schrijven samen wat een trend lokaal betekent, de griffie publiceert dat voor de
        gemeenteraad en iedereen kan vergelijken hoe gemeenten dezelfde trend lezen.
      </p>
      <h2 className="utrecht-heading-2">De {gemeenten.length} gemeenten</h2>
      <ul className="utrecht-unordered-list gemeente-list" aria-label="Overijsselse gemeenten">
        {gemeenten.map((gemeente) => (
          <li key={gemeente.slug} className="utrecht-unordered-list__item">
            {gemeente.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
