import * as z from 'zod';
import { LadderError } from '../core/errors.js';
import { AssessmentRecord } from '../core/career/assessment-record.js';
import { appendAssessment, readAssessments } from './assessment-file.js';

/** Where `ladder assess` keeps assessments: a file of one's own, or a workspace on a server. */
export interface AssessmentKeeper {
  /** For messages: the file, or the server's workspace URL. */
  where: string;
  read(): Promise<AssessmentRecord[]>;
  append(record: AssessmentRecord): Promise<void>;
}

export function fileKeeper(path: string): AssessmentKeeper {
  return {
    where: path,
    read: async () => readAssessments(path),
    append: async (record) => appendAssessment(path, record),
  };
}

// The server adds id, createdAt and may add fields later; a record is what we know of it.
const ServerRecord = z.object(AssessmentRecord.shape);
const ServerList = z.object({ assessments: z.array(ServerRecord) });

/** A workspace's assessments over the API: `--server URL --token TOKEN`. */
export function workspaceKeeper(server: string, token: string, fetchImpl: typeof fetch = fetch): AssessmentKeeper {
  const base = server.replace(/\/+$/, '');
  const url = `${base}/api/v1/workspace/assessments`;
  const call = async (init: RequestInit): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetchImpl(url, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? String(e);
      throw new LadderError('server-unreachable', `Cannot reach ${base} (${cause}). Is "ladder serve" running there?`, { issues: [{ code: 'server-unreachable', field: 'server', value: server, message: cause }] });
    }
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (res.status === 401 || res.status === 403) {
      throw new LadderError('unauthorized', `${base} refused the token: ${body.error?.message ?? res.statusText}. Use a workspace token ("ladder admin create-workspace" prints one).`, { issues: [{ code: body.error?.code ?? 'unauthorized', field: 'token', message: `HTTP ${res.status}` }] });
    }
    if (!res.ok) throw new LadderError(body.error?.code ?? 'server-error', `${base} answered ${res.status}: ${body.error?.message ?? res.statusText}`, { userError: res.status < 500 });
    return body;
  };
  return {
    where: `${base} (workspace)`,
    read: async () => ServerList.parse(await call({ method: 'GET' })).assessments,
    append: async (record) => {
      await call({ method: 'POST', body: JSON.stringify(AssessmentRecord.parse(record)) });
    },
  };
}
