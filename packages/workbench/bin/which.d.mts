type Env = Record<string, string | undefined>
export declare function pathCandidates(name: string, platform: string, env: Env): string[]
export declare function isFile(file: string): boolean
export declare function which(
  name: string,
  options?: { platform?: string; env?: Env; exists?: (file: string) => boolean },
): string | undefined
