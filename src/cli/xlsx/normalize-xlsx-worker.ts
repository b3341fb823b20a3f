/**
 * A worker thread of `ladder normalize FILE.xlsx --jobs N`: reads the titles it is sent (pairs
 * of a context and a title) and sends back their result cells (moved, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Framework } from '../../core/framework/schema.js';
import { decodeCells, encodeCells, TitleBlockNormalizer } from './workbook-block.js';

const data = workerData as { fw: Framework };
const normalizer = new TitleBlockNormalizer(data.fw);
const port = parentPort!;
port.on('message', (m: { seq: number; bytes: Uint8Array; spare?: ArrayBuffer }) => {
  const out = encodeCells(normalizer.run(decodeCells(m.bytes)), m.spare);
  // The block's memory goes back with the result, for the next block; so does the spare
  // memory for results when this result did not fit in it.
  const unused = m.spare !== undefined && m.spare !== out.buffer ? m.spare : undefined;
  const moved = [out.buffer as ArrayBuffer, m.bytes.buffer as ArrayBuffer];
  if (unused) moved.push(unused);
  port.postMessage({ seq: m.seq, result: { out }, input: m.bytes, unused }, moved);
});
