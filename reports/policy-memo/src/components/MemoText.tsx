import { Text } from '@react-pdf/renderer'
import type { ComponentProps } from 'react'
import { HYPHENATION_PENALTY } from '../lineBreaking.ts'

/**
 * React-PDF draws an outline entry for any node with `bookmark` (its render reads the
 * prop on every node), but its typings declare it on <Page> only.
 */
type TextProps = ComponentProps<typeof Text> & {
  readonly bookmark?: { readonly title: string; readonly fit?: boolean }
}

/**
 * Every text of the memo goes through here: a <Text> that never breaks a word with
 * a hyphen (also where textkit splits a word at a change of script, Latin + Hangul). See lineBreaking.ts.
 */
export function MemoText(props: TextProps) {
  return <Text hyphenationPenalty={HYPHENATION_PENALTY} {...props} />
}
