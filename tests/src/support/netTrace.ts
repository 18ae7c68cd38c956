/**
 * Reads a syscall trace (`strace -f -yy -e trace=connect,sendto,sendmsg,sendmmsg`) and
 * lists every way the traced processes reached past loopback (issue 15, class F): a DNS
 * query (anything to port 53, or a DNS question in a datagram), a TCP connect, or a
 * datagram sent to an address off loopback. `-yy` annotates each socket with its
 * protocol and, once connected, its peer, so a `send` on a connected socket is seen too.
 *
 * A UDP `connect` alone sends nothing: the kernel only picks a route. Chromium does that
 * to 2001:4860:4860::8888 to learn whether IPv6 is reachable (net/dns HostResolverManager's
 * IPv6 probe) even with its resolver closed; such a probe is reported apart, and becomes a
 * reach the moment anything is sent on that socket.
 */
export interface NetTrace {
  /** What left loopback, one line each: empty when the run stayed on this machine. */
  readonly reaches: readonly string[]
  /** UDP sockets connected off loopback that never sent (routing probes). */
  readonly probes: readonly string[]
  /** Host names in DNS questions sent anywhere off loopback. */
  readonly dnsNames: readonly string[]
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.|0\.0\.0\.0$|::$)/

/** `inet_addr("1.2.3.4")` or `inet_pton(AF_INET6, "…"` and the port of a sockaddr. */
function sockaddr(line: string): { host: string; port: number } | undefined {
  const m =
    /sin6?_port=htons\((\d+)\).*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")/.exec(
      line,
    )
  if (!m) return undefined
  return { host: (m[2] ?? m[3]) as string, port: Number(m[1]) }
}

/**
 * The fd annotation: `<UDPv6:[93348]>` before a connect, `<TCP:[127.0.0.1:4->127.0.0.1:80]>`
 * or `<UDPv6:[[::]:5->[2001:db8::1]:443]>` once connected: protocol, inode or peer host.
 */
function socketOf(line: string): { proto: string; inode?: string; peer?: string } | undefined {
  const m = /^\d+\s+\w+\(\d+<(TCPv6|UDPv6|TCP|UDP|UNIX|NETLINK|UDPLITE)[^:>]*:(.*?)>[,)]/.exec(line)
  if (!m) return undefined
  const proto = m[1] as string
  const inside = (m[2] as string).replace(/^\[/, '').replace(/\]$/, '')
  if (/^\d+$/.test(inside)) return { proto, inode: inside }
  const arrow = inside.indexOf('->')
  if (arrow < 0) return { proto }
  const peer = inside
    .slice(arrow + 2)
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
  return { proto, peer }
}

/** DNS questions in strace's escaped payload strings: a 12-byte header, then labels. */
function dnsQuestions(line: string): string[] {
  const names: string[] = []
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    const bytes = unescapeStrace(m[1] as string)
    if (bytes.length < 17) continue
    const labels: string[] = []
    let i = 12
    while (i < bytes.length && (bytes[i] as number) > 0 && (bytes[i] as number) < 64) {
      const len = bytes[i] as number
      const label = String.fromCharCode(...bytes.slice(i + 1, i + 1 + len))
      if (!/^[A-Za-z0-9-]+$/.test(label)) break
      labels.push(label)
      i += len + 1
    }
    if (labels.length >= 2 && bytes[i] === 0) names.push(labels.join('.'))
  }
  return names
}

function unescapeStrace(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    if (c !== '\\') {
      out.push(c.charCodeAt(0) & 0xff)
      continue
    }
    const n = s[i + 1] as string
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, '\\': 92, '"': 34 }
    if (n === 'x') {
      out.push(Number.parseInt(s.slice(i + 2, i + 4), 16))
      i += 3
    } else if (/[0-7]/.test(n)) {
      const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1))?.[0] as string
      out.push(Number.parseInt(oct, 8) & 0xff)
      i += oct.length
    } else {
      out.push(simple[n] ?? n.charCodeAt(0))
      i += 1
    }
  }
  return out
}

export function readNetTrace(trace: string): NetTrace {
  const reaches: string[] = []
  const dnsNames = new Set<string>()
  /** UDP sockets connected off loopback, by inode, until something is sent on them. */
  const probed = new Map<string, string>()
  for (const raw of trace.split('\n')) {
    const line = raw.trim()
    const call = /^\d+\s+(connect|sendto|sendmsg|sendmmsg)\(/.exec(line)?.[1]
    if (!call) continue
    const sock = socketOf(line)
    if (sock?.proto === 'UNIX' || sock?.proto === 'NETLINK') continue
    const to = sockaddr(line)
    const udp = sock?.proto.startsWith('UDP') ?? false
    if (to && to.port === 53) {
      reaches.push(`DNS: ${call} to ${to.host}:53`)
    } else if (to && !LOOPBACK.test(to.host)) {
      if (call === 'connect' && udp) probed.set(sock?.inode ?? line, `${to.host}:${to.port}`)
      else reaches.push(`${call} to ${to.host}:${to.port}${sock ? ` (${sock.proto})` : ''}`)
    } else if (!to && call !== 'connect' && sock?.peer && !LOOPBACK.test(sock.peer)) {
      reaches.push(`${call} on a socket connected to ${sock.peer}`)
    }
    if (call !== 'connect' && sock?.inode && probed.has(sock.inode)) {
      reaches.push(`${call} on a socket connected to ${probed.get(sock.inode)}`)
      probed.delete(sock.inode)
    }
    if (
      call !== 'connect' &&
      (to ? !LOOPBACK.test(to.host) : !sock?.peer || !LOOPBACK.test(sock.peer))
    )
      for (const name of dnsQuestions(line)) dnsNames.add(name)
  }
  return { reaches, probes: [...new Set(probed.values())], dnsNames: [...dnsNames].sort() }
}
