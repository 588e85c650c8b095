import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * A policy body (untrusted Markdown from the county server, DESIGN.md §9) as blocks of safe HTML.
 *
 * Three layers, each enough on its own for the common cases:
 * 1. markdown-it with `html: false`: raw HTML in the source is output as text, and its
 *    `validateLink` refuses `javascript:`, `vbscript:`, `file:` and `data:` targets;
 * 2. links and images are never rendered as such: a link becomes plain text with a number
 *    that points to its QR code (the kiosk never opens a page: villagers take it home on their
 *    phone), an image becomes its description (nothing is fetched);
 * 3. DOMPurify with a short allow-list of text tags and no attributes but `class`/`start`
 *    removes anything else, whatever the renderer let through.
 * The result is split into top-level blocks (long lists and paragraphs in pieces) so the
 * detail screen can page them to fit the screen (policy-pages.ts) instead of scrolling.
 */

export interface PolicyLink {
  /** 1-based number shown after the link text and beside its QR code. */
  number: number;
  text: string;
  href: string;
}

export interface RenderedPolicy {
  /** Safe HTML, one top-level element each. */
  blocks: string[];
  /** Web links (http/https) in order of first appearance; other targets are shown as text only. */
  links: PolicyLink[];
  /** The body was longer than MAX_BODY_CHARS and was cut. */
  truncated: boolean;
}

/** About 15 pages at the largest text size: longer bodies are cut with a notice. */
export const MAX_BODY_CHARS = 12_000;

/** Paragraphs longer than this are split at a sentence end, so one block always fits a page. */
const MAX_PARAGRAPH_CHARS = 90;

const ALLOWED_TAGS = ['h2', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'del', 's', 'blockquote', 'code', 'pre', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'sup'];
const ALLOWED_ATTR = ['class', 'start'];

/** markdown-it's per-render `env`: where the link rules collect the links of one body. */
interface RenderEnv {
  links: PolicyLink[];
  /** Open links: the number of each, or 0 for a target without a QR code. */
  open: number[];
}

type Renderer = InstanceType<typeof MarkdownIt>;

function createRenderer(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  const rules = md.renderer.rules;
  // The page's <h1> is the policy title and the body is paged: every body heading is an <h2>,
  // so whichever block a page starts with, heading levels only ever step down by one.
  rules.heading_open = () => '<h2>';
  rules.heading_close = () => '</h2>';
  rules.link_open = (tokens, index, _options, raw) => {
    const env = raw as unknown as RenderEnv;
    const href = String(tokens[index]!.attrGet('href') ?? '');
    let number = 0;
    if (/^https?:\/\//i.test(href)) {
      const known = env.links.find((link) => link.href === href);
      number = known?.number ?? env.links.length + 1;
      if (!known) env.links.push({ number, text: '', href });
    }
    env.open.push(number);
    return '<span class="policy-link">';
  };
  rules.link_close = (_tokens, _index, _options, raw) => {
    const number = (raw as unknown as RenderEnv).open.pop() ?? 0;
    return number > 0 ? `</span><sup class="policy-link-number">[${number}]</sup>` : '</span>';
  };
  rules.image = (tokens, index) => `<span class="policy-image-text">${md.utils.escapeHtml(tokens[index]!.content)}</span>`;
  return md;
}

let renderer: Renderer | undefined;

export function renderPolicyMarkdown(markdown: string, options: { title?: string } = {}): RenderedPolicy {
  const chars = Array.from(markdown);
  const truncated = chars.length > MAX_BODY_CHARS;
  const source = truncated ? cutAtParagraph(chars.slice(0, MAX_BODY_CHARS).join('')) : markdown;
  renderer ??= createRenderer();
  const env: RenderEnv = { links: [], open: [] };
  const html = renderer.render(source, env as never);
  const fragment = DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
  fillLinkTexts(fragment, env.links);
  const blocks: string[] = [];
  let first = true;
  for (const element of Array.from(fragment.children)) {
    // A body that repeats the title as its first heading would show it twice.
    if (first && options.title !== undefined && /^H[2-6]$/.test(element.tagName) && element.textContent.trim() === options.title.trim()) {
      first = false;
      continue;
    }
    first = false;
    blocks.push(...splitBlock(element));
  }
  return { blocks, links: env.links, truncated };
}

/** The plain text of a block, for reading it aloud. */
export function blockText(block: string): string {
  const template = document.createElement('template');
  template.innerHTML = block;
  return (template.content.textContent ?? '').replace(/\[\d+\]/g, '').replace(/\s+/g, ' ').trim();
}

function cutAtParagraph(text: string): string {
  const end = text.lastIndexOf('\n\n');
  return end > text.length / 2 ? text.slice(0, end) : text;
}

/** Each link's text is the text of its first appearance (read from the sanitised output). */
function fillLinkTexts(fragment: DocumentFragment, links: PolicyLink[]): void {
  for (const sup of Array.from(fragment.querySelectorAll('sup.policy-link-number'))) {
    const number = Number(/\d+/.exec(sup.textContent)?.[0]);
    const link = links.find((l) => l.number === number);
    const text = sup.previousElementSibling?.textContent.trim() ?? '';
    if (link && link.text === '') link.text = text;
  }
}

function splitBlock(element: Element): string[] {
  if ((element.tagName === 'UL' || element.tagName === 'OL') && element.children.length > 1) {
    const start = Number(element.getAttribute('start') ?? '1');
    return Array.from(element.children).map((item, index) => {
      const list = element.ownerDocument.createElement(element.tagName.toLowerCase());
      if (element.tagName === 'OL') list.setAttribute('start', String(start + index));
      list.appendChild(item.cloneNode(true));
      return list.outerHTML;
    });
  }
  if (element.tagName === 'P' && element.children.length === 0 && Array.from(element.textContent).length > MAX_PARAGRAPH_CHARS) {
    return sentences(element.textContent).map((piece) => {
      const p = element.ownerDocument.createElement('p');
      p.textContent = piece;
      return p.outerHTML;
    });
  }
  return [element.outerHTML];
}

/** Pieces of at most about MAX_PARAGRAPH_CHARS characters, cut after 。！？；, or commas when a sentence is too long. */
function sentences(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const part of text.split(/(?<=[。！？；!?;])/)) {
    if (current !== '' && Array.from(current + part).length > MAX_PARAGRAPH_CHARS) {
      pieces.push(current);
      current = '';
    }
    current += part;
    while (Array.from(current).length > MAX_PARAGRAPH_CHARS * 1.5) {
      const chars = Array.from(current);
      const window = chars.slice(0, MAX_PARAGRAPH_CHARS).join('');
      const cut = Math.max(window.lastIndexOf('，'), window.lastIndexOf('、'), window.lastIndexOf(','));
      const at = cut > 0 ? cut + 1 : MAX_PARAGRAPH_CHARS;
      pieces.push(chars.slice(0, at).join(''));
      current = chars.slice(at).join('');
    }
  }
  if (current.trim() !== '') pieces.push(current);
  return pieces;
}
