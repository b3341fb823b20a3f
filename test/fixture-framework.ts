/**
 * A small framework for the server's tests, independent of the built-in content (which others
 * edit): two product families, a look-alike family, promotions, a track switch, a lateral move.
 * Its senior PM may or may not manage (titleSettlesTrack: false), so the step to group PM is a promotion.
 */
import { assembleFramework } from '../src/core/framework/assemble.js';
import type { Framework } from '../src/core/framework/schema.js';

const sources = `seeds:
  - { id: "000", file: 000_fixture.txt, title: A fixture article }
decisions:
  - { id: fixture-call, topic: a gap in the fixture, seedsSay: nothing, decided: we chose, reason: because }
`;

const role = (id: string, title: string, family: string, band: number, track: 'ic' | 'management', extra = '') => `
  - id: ${id}
    title: ${title}
    family: ${family}
    band: ${band}
    track: ${track}
    summary: { text: "${title} does the ${title.toLowerCase()} work.", source: ["seed:000"] }
    responsibilities: [{ text: "Owns the ${title.toLowerCase()} outcomes.", source: ["seed:000"] }]
    skills: [{ text: "Knows how to be a ${title.toLowerCase()}.", source: ["decision:fixture-call"] }]${extra}`;

const pm = `family:
  id: product-management
  name: Product Management
  summary: { text: The people who decide what to build and why., source: ["seed:000"] }
roles:${role('associate-product-manager', 'Associate Product Manager', 'product-management', 1, 'ic', '\n    aliases: [{ name: APM, kind: abbreviation, source: ["seed:000"] }]\n    levelUp: [{ text: Owns a feature end to end., source: ["seed:000"] }]')}${role('product-manager', 'Product Manager', 'product-management', 2, 'ic', '\n    aliases: [{ name: PM, kind: abbreviation, source: ["seed:000"] }]\n    levelUp: [{ text: Owns a product area., source: ["seed:000"] }]\n    reportsTo: [{ role: group-product-manager, source: ["seed:000"] }]\n    pay: [{ region: US, currency: USD, min: 100000, max: 150000, source: ["seed:000"] }]')}${role('senior-product-manager', 'Senior Product Manager', 'product-management', 3, 'ic', '\n    titleSettlesTrack: false\n    aliases: [{ name: Sr PM, kind: abbreviation, source: ["seed:000"] }]\n    levelUp: [{ text: Leads other product managers., source: ["seed:000"] }]')}${role('group-product-manager', 'Group Product Manager', 'product-management', 5, 'management', '\n    aliases: [{ name: GPM, kind: abbreviation, source: ["seed:000"] }]\n    reportsTo: [{ role: ceo, when: small, source: ["seed:000"] }]')}
`;
const ops = `family:
  id: product-operations
  name: Product Operations
  summary: { text: The people who make the product organisation run., source: ["seed:000"] }
roles:${role('product-operations-manager', 'Product Operations Manager', 'product-operations', 3, 'ic')}
`;
const project = `family:
  id: project-management
  name: Project Management
  contrast: true
  summary: { text: Delivers projects on time and budget; not a product role., source: ["seed:000"] }
roles:${role('project-manager', 'Project Manager', 'project-management', 3, 'ic')}
`;
const crit = '[{ text: "Shows it.", source: ["seed:000"] }]';
const relations = `relations:
  - { kind: promotion, from: associate-product-manager, to: product-manager, criteria: ${crit}, source: ["seed:000"] }
  - { kind: promotion, from: product-manager, to: senior-product-manager, criteria: ${crit}, source: ["seed:000"] }
  - { kind: promotion, from: senior-product-manager, to: group-product-manager, criteria: ${crit}, source: ["seed:000"] }
  - { kind: lateral, from: product-manager, to: product-operations-manager, criteria: ${crit}, transfers: ${crit}, toLearn: ${crit}, source: ["seed:000"] }
  - { kind: contrast, from: product-manager, to: project-manager, criteria: [{ text: "Owns the why, not the schedule.", source: ["seed:000"] }], source: ["seed:000"] }
`;

let cached: Framework | undefined;
export function fixtureFramework(): Framework {
  cached ??= assembleFramework(
    [
      { file: 'sources.yaml', text: sources },
      { file: 'product-management.yaml', text: pm },
      { file: 'product-operations.yaml', text: ops },
      { file: 'project-management.yaml', text: project },
      { file: 'relations.yaml', text: relations },
      { file: 'company-sizes.yaml', text: 'companySizes: { mediumFrom: 200, mediumUpTo: 2000, source: ["decision:fixture-call"] }\n' },
    ],
    'Fixture ladder',
  );
  return cached;
}

/** A company framework over the fixture: a rename, company titles, a role of its own. */
export const COMPANY_FRAMEWORK = `name: Acme ladder
rename:
  senior-product-manager: Product Manager III
titles:
  PM II: product-manager
  L6: senior-product-manager
  Chief Wizard of Widgets: group-product-manager
roles:
  - id: ai-product-manager
    title: AI Product Manager
    family: product-management
    band: 3
    track: ic
    summary: { text: Owns Acme's machine-learning features., source: ["company:Acme job architecture"] }
    responsibilities: [{ text: Decides which model-backed features to build., source: ["company:Acme job architecture"] }]
    skills: [{ text: Reads model evaluation results., source: ["company:Acme job architecture"] }]
`;
