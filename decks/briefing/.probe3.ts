import { readFileSync } from 'node:fs'
import { getDocumentProxy } from 'unpdf'

for (const f of process.argv.slice(2)) {
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(f)))
  const outline = (await doc.getOutline()) ?? []
  const walk = (o: any[], d = 0): void => {
    for (const x of o) {
      console.log('  '.repeat(d) + x.title)
      walk(x.items ?? [], d + 1)
    }
  }
  console.log(f, 'pages', doc.numPages, 'outline top', outline.length)
  walk(outline)
  const md = await doc.getMetadata()
  console.log((md.info as any).Language, JSON.stringify(await doc.getMarkInfo()))
}
