/**
 * Plain-text views of a policy's Markdown body, for the one-line summary a list shows when the
 * county gave none, and for search. Deliberately rough (no Markdown parser here: sync/ is
 * isomorphic and this text is never rendered as HTML, only shown or indexed as text): it drops
 * headings' `#`, emphasis marks, list bullets, link targets and HTML-looking tags.
 */
export function plainTextOfMarkdown(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)]|>)\s+/gm, '')
    .replace(/[*_`~|]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The first paragraph that is not a heading, as plain text, cut to `max` characters. */
export function derivedSummary(markdown: string, max = 80): string {
  const paragraphs = markdown.split(/\n\s*\n/).filter((block) => !/^\s{0,3}#{1,6}\s/.test(block.trim()) || block.trim().split('\n').length > 1);
  const first = plainTextOfMarkdown(paragraphs.find((block) => plainTextOfMarkdown(block) !== '') ?? markdown).replace(/\s*\n\s*/g, ' ');
  const chars = Array.from(first);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : first;
}
