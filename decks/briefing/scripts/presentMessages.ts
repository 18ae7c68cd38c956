/** What `pnpm present` says besides the URLs (issue 16), in Korean, kept apart to be tested. */

/** The one line for a port another program holds (usually `pnpm dev`, also on 3030). */
export function portBusyMessage(port: number): string {
  return `포트 ${port}번이 사용 중입니다 — \`pnpm dev\`를 끄거나 PORT=${port + 1}로 실행하세요 (예: PORT=${port + 1} pnpm present)`
}

export const PRESENT_HELP = `사용법: pnpm present

만들어 둔 덱(decks/briefing/dist/)을 이 컴퓨터에서 띄우고 두 주소를 알려 줍니다
(인터넷 필요 없음): 청중 화면(프로젝터)과 발표자 화면(노트, 다음 슬라이드, 타이머).
아직 pnpm build를 하지 않았으면 개발 서버로 띄웁니다.

환경 변수:
  PORT=<번호>     포트 (기본 3030)
  HOST=<주소>     기본 127.0.0.1 (이 컴퓨터만). HOST=0.0.0.0 이면 같은 네트워크(LAN)의
                  다른 컴퓨터에서 http://<이 컴퓨터의 IP>:3030/ 으로 볼 수 있습니다
Ctrl-C로 끕니다.
`
