import { LadderError, type Issue } from '../errors.js';
import { checkIntegrity, type TextFile } from './assemble.js';
import { parseLocated, validateLocated } from './yaml-document.js';
import { CompanyFramework, Role, type Framework } from './schema.js';

/**
 * Lays a company framework file over a base framework: renames, overrides, added roles,
 * relations, company levels, company titles and pay bands. The base is not modified.
 */
export function applyCompanyFramework(base: Framework, input: TextFile): Framework {
  const doc = parseLocated(input.file, input.text);
  const company = validateLocated(doc, CompanyFramework);
  const issues: Issue[] = [];
  const at = (path: (string | number)[], code: string, message: string, value?: unknown) => {
    const pos = doc.locate(path);
    issues.push({ code, message, file: input.file, path: path.join('.'), ...(pos ? { line: pos.line } : {}), ...(value === undefined ? {} : { value }) });
  };

  const roles = new Map(base.roles.map((r) => [r.id, structuredClone(r)]));
  company.roles.forEach((r, i) => {
    if (roles.has(r.id)) at(['roles', i, 'id'], 'duplicate-id', `role "${r.id}" already exists; change it under "override" instead`, r.id);
    else roles.set(r.id, r);
  });
  for (const [id, patch] of Object.entries(company.override)) {
    const role = roles.get(id);
    if (!role) {
      at(['override', id], 'unknown-role', `override names role "${id}", which does not exist`, id);
      continue;
    }
    const merged = Role.safeParse({ ...role, ...patch, id });
    if (merged.success) roles.set(id, merged.data);
    else for (const i of merged.error.issues) at(['override', id, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], i.code, i.message);
  }
  for (const [id, title] of Object.entries(company.rename)) {
    const role = roles.get(id);
    if (!role) at(['rename', id], 'unknown-role', `rename names role "${id}", which does not exist`, id);
    else {
      // The built-in title stays findable: it becomes an alias.
      role.aliases = [{ name: role.title, kind: 'title', source: role.summary.source }, ...role.aliases];
      role.title = title;
    }
  }
  for (const [roleId, ranges] of Object.entries(company.pay)) {
    const role = roles.get(roleId);
    if (!role) at(['pay', roleId], 'unknown-role', `pay names role "${roleId}", which does not exist`, roleId);
    else role.pay = [...role.pay, ...ranges];
  }
  const titleMap = { ...base.titleMap };
  for (const [title, roleId] of Object.entries(company.titles)) {
    if (!roles.has(roleId)) at(['titles', title], 'unknown-role', `title "${title}" maps to role "${roleId}", which does not exist`, roleId);
    else titleMap[title] = roleId;
  }
  if (issues.length > 0) throw new LadderError('invalid-company-framework', `${input.file} has ${issues.length} problem${issues.length === 1 ? '' : 's'}`, { issues });

  const framework: Framework = {
    ...base,
    name: company.name,
    roles: [...roles.values()],
    relations: [...base.relations, ...company.relations],
    titleMap,
    levels: [...base.levels, ...company.levels],
    companySizes: company.companySizes ?? base.companySizes,
  };
  const problems = checkIntegrity(framework).map((p) => ({ ...p, file: p.file ?? input.file }));
  if (problems.length > 0) throw new LadderError('invalid-company-framework', `${input.file} makes the framework inconsistent`, { issues: problems });
  return framework;
}
