/**
 * Progress lines of long stages: « extract    3120/7319 documents extracted (43 %) », « package    412000/1215000
 * records written (34 %) ». A 100 MB corpus spends a minute or more in a stage; a line every few seconds says the
 * build is alive and how far it is, without flooding a CI log.
 */

/** Seconds between two progress lines of a long stage. */
export const PROGRESS_EVERY_MS = 5000;

/**
 * A counter that prints `line(count, percent)` at most every `everyMs` as `add(n)` is called; never at the total
 * (the stage's own line says when it is done).
 */
export function progressTicker(
  progress: ((line: string) => void) | undefined,
  total: number,
  line: (count: number, percent: number) => string,
  everyMs = PROGRESS_EVERY_MS,
): (n: number) => void {
  if (!progress || total === 0) return () => {};
  let count = 0;
  let last = performance.now();
  return (n) => {
    count += n;
    const now = performance.now();
    if (now - last < everyMs || count >= total) return;
    last = now;
    progress(line(count, Math.floor((100 * count) / total)));
  };
}
