import type { Command } from 'commander';
import type { Framework } from '../core/framework/schema.js';
import { loadFramework } from '../store/framework-files.js';

/** The framework every command reads: built-in, or with the company file given by --framework. */
export function frameworkFor(command: Command): Framework {
  const opts = command.optsWithGlobals<{ framework?: string }>();
  return loadFramework({ companyFile: opts.framework ?? process.env.LADDER_FRAMEWORK });
}

export function wantsJson(command: Command): boolean {
  return Boolean(command.optsWithGlobals<{ json?: boolean }>().json);
}
