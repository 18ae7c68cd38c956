export declare function processRunning(pid: number): boolean
export declare function lockPath(name: string): string
export declare function acquire(
  name: string,
  what: string,
  onWait?: (pid: number) => void,
): Promise<() => void>
export declare function withLock<T>(
  name: string,
  what: string,
  fn: () => Promise<T> | T,
  onWait?: (pid: number) => void,
): Promise<T>
