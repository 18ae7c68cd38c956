/**
 * The flags every Chromium of this project is launched with: the deck's PDF print
 * (scripts/printDeck.ts), the tests and the benchmarks (issue 15, class F).
 *
 * Playwright already passes --disable-background-networking, --disable-component-update,
 * --disable-extensions and its own --disable-features list. Even so, Chromium 156
 * (Debian bookworm) headless resolved update.googleapis.com and accounts.google.com on
 * every launch (seen with `strace -f -e trace=connect,sendto,sendmmsg`; the offline test
 * in tests/src/offline.test.ts checks it). No switch turns those two off alone, so the
 * resolver itself is closed: every host name fails without a DNS query except the
 * loopback the deck is served on. The rest say the same in Chromium's own terms.
 *
 * Never add a second --disable-features here: Chromium keeps only the last one, which
 * would drop Playwright's list (and more hosts were queried when tried).
 */
export const OFFLINE_FLAGS: string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--allow-browser-signin=false',
  '--no-first-run',
  '--no-pings',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
]

/** Tests and benchmarks: offline, and quiet (no GPU, sandbox off for root in containers). */
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  ...OFFLINE_FLAGS,
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
]
