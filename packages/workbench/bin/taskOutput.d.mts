export declare const STOPPED: string
export declare const INTERRUPTED_CODE: number
export declare function openLog(
  root: string,
  name: string,
): { shown: string; write(text: string): void; close(): Promise<void> }
export declare function eachLine(
  stream: NodeJS.ReadableStream,
  onLine: (line: string) => void,
): void
export declare function onInterrupt(
  pass: (signal: NodeJS.Signals) => void,
  onStop: () => void,
): () => boolean
