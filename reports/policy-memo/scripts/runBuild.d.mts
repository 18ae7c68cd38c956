/** The memo's bundled build command (runBuild.mjs). */
export declare const bundled: string
/** True when the bundle exists and every file it was made from has the content it had. */
export declare function bundleIsFresh(bundle?: string): boolean
/** The sha1 of a file's bytes, hex. */
export declare function hashOf(file: string): string
