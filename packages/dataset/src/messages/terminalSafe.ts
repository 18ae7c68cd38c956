/**
 * Text from the data, made safe to print on a terminal (#15 C): an `edition` or a title
 * holding `\e[2J` could clear the screen or fake the checker's report. Every character a
 * terminal may act on, or that hides or reorders text, is shown as a JSON-style escape
 * (`\u001b`): C0 and C1 controls (newline and tab included: one problem is one line),
 * DEL, the bidirectional overrides and isolates, and the line/paragraph separators.
 * Pure; the CLI, the build scripts and the dev server use it on everything they print.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  )
}

/** The same for text of several lines (a report): each line made safe, the newlines kept. */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n')
}
