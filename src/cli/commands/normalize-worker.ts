/**
 * A worker thread of `ladder normalize FILE --jobs N`: normalizes the blocks of whole rows it
 * is sent and sends back each block's output bytes (moved, not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Framework } from '../../core/framework/schema.js';
import { blockNormalizer } from './block-normalizers.js';
import type { BlockSettings } from './normalize-block.js';

const data = workerData as { fw: Framework; settings: BlockSettings };
const normalizer = blockNormalizer(data.fw, data.settings);
const port = parentPort!;
port.on('message', (m: { seq: number; bytes: Uint8Array; spare?: ArrayBuffer }) => {
  const result = normalizer.run(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), m.spare);
  // The block's memory goes back with the result, for the next block; so does the spare
  // memory for results when this block's result did not use it.
  const out = result.out.buffer as ArrayBuffer;
  const unused = m.spare !== undefined && m.spare !== out ? m.spare : undefined;
  const moved = [out, m.bytes.buffer as ArrayBuffer];
  if (unused) moved.push(unused);
  port.postMessage({ seq: m.seq, result, input: m.bytes, unused }, moved);
});
