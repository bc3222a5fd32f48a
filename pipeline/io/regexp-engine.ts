/**
 * How V8 runs the pipeline's regular expressions. Extraction runs several hundred patterns over every text; by
 * default V8 starts each one in its bytecode interpreter and compiles it to machine code on a later use, and the
 * compiled code does not stay (after garbage collections patterns start again from bytecode), so in a long build
 * many passes over whole documents ran interpreted (ten to a hundred times slower than compiled code). Compiling on
 * first use instead (V8's `--no-regexp-tier-up`) halved extraction on the evaluation texts: 460 texts, 2.6 MB,
 * 26 s → 12–15 s on one thread, the same facts byte for byte (docs/performance.md, session 32). The flag is
 * process-wide: set it before extraction starts and worker threads share it.
 */
import { setFlagsFromString } from 'node:v8';

export function compileRegexpsOnFirstUse(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
