/**
 * The built deck served on 127.0.0.1 as `pnpm present` serves it: the deck's own server,
 * which sends history-style addresses (/3, /presenter/1, /overview) to the hash-router
 * form the one-file deck uses (issue 12; a second copy here served index.html at /3,
 * which the hash router shows as slide 1).
 */
export { serveStatic } from '../../../decks/briefing/scripts/serve.ts'
