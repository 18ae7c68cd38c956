/**
 * The `data:*` commands' arguments and their usage text, in Korean (default) and English.
 * Pure, so `--help` is answered before any folder is looked at (#16: `data:check --help`
 * used to say `--help:1:1  (directory)  dataset directory does not exist`).
 */
import { LANGS, type Lang } from '../messages/catalogue.ts'

export const COMMANDS = ['check', 'fingerprint', 'schema', 'diff'] as const
export type Command = (typeof COMMANDS)[number]

export type Args =
  | {
      readonly ok: true
      readonly command: Command | undefined
      readonly help: boolean
      readonly lang: Lang
      readonly positional: readonly string[]
    }
  | { readonly ok: false; readonly command: Command | undefined; readonly error: string }

export function parseArgs(argv: readonly string[]): Args {
  const [first, ...rest] = argv
  const command = COMMANDS.find((c) => c === first)
  if (first !== undefined && command === undefined && !isHelp(first))
    return { ok: false, command, error: `알 수 없는 명령: ${first}` }
  let help = first !== undefined && isHelp(first)
  let lang: Lang = 'ko'
  const positional: string[] = []
  const args = rest
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (isHelp(a)) help = true
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? args[++i] : a.slice('--lang='.length)
      const chosen = LANGS.find((l) => l === value)
      if (!chosen)
        return {
          ok: false,
          command,
          error: `--lang 뒤에는 ko 또는 en을 씁니다 (받은 값: ${value ?? '없음'})`,
        }
      lang = chosen
    } else if (a.startsWith('-'))
      return { ok: false, command, error: `알 수 없는 옵션: ${a} (--help로 사용법을 보세요)` }
    else positional.push(a)
  }
  if (positional.length > 1)
    return { ok: false, command, error: `인수가 너무 많습니다: ${positional.join(' ')}` }
  return { ok: true, command, help, lang, positional }
}

function isHelp(a: string): boolean {
  return a === '--help' || a === '-h'
}

const KO: Record<Command, string> = {
  check: `사용법: pnpm data:check [폴더] [--lang en]

데이터 폴더(기본: shared-data/, 또는 BRIEFING_DATA)를 검사합니다.
문제가 없으면 "이상 없음"과 데이터 지문을 출력하고 0으로 끝납니다.
문제가 있으면 모든 문제를 한 줄에 하나씩
  파일:줄:칸  항목 id › 필드  무엇이 틀렸고 어떻게 고치는지
형식으로 출력하고 1로 끝납니다. 아무 파일도 바꾸지 않습니다.

  --lang en   메시지를 영어로 (기본: 한국어)
  --help      이 도움말`,
  fingerprint: `사용법: pnpm data:fingerprint [폴더]

데이터의 판차(edition)와 내용 지문(8자리 16진수)을 출력합니다.
보고서 꼬리말과 발표 자료 표지에 찍힌 것과 같습니다.`,
  diff: `사용법: pnpm data:diff [커밋]

마지막 커밋(기본: HEAD) 이후 데이터 내용이 무엇이 바뀌었는지 파일:줄과 함께
한국어로 보여 줍니다. 키 순서나 서식만 바뀐 것은 변화로 치지 않습니다.`,
  schema: `사용법: pnpm data:schema

스키마를 바꾼 뒤 shared-data/schema/*.schema.json(편집기 자동 완성용)을 다시 만듭니다.`,
}

const EN: Record<Command, string> = {
  check: `usage: pnpm data:check [dir] [--lang en]

Validates a dataset folder (default: shared-data/ or $BRIEFING_DATA). Exit 0 and the
fingerprint when valid; otherwise every problem as
  file:line:col  item id › field  message
and exit 1. Nothing is changed.

  --lang en   messages in English (default: Korean)
  --help      this help`,
  fingerprint: `usage: pnpm data:fingerprint [dir]

Prints the edition and the 8-hex-digit fingerprint of the dataset's content.`,
  diff: `usage: pnpm data:diff [git-ref]

What changed in the content since a commit (default: HEAD), in Korean, with file:line.`,
  schema: `usage: pnpm data:schema

Regenerates shared-data/schema/*.schema.json from the zod schema.`,
}

/** One command's usage, or all of them. */
export function usage(command: Command | undefined, lang: Lang): string {
  const table = lang === 'ko' ? KO : EN
  if (command) return table[command]
  const head = lang === 'ko' ? '데이터 명령:' : 'dataset commands:'
  return `${head}\n\n${COMMANDS.map((c) => table[c]).join('\n\n')}`
}
