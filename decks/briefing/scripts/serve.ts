/**
 * A static server for the built deck, on localhost only: files from dist/, and any other
 * path (/presenter/3, as Slidev's history router would have it) redirected to its
 * hash-router address (/#/presenter/3).
 * Used by `pnpm present` and by the browser test; no dependency, no network.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticServer {
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

export async function serveStatic(
  root: string,
  port = 0,
  host = '127.0.0.1',
): Promise<StaticServer> {
  const base = resolve(root)
  const index = join(base, 'index.html')
  if (!existsSync(index))
    throw new Error(`${index} does not exist: build the deck first (pnpm build)`)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    let file = normalize(join(base, path))
    if (!file.startsWith(base + sep) && file !== base) file = index
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // The built deck uses Slidev's hash router (one file that also opens by double-click,
      // scripts/build.ts), so a history-style address (/3, /presenter/1, /print?print=true)
      // is sent to its hash form; Slidev reads `?print` from location.search, not the hash.
      if (extname(path) === '' && path !== '/') {
        const search = new URL(req.url ?? '/', 'http://localhost').search
        res.writeHead(302, { location: `/${search}#${path}` }).end()
        return
      }
      file = extname(path) === '' ? index : ''
    }
    if (file === '') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ok())
  })
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  }
}
