/**
 * A large company framework for load tests: `roles` invented roles (about 500 bytes of YAML
 * each), laid over the built-in framework. 4,000 roles make a file of about 2 MB.
 */
export function bigCompanyFramework(roles: number, name = 'Load Test Co'): string {
  const families = ['product-management'];
  const out = [`name: ${name}`, 'extends: builtin', 'roles:'];
  for (let i = 0; i < roles; i++) {
    const src = '[company:LTC]';
    out.push(
      `  - id: lr-${i}`,
      `    title: Load Role ${i}`,
      `    family: ${families[i % families.length]}`,
      `    band: ${1 + (i % 5)}`,
      '    track: ic',
      `    summary: { text: "Owns area ${i}.", source: ${src} }`,
      '    responsibilities:',
      `      - { text: "Decides what area ${i} builds.", source: ${src} }`,
      '    skills:',
      `      - { text: "Reads area ${i} data.", source: ${src} }`,
      '    levelUp:',
      `      - { text: "Leads two teams in area ${i}.", source: ${src} }`,
      '    reportsTo:',
      `      - { role: group-product-manager, when: any, source: ${src} }`,
    );
  }
  return `${out.join('\n')}\n`;
}
