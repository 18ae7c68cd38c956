/**
 * Speaker notes (Markdown from src/plan/notes.ts) as the HTML the built deck shows in the
 * presenter view, on its notes page and, read back as text, in the handout. Slidev renders
 * notes in Node while it builds (@slidev/cli 52.20.1, node/vite/loaders.ts `renderNote`,
 * markdown-exit, a markdown-it fork) and compiles them into the site; here they are
 * rendered once per build into the data asset instead (src/data/deckData.ts, issue 17), so
 * a content edit does not recompile the site. Raw HTML is off: the notes escape every
 * dataset string (escapeMarkdown), and nothing in them is meant as markup.
 */
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: false, linkify: false, typographer: false })

/** One slide's notes as HTML; '' when it has none, as Slidev leaves it. */
export function notesHtml(notes: string): string {
  return notes.trim() === '' ? '' : md.render(notes)
}
