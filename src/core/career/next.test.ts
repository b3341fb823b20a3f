import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { LadderError } from '../errors.js';
import { assembleFramework } from '../framework/assemble.js';
import { nextSteps } from './next.js';
import { nextStepsText } from './render-text.js';

const dir = new URL('./__fixtures__/framework/', import.meta.url);
const fixture = () => assembleFramework(readdirSync(dir).map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') })));

describe('nextSteps on a small hand-made framework', () => {
  const fw = fixture();

  it('gives the promotion on the same track with its criteria and the time in role', () => {
    const n = nextSteps(fw, 'product-manager');
    expect(n.promotions.map((m) => m.to.id)).toEqual(['senior-product-manager']);
    expect(n.promotions[0]!.criteria[0]!.text).toMatch(/strategic and tactical/);
    expect(n.typicalTenure).toMatchObject({ minYears: 2, maxYears: 3 });
    expect(n.top).toMatchObject({ ofTrack: false, ofFamily: false });
  });

  it('says where the switch to management happens when the role has none itself', () => {
    const n = nextSteps(fw, 'Product Manager');
    expect(n.trackSwitches.here).toEqual([]);
    expect(n.trackSwitches.ahead).toHaveLength(1);
    expect(n.trackSwitches.ahead[0]).toMatchObject({ at: { id: 'lead-product-manager' }, promotionsAway: 2 });
    expect(n.trackSwitches.ahead[0]!.switches[0]!.to.id).toBe('group-product-manager');
    expect(n.trackSwitches.ahead[0]!.via.map((r) => r.id)).toEqual(['senior-product-manager', 'lead-product-manager']);
  });

  it('lists the switch from the role itself', () => {
    const n = nextSteps(fw, 'lead-product-manager');
    expect(n.trackSwitches.here.map((m) => m.to.id)).toEqual(['group-product-manager']);
    expect(n.trackSwitches.here[0]!.trackChange).toBe(true);
    expect(n.trackSwitches.ahead).toEqual([]);
  });

  it('lists lateral moves with what transfers and what must be learned', () => {
    const n = nextSteps(fw, 'product-analyst');
    expect(n.laterals.map((m) => m.to.id)).toEqual(['product-manager']);
    expect(n.laterals[0]).toMatchObject({ familyChange: true, bandChange: 0 });
    expect(n.laterals[0]!.transfers.map((f) => f.text)).toContain('Data analysis');
    expect(n.laterals[0]!.toLearn.map((f) => f.text)).toContain('Roadmapping');
  });

  it('marks the top of a track and of a family', () => {
    expect(nextSteps(fw, 'chief-product-officer').top).toMatchObject({ ofTrack: true, ofFamily: true });
    const principal = nextSteps(fw, 'principal-product-manager');
    expect(principal.top.ofTrack).toBe(true);
    expect(principal.top.ofFamily).toBe(false);
    expect(principal.top.note).toMatch(/top of the individual-contributor track/);
  });

  it('flags a contrast role and the roles it is confused with', () => {
    const n = nextSteps(fw, 'project-manager');
    expect(n.contrast).toBe(true);
    expect(n.top.note).toMatch(/not a product role/);
    expect(nextSteps(fw, 'product-manager').contrasts.map((c) => c.role.id)).toEqual(['project-manager']);
  });

  it('renders every section for people', () => {
    const text = nextStepsText(nextSteps(fw, 'product-manager'));
    for (const h of ['# Next steps from Product Manager', '## Promotion', '## Switching between the IC and management tracks', '## Lateral moves to other families', '## Not to be confused with']) expect(text).toContain(h);
    expect(text).toContain('Usual time in this role before a move: 2–3 years');
    expect(text).toMatch(/The switch happens at \*\*Lead Product Manager → Group Product Manager\*\*/);
  });

  it('reads a misspelt title, and rejects an unknown role with suggestions', () => {
    expect(nextSteps(fw, 'Produkt Manager').role.id).toBe('product-manager');
    expect(() => nextSteps(fw, 'Produkt Mangler')).toThrow(LadderError);
    try {
      nextSteps(fw, 'Produkt Mangler');
    } catch (e) {
      expect((e as LadderError).code).toBe('role-not-found');
      expect((e as LadderError).message).toMatch(/Closest: Product Manager/);
    }
  });
});

describe('nextSteps on the built-in framework', () => {
  const fw = loadBuiltinFramework();

  it('gives a product analyst the promotion, the switch ahead and the lateral into product management', () => {
    const n = nextSteps(fw, 'Product Analyst');
    expect(n.promotions.map((m) => m.to.id)).toContain('senior-product-analyst');
    expect(n.trackSwitches.ahead.length + n.trackSwitches.here.length).toBeGreaterThan(0);
    expect(n.laterals.map((m) => m.to.id)).toContain('product-manager');
  });

  it('shows where an IC product manager can switch to management', () => {
    const n = nextSteps(fw, 'product-manager');
    const at = n.trackSwitches.ahead.flatMap((a) => a.switches.map((m) => m.to.track));
    expect(at).toContain('management');
  });

  it('treats the chief product officer as the top of the ladder', () => {
    const n = nextSteps(fw, 'cpo');
    expect(n.promotions).toEqual([]);
    expect(n.top.ofFamily).toBe(true);
  });
});
