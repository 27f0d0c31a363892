// HET WEB of the current edition, computed once per server process.
import { trendweb } from "@trendweb/content";
import { computeWebLayout, linkedLetters } from "./web-layout";

export const webLayout = computeWebLayout(trendweb.lemmas, trendweb.threads);
export const webLinks = linkedLetters(trendweb.lemmas);
