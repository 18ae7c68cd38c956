// @ts-check
// `--help` of the commands that run through the turbo wrapper and Biome, and of
// `pnpm present`, in Korean (issue 16); kept here, outside the deck, whose sources hold no
// Korean text (tests/src/factsLint.test.ts). The data:* commands answer for themselves (packages/dataset/src/cli).

/** @type {Record<string, string>} */
export const HELP = {
  build: `사용법: pnpm build [--verbose] [--force]

데이터를 검사한 뒤 두 출력물을 만듭니다. 단계마다 한 줄과 걸린 시간을 보여 주고,
도구들의 자세한 출력은 logs/build.log에 남깁니다.
  1. 데이터 검사   shared-data/ (또는 BRIEFING_DATA 폴더)
  2. 메모 PDF      reports/policy-memo/dist/policy-memo.pdf
  3. 덱 사이트     decks/briefing/dist/index.html
  4. 덱 PDF        decks/briefing/dist/briefing.pdf
  5. 덱 유인물      decks/briefing/dist/briefing-handout.pdf (발표 슬라이드와 말할 내용, A4)
데이터에 문제가 있으면 아무것도 바꾸지 않고 문제마다 파일:줄:칸을 알려 줍니다.

  --verbose   도구들의 출력을 화면에도 그대로 보여 줍니다
  --force     바뀐 것이 없어도 모두 처음부터 다시 만듭니다 (캐시와 보관해 둔 덱 사이트를 쓰지 않음, 결과는 같음)

환경 변수:
  BRIEFING_DATA=<폴더>    다른 데이터 폴더로 만들기
  CHROMIUM_PATH=<파일>    덱 PDF를 찍을 Chromium·Chrome·Edge
Ctrl-C로 멈추면 출력물은 그대로 남습니다.
`,
  test: `사용법: pnpm test

모든 검사를 실행합니다: Biome(서식·린트), 타입 검사, 단위 테스트, 두 출력물을 다시 읽어
같은 사실을 보여 주는지 비교하는 테스트. 15초 넘게 조용하면 지금 실행 중인 패키지와
파일을 한 줄로 알려 줍니다. 전체 기록: logs/test.log
`,
  typecheck: `사용법: pnpm typecheck

모든 패키지의 TypeScript 타입을 검사합니다 (덱은 vue-tsc, bin/ 스크립트는 JSDoc으로).
`,
  dev: `사용법: pnpm dev

편집하는 동안 켜 둡니다: 덱 개발 서버(브라우저에서 바로 바뀜)와, 데이터를 저장할 때마다
다시 만드는 메모 PDF. 데이터에 문제가 있어도 켜지고, 고치면 바로 반영됩니다.
  PORT=<번호>   덱 개발 서버의 포트 (기본 3030)
Ctrl-C로 끕니다.
`,
  present: `사용법: pnpm present

만들어 둔 덱(decks/briefing/dist/)을 이 컴퓨터에서 띄우고 두 주소를 알려 줍니다
(인터넷 필요 없음): 청중 화면(프로젝터)과 발표자 화면(노트, 다음 슬라이드, 타이머).
아직 pnpm build를 하지 않았으면 개발 서버로 띄웁니다.

환경 변수:
  PORT=<번호>     포트 (기본 3030)
  HOST=<주소>     기본 127.0.0.1 (이 컴퓨터만). HOST=0.0.0.0 이면 같은 네트워크(LAN)의
                  다른 컴퓨터에서 http://<이 컴퓨터의 IP>:3030/ 으로 볼 수 있습니다
Ctrl-C로 끕니다.
`,
  lint: `사용법: pnpm lint

Biome로 모든 파일의 서식과 린트 규칙을 검사합니다 (고치지는 않음). 고치려면 pnpm format.
`,
  format: `사용법: pnpm format

Biome로 모든 파일의 서식을 맞추고, 안전하게 고칠 수 있는 린트 문제를 고칩니다.
`,
}

/**
 * The help for a turbo wrapper invocation: its tasks name the command.
 * @param {readonly string[]} tasks
 * @returns {string}
 */
export function helpFor(tasks) {
  if (tasks.includes('test')) return HELP.test ?? ''
  const known = tasks.find((t) => HELP[t] !== undefined)
  return known ? (HELP[known] ?? '') : `사용법: turbo.mjs run <작업...>\n`
}

/** @param {readonly string[]} args */
export function wantsHelp(args) {
  return args.includes('--help') || args.includes('-h')
}

/**
 * `pnpm present` on a port another program holds (usually `pnpm dev`, also on 3030): one
 * line instead of Node's EADDRINUSE stack (#16). "번" keeps the particle right for any number.
 * @param {number} port
 */
export function portBusyMessage(port) {
  return `포트 ${port}번이 사용 중입니다 — \`pnpm dev\`를 끄거나 PORT=${port + 1}로 실행하세요 (예: PORT=${port + 1} pnpm present)`
}
