import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { LadderError } from '../../core/errors.js';
import { assess, toRecord, trackForAssessment } from '../../core/career/assess.js';
import { AnswersFile, type AnswerValue } from '../../core/career/assessment-record.js';
import { matrixFor, type AssessTrack, type CompetencyMatrix } from '../../core/career/competencies.js';
import { assessmentsOf, progress } from '../../core/career/history.js';
import { assessmentQuestions } from '../../core/career/questions.js';
import { matrixMarkdown, renderAssessment, renderProgress, type ReportFormat } from '../../core/career/render-assessment.js';
import { BAND_NAMES, FAMILY_IDS, type FamilyId, type Framework, type Role, type Track } from '../../core/framework/schema.js';
import { parseLocated, validateLocated, type LocatedDocument } from '../../core/framework/yaml-document.js';
import { assessmentStorePath } from '../../store/assessment-file.js';
import { fileKeeper, workspaceKeeper, type AssessmentKeeper } from '../../store/assessment-keeper.js';
import { readCompetencies, readTextFile } from '../../store/framework-files.js';
import { writeFileAtomic } from '../io.js';
import { askCompetencies, askUntil, prompter } from './career-interactive.js';
import { resolveRoleQuery } from './career-resolve.js';

export interface AssessOptions {
  family?: FamilyId;
  role?: string;
  track?: Track;
  answers?: string;
  format: ReportFormat;
  json?: boolean;
  out?: string;
  person?: string;
  history?: boolean;
  store?: string;
  server?: string;
  token?: string;
  save: boolean;
  competencies?: string;
  matrix?: boolean;
  template?: boolean;
  interactive?: boolean;
}

function emit(body: string, out: string | undefined, what: string, note: (m: string) => void): void {
  if (out) {
    writeFileAtomic(resolve(out), body);
    note(`wrote ${out} (${what})`);
  } else process.stdout.write(body);
}

export async function runAssess(fw: Framework, opts: AssessOptions, note: (message: string) => void): Promise<void> {
  const format: ReportFormat = opts.json ? 'json' : opts.format;
  const matrices = readCompetencies(opts.competencies);
  const role = opts.role ? resolveRoleQuery(fw, opts.role, note) : undefined;
  if (role && opts.family && role.family !== opts.family) {
    throw new LadderError('family-mismatch', `--role ${role.id} is in ${role.family}, not --family ${opts.family}`, { issues: [{ code: 'family-mismatch', field: 'family', value: opts.family, message: 'the role is in another family' }] });
  }

  if (opts.matrix || opts.template) {
    const family = opts.family ?? (role?.family as FamilyId | undefined);
    if (!family) throw needFamily(matrices);
    const matrix = matrixFor(matrices, family);
    if (opts.matrix) {
      emit(format === 'json' ? `${JSON.stringify(matrix, null, 2)}\n` : matrixMarkdown(matrix), opts.out, `the ${family} matrix`, note);
    } else {
      emit(answersTemplate(fw, matrix, opts.person, role, trackForAssessment(fw, role, opts.track)), opts.out, 'an answers template', note);
    }
    return;
  }

  const keeper = keeperFor(opts);
  if (opts.history) {
    const person = opts.person ?? (opts.answers ? readAnswers(opts.answers).data.person : undefined);
    if (!person) throw new LadderError('missing-person', 'Say whose history to show: --person NAME', { issues: [{ code: 'missing-person', field: 'person', message: 'required with --history' }] });
    const records = await keeper.read();
    const mine = assessmentsOf(records, person, opts.family ?? role?.family);
    if (!mine.length) {
      throw new LadderError('no-history', `No assessments of ${person}${opts.family ? ` in ${opts.family}` : ''} in ${keeper.where}`, { issues: [{ code: 'no-history', file: keeper.where, field: 'person', value: person, message: 'no assessments' }] });
    }
    const family = opts.family ?? (role?.family as FamilyId | undefined) ?? mine[mine.length - 1]!.family;
    const matrix = matrices.find((m) => m.family === family);
    const p = progress(records, undefined, matrix, person, family)!;
    emit(renderProgress(p, format), opts.out, `progress over ${p.entries.length} assessments`, note);
    return;
  }

  let person = opts.person;
  let family: FamilyId | undefined = opts.family;
  let roleId: string | undefined = role?.id;
  let track: Track | undefined = opts.track;
  let answers: Record<string, AnswerValue>;
  let notes: Record<string, string> | undefined;
  let origin: LocatedDocument | undefined;
  let date = new Date().toISOString();

  if (opts.answers) {
    const { doc, data } = readAnswers(opts.answers);
    origin = doc;
    person ??= data.person;
    if (!opts.family && data.family) family = data.family;
    if (!role && data.role) {
      let r: Role;
      try {
        r = resolveRoleQuery(fw, data.role, note);
      } catch (e) {
        if (e instanceof LadderError) {
          const pos = doc.locate(['role']);
          throw new LadderError(e.code, `${doc.file}: ${e.message}`, { issues: e.issues.map((i) => ({ ...i, file: doc.file, path: 'role', ...(pos ? { line: pos.line } : {}) })) });
        }
        throw e;
      }
      roleId = r.id;
      if (!family) family = r.family as FamilyId;
    }
    track ??= data.track;
    if (data.date) date = data.date;
    answers = data.answers;
    notes = data.notes;
  } else {
    const tty = Boolean(process.stdin.isTTY);
    if (!tty && !opts.interactive) {
      throw new LadderError('no-answers', 'No answers: run "ladder assess" on a terminal to be asked, or pass --answers FILE (ladder assess --template --family F writes one to fill in)', {
        issues: [{ code: 'no-answers', field: 'answers', message: 'standard input is not a terminal' }],
      });
    }
    const p = prompter(process.stdin, process.stderr);
    try {
      const who: string = person ?? (await askUntil<string>(p, 'Who is being assessed? ', (t) => (t.trim() ? { value: t.trim() } : { error: 'Type a name.' })));
      person = who;
      if (!family && !roleId) {
        const options = FAMILY_IDS.filter((f) => matrices.some((m) => m.family === f));
        p.say(`\nFamilies:\n${options.map((f, i) => `  ${i + 1}) ${fw.families.find((x) => x.id === f)?.name ?? f}`).join('\n')}\n`);
        family = await askUntil(p, `Family [1-${options.length}]: `, (t) => {
          const n = Number(t.trim());
          return Number.isInteger(n) && n >= 1 && n <= options.length ? { value: options[n - 1]! } : { error: `Type a number from 1 to ${options.length}.` };
        });
      }
      if (!roleId) {
        for (;;) {
          const typed = await p.ask('Current role, as an id or title (Enter to skip): ');
          if (typed === null || !typed.trim()) break;
          try {
            const r = resolveRoleQuery(fw, typed.trim(), (m) => p.say(`  ${m}\n`));
            if (family && r.family !== family) {
              p.say(`  ${r.title} is in ${r.family}, not ${family}. Try again, or press Enter to skip.\n`);
              continue;
            }
            roleId = r.id;
            family ??= r.family as FamilyId;
            break;
          } catch (e) {
            if (!(e instanceof LadderError)) throw e;
            p.say(`  ${e.message}\n`);
          }
        }
      }
      const fam = family ?? (role?.family as FamilyId);
      const effectiveTrack = trackForAssessment(fw, roleId ? fw.roles.find((r) => r.id === roleId) : undefined, track);
      const asked = await askCompetencies(p, assessmentQuestions(matrixFor(matrices, fam), effectiveTrack, fw), who);
      answers = asked.answers;
      notes = asked.notes;
      p.say('\n');
    } finally {
      p.close();
    }
  }

  if (!person) throw new LadderError('missing-person', 'Say who is assessed: --person NAME or "person" in the answers file', { issues: [{ code: 'missing-person', field: 'person', message: 'required' }] });
  const history = await keeper.read();
  const report = assess(fw, matrices, { person, family, role: roleId, track, date, answers, notes, origin, id: randomUUID() }, { history });
  if (opts.save) {
    await keeper.append(toRecord(report, { answers, notes }));
    const count = assessmentsOf([...history, toRecord(report, { answers, notes })], person, report.family).length;
    note(`saved the assessment to ${keeper.where} (${count} for ${person} in ${report.family}${count > 1 ? '; the report shows the progress' : ''})`);
  }
  emit(renderAssessment(report, format), opts.out, `${format} report`, note);
}

/** A workspace on a server when --server (or LADDER_SERVER) is given, else the assessments file. */
function keeperFor(opts: AssessOptions, env: NodeJS.ProcessEnv = process.env): AssessmentKeeper {
  const server = opts.server ?? env.LADDER_SERVER;
  if (!server) return fileKeeper(assessmentStorePath(opts.store));
  const token = opts.token ?? env.LADDER_TOKEN;
  if (!token) throw new LadderError('missing-token', 'Saving to a server needs a workspace token: --token TOKEN or LADDER_TOKEN', { issues: [{ code: 'missing-token', field: 'token', message: 'required with --server' }] });
  return workspaceKeeper(server, token);
}

function needFamily(matrices: CompetencyMatrix[]): LadderError {
  return new LadderError('missing-family', `Say which family: --family ${matrices.map((m) => m.family).join('|')} (or --role)`, { issues: [{ code: 'missing-family', field: 'family', message: 'required' }] });
}

export function readAnswers(path: string): { doc: LocatedDocument; data: AnswersFile } {
  const input = readTextFile(resolve(path));
  const doc = parseLocated(input.file, input.text);
  try {
    return { doc, data: validateLocated(doc, AnswersFile) };
  } catch (e) {
    if (e instanceof LadderError) throw new LadderError('invalid-answers', `${input.file} is not a valid answers file (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'})`, { issues: e.issues });
    throw e;
  }
}

/** A YAML answers file with every competency, its levels and behaviour ids in comments. */
export function answersTemplate(fw: Framework, matrix: CompetencyMatrix, person: string | undefined, role: Role | undefined, track: AssessTrack): string {
  const questions = assessmentQuestions(matrix, track, fw);
  const out = [
    '# Self-assessment answers for `ladder assess --answers FILE`.',
    '# For each competency give the band whose behaviours the person shows most of the time',
    '# (the bands below count as shown too), "none", or a list of the behaviour ids they show,',
    `# e.g. [${matrix.competencies[0]!.cells[0]!.behaviours.map((b) => b.id).join(', ')}].`,
    `person: ${JSON.stringify(person ?? 'Your Name')}`,
    `family: ${matrix.family}`,
    role ? `role: ${role.id}` : '# role: product-manager   # the current role (optional): sets the track and the next role',
    '# date: 2025-01-31        # when the evidence was gathered (optional; today by default)',
    'answers:',
  ];
  for (const q of questions) {
    const c = matrix.competencies.find((x) => x.id === q.competency)!;
    out.push(`  # ${q.name}: ${q.summary}`);
    for (const cell of c.cells) {
      if (!q.choices.some((ch) => ch.band === cell.band)) continue;
      out.push(`  #   band ${cell.band} (${BAND_NAMES[cell.band]})${cell.track ? `, ${cell.track}` : ''}:`);
      for (const b of cell.behaviours) out.push(`  #     ${b.id}: ${b.text}`);
    }
    out.push(`  ${q.competency}: none`);
  }
  out.push('# notes:                  # optional evidence per competency', `#   ${matrix.competencies[0]!.id}: "Led the discovery for ..."`, '');
  return out.join('\n');
}
