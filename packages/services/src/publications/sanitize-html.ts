// The one gate for HTML that is published: only a few safe tags, no attributes but a link's
// href (http, https, mailto only, checked by URL parsing as browsers do) and a fixed rel.
// Scripts, styles, event handlers, javascript:/data: links, images, iframes and forms are
// removed; pasted HTML is reduced to the same tags. Runs on the server, at publishing and
// again when a publication is read (defence in depth; cheap).
import sanitizeHtml from "sanitize-html";

export const PUBLISHED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "a"] as const;

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const LINK_REL = "noopener noreferrer nofollow";

/** True only for an absolute http(s) URL with a host or a mailto URL with an address. */
export function isSafePublishedLink(href: string | null | undefined): boolean {
  if (typeof href !== "string") return false;
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.length > 2048) return false;
  // Control characters and whitespace inside a scheme are how filters are fooled.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === "mailto:") return url.pathname.includes("@");
  return url.hostname !== "";
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...PUBLISHED_TAGS],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  parseStyleAttributes: false,
  disallowedTagsMode: "discard",
  // The content of these is dropped with the tag (not kept as text).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "svg", "math", "title", "head"],
  transformTags: {
    a: (_tagName, attribs): sanitizeHtml.Tag => ({ tagName: "a", attribs: isSafePublishedLink(attribs.href) ? { href: attribs.href!.trim(), rel: LINK_REL } : {} }),
    b: "strong",
    i: "em",
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    ol: (_tagName, attribs): sanitizeHtml.Tag => ({ tagName: "ol", attribs: /^\d{1,6}$/.test(attribs.start ?? "") ? { start: attribs.start! } : {} }),
  },
};

export function sanitizePublishedHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
