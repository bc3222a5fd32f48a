/**
 * A Jupyter notebook (.ipynb, JSON): read as the prose of its markdown cells, each source line decoded from its JSON
 * string in place (« \" », « \u00e9 » as their characters); code cells and outputs are not prose, only the addresses
 * they hold are kept (a dataset's URL read by the code). Lines keep their place (DecodedLine); the JSON around is
 * dropped.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { decodeByLine } from './decoded-line.ts';
import type { HyphenBreak } from './text.ts';

/** Whether a text is a Jupyter notebook: a JSON object with « "cells": [ » and « "nbformat": ». */
export function isNotebook(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text) && /"nbformat"\s*:/.test(text) && /"cells"\s*:\s*\[/.test(text);
}

/** A JSON string item of a cell's source or output, where it is written, and whether it is prose. */
interface Item {
  start: number;
  end: number;
  prose: boolean;
}

const ADDRESS = /(?:https?|ftp):\/\/[^\s"'\\<>)\]]+/g;

/** The string items of the notebook's cells (their « source », and their outputs' « text » and « text/plain »). */
function items(text: string): Item[] {
  const parsed = parseDocument(text, { uniqueKeys: false });
  if (parsed.errors.length || !isMap(parsed.contents)) return [];
  const out: Item[] = [];
  const strings = (node: unknown, prose: boolean) => {
    const list = isSeq(node) ? node.items : [node];
    for (const item of list) {
      const n = item as Node;
      if (isScalar(n) && typeof n.value === 'string' && n.range) out.push({ start: n.range[0], end: n.range[1], prose });
    }
  };
  // (nbformat 3 keeps its cells in « worksheets »; a code cell's source was its « input ».)
  const top = parsed.contents.get('cells', true);
  const worksheets = parsed.contents.get('worksheets', true);
  const sheetCells = (w: unknown): unknown[] => {
    const list = isMap(w) ? w.get('cells', true) : undefined;
    return isSeq(list) ? list.items : [];
  };
  const cells = [...(isSeq(top) ? top.items : []), ...(isSeq(worksheets) ? worksheets.items.flatMap(sheetCells) : [])];
  for (const cell of cells) {
    if (!isMap(cell)) continue;
    const type = cell.get('cell_type');
    strings(cell.get('source', true), type === 'markdown' || type === 'heading');
    strings(cell.get('input', true), false);
    const outputs = cell.get('outputs', true);
    for (const output of isSeq(outputs) ? outputs.items : []) {
      if (!isMap(output)) continue;
      strings(output.get('text', true), false);
      const data = output.get('data', true);
      if (isMap(data)) strings(data.get('text/plain', true), false);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** JSON escapes: « \n », « \" », « \\ », « \/ », « \t », « \u00e9 ». */
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: ' ', b: '', f: '', '"': '"', '\\': '\\', '/': '/' };

/** The notebook read line by line: each line the decoded prose of the items on it, or only their addresses. */
export function readNotebook(original: string): { text: string; breaks: HyphenBreak[] } {
  const all = items(original);
  let next = 0;
  return decodeByLine(original, (line, lineStart, end) => {
    // (The last character emitted, kept aside: asking the line's text would flatten it at each item.)
    let last = '';
    const emit = (text: string, from: number, to: number) => {
      line.emit(text, from, to);
      if (text) last = text[text.length - 1]!;
    };
    let p = lineStart;
    while (next < all.length && all[next]!.start < end) {
      const item = all[next]!;
      // (An item that a previous line began: what is left of it on this one is dropped.)
      if (item.start < lineStart) {
        next++;
        continue;
      }
      line.drop(p, item.start + 1);
      const close = Math.min(item.end - 1, end);
      if (item.prose) {
        let k = item.start + 1;
        while (k < close) {
          const c = original[k]!;
          if (c !== '\\') {
            emit(c, k, k + 1);
            k++;
            continue;
          }
          const e = original[k + 1] ?? '';
          if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(original.slice(k + 2, k + 6))) {
            emit(String.fromCharCode(parseInt(original.slice(k + 2, k + 6), 16)), k, k + 6);
            k += 6;
          } else if (e === 'n' && k + 2 === close && !(all[next + 1] && all[next + 1]!.start < end)) {
            // (A source line's own end, « …\n », is the line's: the next item is on the next line.)
            line.drop(k, k + 2);
            k += 2;
          } else {
            emit(ESCAPES[e] ?? e, k, k + 2);
            k += 2;
          }
        }
      } else {
        // Code and outputs: their addresses only.
        const raw = original.slice(item.start + 1, close);
        let at = item.start + 1;
        for (const m of raw.matchAll(ADDRESS)) {
          const from = item.start + 1 + m.index;
          line.drop(at, from);
          for (let k = from; k < from + m[0].length; k++) emit(original[k]!, k, k + 1);
          at = from + m[0].length;
          // (A space after it, standing for the next character: two addresses stay apart.)
          if (at < close) {
            emit(' ', at, at + 1);
            at++;
          }
        }
        line.drop(at, close);
      }
      p = close;
      next++;
      // (Another item on the same line, a compact notebook's: the cells and lines stay apart.)
      if (next < all.length && all[next]!.start < end && p < all[next]!.start) {
        emit(last === '\n' ? ' ' : '\n', p, p + 1);
        p++;
      }
    }
    line.drop(p, end);
  });
}
