import type { Framework } from '../../core/framework/schema.js';
import { BlockNormalizer, type BlockResult, type BlockSettings } from './normalize-block.js';
import { JsonlBlockNormalizer } from './normalize-jsonl.js';

/** What normalizes a file's blocks, in any thread: one per format. */
export function blockNormalizer(fw: Framework, settings: BlockSettings): { run(bytes: Buffer, spare?: ArrayBuffer): BlockResult } {
  return settings.format === 'jsonl' ? new JsonlBlockNormalizer(fw, settings) : new BlockNormalizer(fw, settings);
}
