/**
 * The built deck's data asset (src/data/deckData.ts, issue 17): whatever the dataset says,
 * the element holds it as data, reads back the same, and cannot end or change the page.
 */
import type { BriefingView } from '@briefing/views'
import { describe, expect, it } from 'vitest'
import { EMPTY_DATA_ELEMENT, scriptSafeJson, withDeckData } from '../src/data/deckData.ts'

const HOSTILE = "미중 $& $' $` $1 </script><script>window.__pwned=1</script> <!-- --> \u2028 경쟁"
const site = `<html><head><title>x</title>${EMPTY_DATA_ELEMENT}<script type="module">1</script></head><body></body></html>`

describe('the data asset', () => {
  it('reads back exactly, "$&" and "</script>" included, and closes only its own element', () => {
    const data = { view: { title: HOSTILE } as unknown as BriefingView, notesHtml: [HOSTILE] }
    const page = withDeckData(site, data)
    const open = '<script type="application/json" id="briefing-data">'
    const start = page.indexOf(open) + open.length
    const end = page.indexOf('</script>', start)
    const text = page.slice(start, end)
    expect(text.includes('<')).toBe(false)
    expect(JSON.parse(text)).toEqual(data)
    expect(page.slice(end)).toBe(
      '</script><script type="module">1</script></head><body></body></html>',
    )
    expect(scriptSafeJson('<')).toBe('"\\u003c"')
  })

  it('refuses a site without the empty element, or with two', () => {
    const data = { view: {} as BriefingView, notesHtml: [] }
    expect(() => withDeckData('<html></html>', data)).toThrow(/no empty briefing-data/)
    expect(() => withDeckData(site + EMPTY_DATA_ELEMENT, data)).toThrow(/more than one/)
  })
})
