/**
 * How V8 runs the pipeline's regular expressions. Extraction runs several hundred patterns over every text; by
 * default V8 starts each one in its bytecode interpreter and compiles it to machine code on a later use, and the
 * compiled code does not stay (after garbage collections patterns start again from bytecode), so in a long build
 * many passes over whole documents ran interpreted (ten to a hundred times slower than compiled code). Compiling on
 * first use instead (V8's `--no-regexp-tier-up`) halved extraction on the evaluation texts: 460 texts, 2.6 MB,
 * 26 s → 12–15 s on one thread, the same facts byte for byte (docs/performance.md, session 32).
 *
 * The option goes on the command line of the Node process (bin/etat-numerique.js starts Node again with it when it
 * is missing; the npm scripts, the evaluation's and the bench's child processes and the test workers pass it). It is
 * not switched on at run time: `v8.setFlagsFromString` after a pattern has run once makes V8 crash (a segmentation
 * fault) the next time that pattern runs. Worker threads share the process's V8 options.
 */
export const REGEXP_ENGINE_FLAG = '--no-regexp-tier-up';

/** Does this process run its regular expressions so (the option on its command line)? */
export function hasRegexpEngineFlag(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.includes(REGEXP_ENGINE_FLAG);
}
