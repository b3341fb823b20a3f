/**
 * The worker thread that builds company frameworks (see framework-builder.ts): parsing and
 * validating a 2 MB file takes seconds, which must not stall the server's event loop.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { LadderError } from '../core/errors.js';
import { applyCompanyFramework } from '../core/framework/company.js';
import type { Framework } from '../core/framework/schema.js';

export type BuildRequest = { id: number; file: string; text: string };
export type BuildReply =
  | { id: number; ok: true; framework: Uint8Array }
  | { id: number; ok: false; error: { code: string; message: string; issues: LadderError['issues']; userError: boolean } };

const base = workerData as Framework;

parentPort!.on('message', (req: BuildRequest) => {
  let reply: BuildReply;
  try {
    // Sent as bytes: the main thread reads them back in one step, and knows their size.
    const bytes = serialize(applyCompanyFramework(base, { file: req.file, text: req.text }));
    reply = { id: req.id, ok: true, framework: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    parentPort!.postMessage(reply, [reply.framework.buffer as ArrayBuffer]);
    return;
  } catch (e) {
    const error = e instanceof LadderError
      ? { code: e.code, message: e.message, issues: e.issues, userError: e.userError }
      : { code: 'framework-build-failed', message: 'The company framework could not be built.', issues: [], userError: false };
    reply = { id: req.id, ok: false, error };
  }
  parentPort!.postMessage(reply);
});
