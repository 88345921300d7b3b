import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import { safeUrl } from './safeUrl.js';

/**
 * What a routine text may contain once rendered: text, headings, lists, links, quotes and code. Anything else
 * Markdown can make (images, tables) is left out; its text stays. Raw HTML never reaches the page: react-markdown
 * builds React elements, never HTML, and drops HTML written in the text (docs/decisions/0020-step-guidance.md).
 */
const allowedElements = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'code',
  'pre',
  'hr',
];

/** A Markdown tree's node, as far as the heading shift looks at it. */
interface MarkdownNode {
  type: string;
  depth?: number;
  children?: MarkdownNode[];
}

/**
 * The text's headings continue the page's outline: its highest heading becomes `base` (one below the heading the
 * text stands under), deeper ones follow, never beyond h6 — whether the author started at # or at ##.
 */
function shiftHeadings({ base }: { base: number }) {
  return (tree: MarkdownNode) => {
    const headings: MarkdownNode[] = [];
    const collect = (node: MarkdownNode) => {
      if (node.type === 'heading') headings.push(node);
      node.children?.forEach(collect);
    };
    collect(tree);
    const top = Math.min(...headings.map((heading) => heading.depth ?? 1));
    for (const heading of headings) heading.depth = Math.min(6, base + (heading.depth ?? 1) - top);
  };
}

function Link({ href, children }: { href?: string; children?: ReactNode }) {
  // A link whose address was dropped shows as its text.
  if (!href) return <span>{children}</span>;
  const external = /^https?:/i.test(href);
  return (
    <a href={href} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}

/** A county's routine text, written in Markdown by its system administrator, rendered safely. */
export function RoutineMarkdown({ markdown, headingLevel }: { markdown: string; headingLevel: number }) {
  return (
    <div className="routine-text">
      <Markdown
        skipHtml
        allowedElements={allowedElements}
        unwrapDisallowed
        urlTransform={safeUrl}
        remarkPlugins={[[shiftHeadings, { base: headingLevel }]]}
        components={{ a: Link }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
