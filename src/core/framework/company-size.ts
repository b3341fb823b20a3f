import type { CompanySize, CompanySizes } from './schema.js';

export type SizeBucket = Exclude<CompanySize, 'any'>;

/**
 * The size class of a company of `people`, by the framework's cut-offs: small below
 * `mediumFrom`, medium up to `mediumUpTo`, large above. Null when the size or the cut-offs are unknown.
 */
export function sizeBucket(people: number | undefined | null, sizes: CompanySizes | null): SizeBucket | null {
  if (people === undefined || people === null || !Number.isFinite(people) || !sizes) return null;
  if (people < sizes.mediumFrom) return 'small';
  if (people <= sizes.mediumUpTo) return 'medium';
  return 'large';
}

const n = (x: number) => x.toLocaleString('en-US');

/** "in a small company (under 200 people)", as a reporting line's condition reads. */
export function companySizeNote(when: CompanySize, sizes: CompanySizes | null): string {
  if (when === 'any') return 'in most companies';
  const name = { small: 'a small company', medium: 'a mid-sized company', large: 'a large company' }[when];
  if (!sizes) return `in ${name}`;
  const range = {
    small: `under ${n(sizes.mediumFrom)} people`,
    medium: `${n(sizes.mediumFrom)} to ${n(sizes.mediumUpTo)} people`,
    large: `over ${n(sizes.mediumUpTo)} people`,
  }[when];
  return `in ${name} (${range})`;
}
