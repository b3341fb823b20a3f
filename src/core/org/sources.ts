/**
 * Published sources behind the audit's default thresholds and the design's rules, where the seed
 * articles are silent. Cited as `ref:<id>` beside the framework's own `seed:NNN` and `decision:<id>`.
 * docs/org.md explains how each one is used.
 */
export interface ExternalReference {
  id: string;
  title: string;
  publisher: string;
  /** Null where the page gives no date. */
  year: number | null;
  url: string;
  /** What we take from it. */
  use: string;
}

export const EXTERNAL_REFERENCES: ExternalReference[] = [
  {
    id: 'mckinsey-spans-2017',
    title: 'How to identify the right "spans of control" for your organization',
    publisher: 'McKinsey & Company (Acharya, Lieber, Seem, Welchman)',
    year: 2017,
    url: 'https://www.mckinsey.com/capabilities/people-and-organizational-performance/our-insights/how-to-identify-the-right-spans-of-control-for-your-organization',
    use: 'Five manager archetypes: player/coach 3-5 direct reports, coach 6-7, supervisor 8-10, facilitator 11-15, coordinator 15+. Product managers of product managers are player/coaches or coaches; more than 10 is beyond a supervisor, fewer than 3 is below a player/coach.',
  },
  {
    id: 'sb-hierarchies-2008',
    title: 'Hierarchies for Flow and Profit',
    publisher: 'strategy+business, issue 52',
    year: 2008,
    url: 'https://www.strategy-business.com/article/08315',
    use: 'From decades of fieldwork, following Elliott Jaques: no organisation justifies more than seven layers of management above the front line; each step change in complexity needs one layer.',
  },
  {
    id: 'sharebird-prodops-ratio',
    title: 'How do you think about the right ratio of products to product operations managers?',
    publisher: 'Sharebird (product operations leaders answering)',
    year: null,
    url: 'https://sharebird.com/h/product-management/q/how-do-you-think-about-the-right-ratio-of-products-to-product-operations-managers-we-are-a-multi-product-company',
    use: 'Working product-operations ratios range from 1:1 to 1:50 PMs; an embedded product-ops person covers two or three teams, a team of one or two serves a PM team of seven or more organisation-wide.',
  },
  {
    id: 'khalil-pm-ratio-2019',
    title: "Europe's product management problem",
    publisher: 'Atomico (Siraj Khalil), as summarised by SPLSG "The healthy ratio of product managers"',
    year: 2019,
    url: 'https://splsg.com/2019/11/14/the-healthy-ratio-product-manager-agile-team/',
    use: 'A median of about one product manager per 34 employees in European tech companies; used only to guess a company size when none is given.',
  },
];

export function referenceById(id: string): ExternalReference | undefined {
  return EXTERNAL_REFERENCES.find((r) => r.id === id);
}
