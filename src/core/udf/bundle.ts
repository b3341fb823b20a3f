import type { Framework } from '../framework/schema.js';

/** The function's name in every engine. */
export const UDF_NAME = 'ladder_normalize';
/** The department rule's name in every engine. */
export const UDF_DEPARTMENT_NAME = 'ladder_is_product_department';

/**
 * The part of a framework the normalizer reads: the roles with their titles, bands, tracks and
 * aliases, the company's title map and levels. Descriptions, skills, pay, relations and
 * sources stay out of the bundle: they are most of its size and no answer depends on them
 * (the bundle test compares every answer with the full framework's).
 */
export function udfFramework(fw: Framework): Framework {
  const roles = fw.roles.map((r) => {
    const role: Record<string, unknown> = { id: r.id, title: r.title, family: r.family, band: r.band, track: r.track, titleSettlesTrack: r.titleSettlesTrack };
    if (r.specialty !== undefined) role.specialty = r.specialty;
    role.aliases = r.aliases.map((a) => (a.lang === undefined ? { name: a.name, kind: a.kind } : { name: a.name, kind: a.kind, lang: a.lang }));
    return role;
  });
  // Only what the normalizer reads; the result's type is Framework's, its parts left empty.
  return { name: fw.name, families: [], roles, relations: [], sources: { seeds: [], decisions: [] }, titleMap: fw.titleMap, levels: fw.levels } as unknown as Framework;
}

/**
 * UTF-8 TextEncoder and TextDecoder for engines without them (they are web APIs, not the
 * language's; the tokenizer uses them to copy words compactly). The engine's own are used when
 * it has them.
 */
const TEXT_CODING = `var TextEncoder = root.TextEncoder || function () {};
var TextDecoder = root.TextDecoder || function () {};
if (!root.TextEncoder) TextEncoder.prototype.encode = function (s) {
  var u = unescape(encodeURIComponent(s)), a = new Uint8Array(u.length);
  for (var i = 0; i < u.length; i++) a[i] = u.charCodeAt(i);
  return a;
};
if (!root.TextDecoder) TextDecoder.prototype.decode = function (a) {
  var u = '';
  for (var i = 0; i < a.length; i++) u += String.fromCharCode(a[i]);
  return decodeURIComponent(escape(u));
};`;

/**
 * One self-contained script: the warehouse functions' code (`core`, which defines LadderCore),
 * the framework as data, and two global functions: `ladder_normalize(title[, context])`, which
 * returns the result object (null for a null title), and `ladder_is_product_department(name)`.
 * It uses no API of Node or of a browser: only the language.
 */
export function bundleSource(core: string, fw: Framework, about: string): string {
  // Written in ASCII, its other letters as \u escapes, as the code's are: a warehouse's SQL body
  // then holds no byte its client or its quoting could read in another encoding.
  const framework = JSON.stringify(udfFramework(fw)).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `/* ${about.replace(/\*\//g, '* /')} */
(function (root) {
${TEXT_CODING}
${core.trim()}
var functions = LadderCore.createUdfFunctions(${framework});
root.${UDF_NAME} = function (title, context) {
  return functions.normalize(title, context);
};
root.${UDF_DEPARTMENT_NAME} = function (department) {
  return functions.isProductDepartment(department);
};
})(globalThis);
`;
}
