import { describe, expect, it } from 'vitest'
import { readNetTrace } from './support/netTrace.ts'

// Lines as strace 6.1 writes them (`-f -yy -s 256`), trimmed from a trace of Chromium 156
// printing the deck before its resolver was closed (issue 15, class F).
const DNS_QUERY =
  '18626 sendto(25<UDP:[10.0.0.2:41000->10.255.255.53:53]>, "\\2\\354\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\10accounts\\6google\\3com\\0\\0\\1\\0\\1", 37, MSG_NOSIGNAL, NULL, 0) = 37'
const DNS_CONNECT =
  '18626 connect(25<UDP:[411]>, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0'
const PROBE =
  '28688 connect(21<UDPv6:[93348]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0'
const LOCAL_TCP =
  '18515 connect(113<TCP:[9001]>, {sa_family=AF_INET, sin_port=htons(43715), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)'
const REMOTE_TCP =
  '18515 connect(114<TCP:[9002]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.1.1")}, 16) = -1 ENETUNREACH (Network is unreachable)'
const UNIX =
  '18522 sendto(44<UNIX:[1->2]>, "\\20\\0\\0\\0P\\0\\0\\0update\\11googleapis\\3com\\0", 80, MSG_NOSIGNAL, NULL, 0) = 80'

describe('reading a syscall trace for network use', () => {
  it('a DNS query is a reach, and its question is read', () => {
    const t = readNetTrace([DNS_CONNECT, DNS_QUERY].join('\n'))
    expect(t.reaches).toEqual([
      'DNS: connect to 10.255.255.53:53',
      'sendto on a socket connected to 10.255.255.53',
    ])
    expect(t.dnsNames).toEqual(['accounts.google.com'])
  })

  it('loopback and local sockets are not; a TCP connect off loopback is, even when it fails', () => {
    expect(readNetTrace([LOCAL_TCP, UNIX].join('\n'))).toEqual({
      reaches: [],
      probes: [],
      dnsNames: [],
    })
    expect(readNetTrace(REMOTE_TCP).reaches).toEqual(['connect to 142.250.1.1:443 (TCP)'])
  })

  it('a UDP connect alone is a probe, and a reach once anything is sent on it', () => {
    expect(readNetTrace(PROBE)).toEqual({
      reaches: [],
      probes: ['2001:4860:4860::8888:443'],
      dnsNames: [],
    })
    const sent =
      '28688 sendmsg(21<UDPv6:[93348]>, {msg_name=NULL, msg_iov=[{iov_base="x", iov_len=1}]}, 0) = 1'
    expect(readNetTrace([PROBE, sent].join('\n')).reaches).toEqual([
      'sendmsg on a socket connected to 2001:4860:4860::8888:443',
    ])
  })
})
