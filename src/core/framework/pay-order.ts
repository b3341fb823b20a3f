import type { Issue } from '../errors.js';
import { isCompanyFigure, payReference, payText, sameMarket } from './pay.js';
import type { Framework } from './schema.js';

/**
 * Pay order: within a family, a role on a higher band should not earn less than a role on a lower
 * band in the same market from the same kind of figure ("from" against "from", "≈" against "≈").
 * A warning, not an error: sources do disagree. A case that has been looked at and accepted carries
 * `orderDecision` on the higher role's figure and is not reported.
 */
export function payOrderWarnings(fw: Framework): Issue[] {
  const out: Issue[] = [];
  for (const hi of fw.roles) {
    hi.pay.forEach((fh, i) => {
      if (fh.orderDecision) return;
      for (const lo of fw.roles) {
        if (lo.family !== hi.family || lo.band >= hi.band) continue;
        for (const fl of lo.pay) {
          if (fl.kind !== fh.kind || !sameMarket(fl, fh) || isCompanyFigure(fl) !== isCompanyFigure(fh)) continue;
          if (payReference(fh) >= payReference(fl)) continue;
          out.push({
            code: 'pay-order',
            message:
              `${hi.title} (band ${hi.band}) earns less than ${lo.title} (band ${lo.band}): ${payText(fh)} against ${payText(fl)}; ` +
              'fix the figures, or record a decision and name it in orderDecision',
            path: `roles.${hi.id}.pay.${i}`,
            field: 'pay',
            value: fh.kind === 'approx' ? fh.amount : fh.kind === 'up-to' ? fh.max : fh.min,
          });
        }
      }
    });
  }
  return out;
}
