import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { LadderError } from '../../core/errors.js';
import { bundleSource } from '../../core/udf/bundle.js';
import { BIGQUERY_INLINE_LIMIT, SNOWFLAKE_BODY_LIMIT, UDF_TARGETS, udfFiles, type UdfTarget } from '../../core/udf/targets.js';
import { readUdfCore } from '../../store/udf-core.js';
import { frameworkFor } from '../context.js';

interface UdfOptions {
  target?: string;
  out?: string;
  library?: string;
}

/** `ladder udf`: the normalizer as a SQL function for a warehouse. */
export function register(program: Command): void {
  program
    .command('udf')
    .description('write the title normalizer as JavaScript functions for DuckDB, BigQuery or Snowflake: one bundle and the SQL that creates them')
    .requiredOption('--target <engine>', `the engine: ${UDF_TARGETS.join(', ')}`)
    .requiredOption('--out <dir>', 'the folder to write the bundle and the SQL to (created when missing)')
    .option('--library <gs-path>', 'BigQuery: where you will upload the bundle in Cloud Storage (gs://bucket/ladder-normalize.js)')
    .addHelpText(
      'after',
      `
The bundle holds the normalizer and the framework (the built-in one, or --framework FILE).
It gives ladder_normalize(title), ladder_normalize(title, 'general' | 'product') (named
ladder_normalize_in_context in BigQuery) and ladder_is_product_department(department), the rule
of ladder normalize --context-column. See docs/warehouse.md for each engine's limits.

Examples:
  ladder udf --target duckdb --out udf/
  ladder udf --target bigquery --out udf/ --library gs://people-analytics/ladder-normalize.js
  ladder --framework company.yaml udf --target snowflake --out udf/`,
    )
    .action((opts: UdfOptions, cmd: Command) => {
      const target = (opts.target ?? '').trim().toLowerCase();
      if (!(UDF_TARGETS as readonly string[]).includes(target)) {
        throw new LadderError('udf-target', `--target must be one of ${UDF_TARGETS.join(', ')}, not "${opts.target}"`);
      }
      const fw = frameworkFor(cmd);
      const bundle = bundleSource(readUdfCore(), fw, `Product Ladder title normalizer with the framework "${fw.name}": ladder_normalize(title[, context]) returns the reading of a job title; ladder_is_product_department(department) says whether a department reads titles in the product context.`);
      const files = udfFiles(target as UdfTarget, bundle, { library: opts.library });
      const dir = resolve(opts.out!);
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(join(dir, f.name), f.text);
      for (const f of files) process.stdout.write(`${join(opts.out!, f.name)}  (${Buffer.byteLength(f.text).toLocaleString('en-US')} bytes)\n`);
      const size = Buffer.byteLength(bundle);
      if (target === 'snowflake' && size > SNOWFLAKE_BODY_LIMIT) {
        process.stderr.write(`ladder: the function body is ${size.toLocaleString('en-US')} bytes; Snowflake recommends at most ${SNOWFLAKE_BODY_LIMIT.toLocaleString('en-US')} (it stores the code compressed, so it may still be accepted)\n`);
      }
      if (target === 'bigquery') {
        process.stderr.write(`ladder: upload ${join(opts.out!, 'ladder-normalize.js')} to ${opts.library ?? 'Cloud Storage'}; it is too large for an inline body of ${BIGQUERY_INLINE_LIMIT.toLocaleString('en-US')} bytes\n`);
      }
    });
}
