/**
 * A large company framework for load tests: `roles` invented roles (about 500 bytes of YAML
 * each), laid over the built-in framework. 4,000 roles make a file of about 2 MB.
 */
export function bigCompanyFramework(roles: number, name = 'Load Test Co'): string {
  const families = ['product-management'];
  const out = [`name: ${name}`, 'extends: builtin', 'roles:'];
  for (let i = 0; i < roles; i++) {
    const src = '["company:Load Test Co job architecture"]';
    out.push(
      `  - id: load-role-${i}`,
      `    title: Load Test Role Number ${i}`,
      `    family: ${families[i % families.length]}`,
      `    band: ${1 + (i % 5)}`,
      '    track: ic',
      `    summary: { text: "Owns the invented product area number ${i} from discovery through delivery and measurement.", source: ${src} }`,
      '    responsibilities:',
      `      - { text: "Decides what the team builds next in area ${i}, and explains the order to stakeholders.", source: ${src} }`,
      '    skills:',
      `      - { text: "Reads usage data for area ${i} and turns it into a short list of bets.", source: ${src} }`,
      '    levelUp:',
      `      - { text: "Leads two teams in area ${i} without losing sight of the customers.", source: ${src} }`,
      '    reportsTo:',
      `      - { role: group-product-manager, when: any, source: ${src} }`,
    );
  }
  return `${out.join('\n')}\n`;
}
