type Env = Record<string, string | undefined>
export declare function chromiumPlaces(platform: string, env: Env): string[]
export declare function browsersOnPath(platform: string, env: Env): string[]
export declare function findChromium(options?: {
  platform?: string
  env?: Env
  exists?: (file: string) => boolean
}): string | undefined
export declare function chromiumMissingMessage(platform: string, env: Env): string
