import { formatPay } from '../framework/render-markdown.js';
import type { Fact } from '../framework/schema.js';
import type { RoleDiff } from './diff.js';
import type { Move } from './graph.js';
import type { NextSteps } from './next.js';
import type { PathResult, Route } from './paths.js';
import type { FactMatch } from './text-match.js';

/** Human output of `ladder next`, `ladder path` and `ladder diff`, in Markdown that reads well raw. */

const cite = (f: { source: string[] }) => ` [${f.source.join(', ')}]`;
const bullets = (facts: Fact[], indent = '') => facts.map((f) => `${indent}- ${f.text}${cite(f)}`);
const trackWord = (t: string) => (t === 'ic' ? 'individual contributor' : 'management');
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const bandMove = (m: Move) => (m.bandChange === 0 ? 'same band' : `${m.bandChange > 0 ? 'up' : 'down'} ${plural(Math.abs(m.bandChange), 'band')}`);
const finish = (lines: string[]) => `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

export function nextStepsText(n: NextSteps): string {
  const r = n.role;
  const out: string[] = [`# Next steps from ${r.title}`, ''];
  out.push(`\`${r.id}\` · ${r.familyName} · band ${r.band} (${r.bandName}) · ${trackWord(r.track)} track`, '');
  if (n.contrast) out.push(`Note: ${n.top.note}`, '');
  out.push(
    n.typicalTenure
      ? `Usual time in this role before a move: ${n.typicalTenure.minYears}–${n.typicalTenure.maxYears} years${cite(n.typicalTenure)}`
      : 'Usual time in this role: no source gives one.',
    '',
  );

  out.push('## Promotion', '');
  if (!n.promotions.length) out.push(n.contrast ? `None: moves out of ${r.familyName} are lateral (below).` : (n.top.note ?? 'No promotion is listed from this role.'), '');
  for (const m of n.promotions) {
    out.push(`→ **${m.to.title}** (band ${m.to.band}, ${m.to.bandName}${m.trackChange ? `; moves onto the ${trackWord(m.to.track)} track` : ''})`);
    if (m.criteria.length) out.push('  What it takes:', ...bullets(m.criteria, '  '));
    out.push('');
  }

  out.push('## Switching between the IC and management tracks', '');
  const ts = n.trackSwitches;
  if (ts.here.length) {
    for (const m of ts.here) {
      out.push(`From here: → **${m.to.title}** (${trackWord(m.to.track)} track, band ${m.to.band}, ${bandMove(m)})`);
      if (m.criteria.length) out.push('  What it takes:', ...bullets(m.criteria, '  '));
      out.push('');
    }
  } else if (ts.ahead.length) {
    for (const a of ts.ahead) {
      const via = a.via.map((x) => x.title).join(' → ');
      for (const m of a.switches) {
        out.push(`The switch happens at **${a.at.title} → ${m.to.title}** (${trackWord(m.to.track)} track, band ${m.to.band}), ${plural(a.promotionsAway, 'promotion')} up from here (${r.title} → ${via}).`);
        if (m.criteria.length) out.push('  What it takes:', ...bullets(m.criteria, '  '));
        out.push('');
      }
    }
  } else if (n.promotions.some((p) => p.trackChange)) {
    out.push('The promotion above changes track.', '');
  } else {
    out.push(ts.inFamily.length ? `No switch is on offer from this role or further up its track.` : `${r.familyName} has no track switch in the framework.`, '');
  }
  if (ts.inFamily.length) {
    const list = (to: string) => ts.inFamily.filter((s) => s.to.track === to).map((s) => `${s.from.title} (${s.from.band}) → ${s.to.title} (${s.to.band})`);
    const toMgmt = list('management');
    const toIc = list('ic');
    out.push(`Where the tracks meet in ${r.familyName}:`, '');
    if (toMgmt.length) out.push(`- into management: ${toMgmt.join('; ')}`);
    if (toIc.length) out.push(`- back to individual work: ${toIc.join('; ')}`);
    out.push('');
  }

  out.push('## Lateral moves to other families', '');
  if (!n.laterals.length) out.push('None listed from this role.', '');
  for (const m of n.laterals) {
    out.push(`→ **${m.to.title}** (${m.to.familyName}, band ${m.to.band}, ${bandMove(m)})`);
    if (m.transfers.length) out.push('  Carries over:', ...bullets(m.transfers, '  '));
    if (m.toLearn.length) out.push('  To learn:', ...bullets(m.toLearn, '  '));
    if (m.criteria.length) out.push('  What it takes:', ...bullets(m.criteria, '  '));
    out.push('');
  }

  if (n.stepsDown.length) {
    out.push('## Steps down', '');
    for (const m of n.stepsDown) {
      const where = m.familyChange ? m.to.familyName : `${trackWord(m.to.track)} track`;
      out.push(`↓ **${m.to.title}** (${where}, band ${m.to.band}, ${bandMove(m)}: a step down)`);
      if (m.transfers.length) out.push('  Carries over:', ...bullets(m.transfers, '  '));
      if (m.toLearn.length) out.push('  To learn:', ...bullets(m.toLearn, '  '));
      if (m.criteria.length) out.push('  When it makes sense:', ...bullets(m.criteria, '  '));
      out.push('');
    }
  }

  if (n.contrasts.length) {
    out.push('## Not to be confused with', '');
    for (const c of n.contrasts) out.push(`- **${c.role.title}** (${c.role.familyName})`, ...bullets(c.differences, '  '));
    out.push('');
  }
  if (n.levelUp.length) out.push(`## Levelling up, from the ${r.title} page`, '', ...bullets(n.levelUp), '');
  return finish(out);
}

export function routeText(route: Route, index: number): string[] {
  const counts = [
    route.promotions && plural(route.promotions, 'promotion'),
    route.trackSwitches && plural(route.trackSwitches, 'track switch').replace('switchs', 'switches'),
    route.laterals && plural(route.laterals, 'lateral move'),
  ].filter(Boolean);
  const years = route.typicalYears
    ? ` · about ${route.typicalYears.min}–${route.typicalYears.max} years${route.typicalYears.rolesWithTenure < route.typicalYears.rolesLeft ? ` for the ${route.typicalYears.rolesWithTenure} of ${route.typicalYears.rolesLeft} roles whose usual tenure a source gives` : ''}`
    : '';
  const out = [`## Route ${index}: ${plural(route.length, 'step')} (${counts.join(', ')})${years}`, ''];
  route.steps.forEach((s, i) => {
    out.push(`${i + 1}. ${s.fromTitle} → **${s.toTitle}** · ${s.kind} · band ${s.fromBand} → ${s.toBand}`);
    if (s.criteria.length) out.push(...bullets(s.criteria, '   '));
    if (s.transfers?.length) out.push(`   Carries over: ${s.transfers.map((f) => f.text).join(' ')}`);
    if (s.toLearn?.length) out.push(`   To learn: ${s.toLearn.map((f) => f.text).join(' ')}`);
  });
  out.push('');
  return out;
}

export function pathsText(p: PathResult): string {
  const out = [`# Routes from ${p.fromRole.title} to ${p.toRole.title}`, ''];
  out.push(`${p.fromRole.title}: ${p.fromRole.familyName}, band ${p.fromRole.band}, ${trackWord(p.fromRole.track)} · ${p.toRole.title}: ${p.toRole.familyName}, band ${p.toRole.band}, ${trackWord(p.toRole.track)}`, '');
  if (!p.routes.length) {
    out.push('No route.', '', `Why: ${p.reason}`, '');
    return finish(out);
  }
  out.push(
    p.found > p.routes.length
      ? `${p.found} sensible routes; the best ${p.routes.length} are shown (fewest steps, then most promotions).`
      : `${plural(p.found, 'sensible route')}, best first (fewest steps, then most promotions).`,
    '',
  );
  p.routes.forEach((r, i) => out.push(...routeText(r, i + 1)));
  return finish(out);
}

function factSection(title: string, m: FactMatch, a: string, b: string, upInFamily: boolean): string[] {
  const out = [`## ${title}`, ''];
  out.push(`### New in ${b} (${m.added.length})`, '', ...(m.added.length ? bullets(m.added) : ['- Nothing new.']), '');
  out.push(`### Only in ${a} (${m.dropped.length})`, '');
  if (upInFamily && m.dropped.length) out.push(`Not listed for ${b}: usually taken for granted at the higher level, delegated, or done at a wider scope.`, '');
  out.push(...(m.dropped.length ? bullets(m.dropped) : ['- Nothing dropped.']), '');
  out.push(`### In both, possibly reworded (${m.kept.length})`, '');
  if (!m.kept.length) out.push('- Nothing matched by wording.');
  for (const k of m.kept) {
    if (k.a.text === k.b.text) out.push(`- ${k.a.text}`);
    else out.push(`- ${k.a.text}`, `  now: ${k.b.text}`);
  }
  out.push('');
  return out;
}

export function diffText(d: RoleDiff): string {
  const A = d.a.title;
  const B = d.b.title;
  const out = [`# ${A} → ${B}`, '', 'What changes:', '', ...d.headline.map((h) => `- ${h}`), ''];
  const s = d.scope;
  const rows: [string, string, string][] = [
    ['band', `${s.band.a} ${s.band.names.a}`, `${s.band.b} ${s.band.names.b}`],
    ['track', trackWord(s.track.a), trackWord(s.track.b)],
    ['family', s.family.a, s.family.b],
    ['specialty', s.specialty.a ?? '—', s.specialty.b ?? '—'],
    ['people management is the job', s.managesPeople.a ? 'yes' : 'no', s.managesPeople.b ? 'yes' : 'no'],
    ['direct reports', s.directReports.a.join(', ') || '—', s.directReports.b.join(', ') || '—'],
    ['reports to', d.reportsTo.a.join(', ') || '—', d.reportsTo.b.join(', ') || '—'],
  ];
  const changed = (x: string, y: string) => (x === y ? '' : ' ◀');
  out.push('## Scope', '', `| | ${A} | ${B} |`, '| --- | --- | --- |');
  for (const [k, x, y] of rows) out.push(`| ${k} | ${x} | ${y}${changed(x, y)} |`);
  out.push('', '◀ marks what changes.', '');
  const up = !s.family.changed && s.band.delta > 0;
  out.push(...factSection('Responsibilities', d.responsibilities, A, B, up));
  out.push(...factSection('Skills', d.skills, A, B, up));
  out.push('Facts are matched by their content words, so a reworded fact counts as "in both" and two facts that merely share words may be paired.', '');
  out.push('## Reporting', '');
  const rep = (label: string, r: RoleDiff['reportsTo']) => {
    const parts = [`${r.a.join(', ') || 'nobody listed'} → ${r.b.join(', ') || 'nobody listed'}`];
    if (r.added.length) parts.push(`adds ${r.added.join(', ')}`);
    if (r.dropped.length) parts.push(`no longer ${r.dropped.join(', ')}`);
    return `- ${label}: ${parts.join('; ')}`;
  };
  out.push(rep('Reports to', d.reportsTo), rep('Direct reports', s.directReports), '');
  out.push('## Pay', '');
  if (!d.pay.length) out.push('- No source gives pay for either role.');
  for (const p of d.pay) {
    const side = (list: typeof p.a) => (list.length ? list.map((x) => formatPay(x).replace(/^[^:]+: /, '')).join('; ') : 'no figure');
    out.push(`- ${p.region} (${p.currency}): ${side(p.a)} → ${side(p.b)}${p.change ? ` (${p.change.percent >= 0 ? '+' : ''}${p.change.percent}% at the midpoint)` : ''}`);
  }
  out.push('', 'Pay figures are rough, undated single-source figures; see each role page for the wording.', '');
  out.push('## How to get there', '');
  const h = d.howToGetThere;
  if (h.direct.length) {
    for (const x of h.direct) out.push(`A direct ${x.kind}. What it takes:`, ...bullets(x.criteria), '');
  } else if (h.route) out.push(...routeText(h.route, 1).slice(2));
  else out.push(h.reason ? `No route: ${h.reason}` : 'These are the same role.', '');
  return finish(out);
}
