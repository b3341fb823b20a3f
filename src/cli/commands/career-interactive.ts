import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { LadderError } from '../../core/errors.js';
import type { AnswerValue } from '../../core/career/assessment-record.js';
import { parseChoice, type Question, type QuestionChoice } from '../../core/career/questions.js';

/** Line-by-line questions on a terminal or a pipe. Lines typed ahead are queued, not lost. */
export interface Prompter {
  ask(question: string): Promise<string | null>;
  say(text: string): void;
  close(): void;
}

export function prompter(input: Readable, output: Writable): Prompter {
  const rl = createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
  const queue: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else queue.push(line);
  });
  rl.on('close', () => {
    closed = true;
    for (const w of waiting.splice(0)) w(null);
  });
  return {
    ask(question) {
      output.write(question);
      const line = queue.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (closed) return Promise.resolve(null);
      return new Promise((res) => waiting.push(res));
    },
    say(text) {
      output.write(text);
    },
    close() {
      rl.close();
    },
  };
}

const aborted = () =>
  new LadderError('assessment-interrupted', 'The input ended before every question had an answer; nothing was saved', {
    issues: [{ code: 'assessment-interrupted', message: 'end of input' }],
  });

/** Asks until the answer passes `check`; `check` returns the value or an error message. */
export async function askUntil<T>(p: Prompter, question: string, check: (typed: string) => { value: T } | { error: string }): Promise<T> {
  for (;;) {
    const typed = await p.ask(question);
    if (typed === null) throw aborted();
    const r = check(typed);
    if ('value' in r) return r.value;
    p.say(`  ${r.error}\n`);
  }
}

/** One question per competency: the levels with their behaviours, then a numbered choice and an optional note. */
export async function askCompetencies(p: Prompter, questions: Question[], person: string): Promise<{ answers: Record<string, AnswerValue>; notes: Record<string, string> }> {
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  p.say(`\nFor each competency, pick the highest level ${person} shows consistently, most of the time, not just once.\n`);
  for (const [i, q] of questions.entries()) {
    p.say(`\n[${i + 1}/${questions.length}] ${q.name}\n${q.summary}\n\n`);
    for (const c of q.choices) {
      p.say(`  ${String(c.number).padStart(2)}) ${c.label}\n`);
      for (const b of c.behaviours) p.say(`        - ${b}\n`);
    }
    const max = q.choices[q.choices.length - 1]!.number;
    const choice = await askUntil<QuestionChoice>(p, `Level for ${q.name} [0-${max}]: `, (typed) => {
      const c = parseChoice(q, typed);
      return c ? { value: c } : { error: `Type a number from 0 to ${max}.` };
    });
    answers[q.competency] = choice.band;
    const note = await p.ask('Evidence or an example (Enter to skip): ');
    if (note === null) throw aborted();
    if (note.trim()) notes[q.competency] = note.trim();
  }
  return { answers, notes };
}
