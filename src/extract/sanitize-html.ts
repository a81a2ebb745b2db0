import sanitize from 'sanitize-html';

// A small set of tags that carry meaning in an article body; anything else is unwrapped (its text kept).
const ALLOWED_TAGS = (
  'p br hr a strong b em i u s del ins mark small sub sup abbr time q blockquote cite code pre ' +
  'ul ol li dl dt dd h1 h2 h3 h4 h5 h6 figure figcaption img table caption thead tbody tfoot tr th td'
).split(' ');
// Elements whose content is not text a reader should see; dropped with everything inside.
const DROPPED_WITH_CONTENT =
  'script style textarea option xmp noscript iframe object embed template svg math head title select button form'.split(
    ' ',
  );

/**
 * HTML safe to show: a small allow-list of tags, no scripts, styles, iframes, event handlers or
 * javascript:/data: URLs; links and images made absolute against `baseUrl`, links marked
 * rel="nofollow noopener noreferrer". Run it last (STYLE habit 4): nothing may touch the HTML after it.
 */
export function sanitizeHtml(html: string, baseUrl: string): string {
  const absolute = (value: string | undefined): string | undefined => {
    if (!value) return undefined;
    try {
      const url = new URL(value.trim(), baseUrl);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  };
  return sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    nonTextTags: DROPPED_WITH_CONTENT,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      abbr: ['title'],
      time: ['datetime'],
      blockquote: ['cite'],
      q: ['cite'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const { href: rawHref, title } = attribs;
        const href = absolute(rawHref);
        return {
          tagName,
          attribs: {
            ...(href ? { href } : {}),
            ...(title ? { title } : {}),
            rel: 'nofollow noopener noreferrer',
          },
        };
      },
      img: (tagName, attribs) => {
        // Lazy-loading themes keep the real address in data-src.
        const src = absolute(attribs.src || attribs['data-src']);
        return { tagName, attribs: { ...attribs, ...(src ? { src } : { src: '' }) } };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
}
