/**
 * The dev server's panel for an invalid dataset save (`pnpm dev`), in the browser: the
 * same Korean problem lines as `pnpm data:check`, in the deck's Hangul font (Vite's own
 * overlay uses a monospace font without Hangul and tells the reader to edit
 * vite.config.js). Shown on `briefing:problems` from src/vite/briefingData.ts, hidden on
 * the next valid save. Data is set as text, never as HTML.
 */
// The catalogue alone: the package's index pulls in Node modules a browser lacks.
import { msg, renderMessage } from '@briefing/dataset/messages'

interface Problems {
  readonly count: number
  readonly text: string
}

const ID = 'briefing-problems'
/** First line of the build error for an invalid dataset; the panel recognises it. */
export const PROBLEMS_HEADING = renderMessage(msg('dev.problemsHeading'))

function show({ count, text }: Problems): void {
  document.getElementById(ID)?.remove()
  if (count === 0) return
  const panel = document.createElement('div')
  panel.id = ID
  panel.setAttribute('role', 'alert')
  panel.style.cssText = [
    'position:fixed',
    'inset:0',
    'z-index:99999',
    'overflow:auto',
    'padding:32px 40px',
    'background:rgba(255,255,255,0.97)',
    'color:#1a1a1a',
    'font-family:Pretendard,"Noto Sans CJK KR","Noto Sans KR",sans-serif',
    'font-size:17px',
    'line-height:1.6',
  ].join(';')
  const title = document.createElement('h1')
  title.style.cssText = 'margin:0 0 4px;font-size:24px;font-weight:600;color:#b00020'
  title.textContent = renderMessage(msg('dev.problemsCount', { count }))
  const note = document.createElement('p')
  note.style.cssText = 'margin:0 0 20px;color:#545454'
  note.textContent = renderMessage(msg('dev.keptLastGood'))
  const list = document.createElement('pre')
  list.style.cssText =
    'margin:0;font:inherit;white-space:pre-wrap;word-break:break-word;border-left:4px solid #b00020;padding-left:16px'
  list.textContent = text
  panel.append(title, note, list)
  document.body.append(panel)
}

if (import.meta.hot) {
  import.meta.hot.on('briefing:problems', show)
  // Started on a broken dataset: there is no good view to keep, the view module fails and
  // Vite shows its overlay. Show the same lines in the panel instead, and drop Vite's.
  import.meta.hot.on('vite:error', (payload: { err: { message: string } }) => {
    const [head, ...lines] = payload.err.message.split('\n')
    if (head !== PROBLEMS_HEADING) return
    show({ count: lines.length, text: lines.join('\n') })
    requestAnimationFrame(() => {
      for (const el of document.querySelectorAll('vite-error-overlay')) el.remove()
    })
  })
}
