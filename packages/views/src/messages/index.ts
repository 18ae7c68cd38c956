import { ko } from './ko.ts'
import type { Messages } from './types.ts'

const BY_LANGUAGE: Readonly<Record<string, Messages>> = { ko }

export function messagesFor(language: string): Messages {
  const found = BY_LANGUAGE[language]
  if (!found)
    throw new Error(
      `no messages for language "${language}"; add packages/views/src/messages/${language}.ts`,
    )
  return found
}

export type { Messages }
