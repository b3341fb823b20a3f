
/**
 * Where a pay figure applies and where a person works, reduced to what can be compared: a country
 * (ISO 3166-1 alpha-2) and, for figures, a wider area the source names ("Europe").
 */

/** Lower-case words without accents or punctuation (the same as query.ts titleKey; kept here so this module imports nothing). */
function titleKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const COUNTRIES: Record<string, string> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', us: 'US', america: 'US',
  'united kingdom': 'GB', uk: 'GB', gb: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  germany: 'DE', deutschland: 'DE', de: 'DE', france: 'FR', fr: 'FR', netherlands: 'NL', 'the netherlands': 'NL', holland: 'NL', nl: 'NL',
  spain: 'ES', es: 'ES', italy: 'IT', it: 'IT', ireland: 'IE', ie: 'IE', sweden: 'SE', se: 'SE', poland: 'PL', pl: 'PL',
  portugal: 'PT', pt: 'PT', austria: 'AT', at: 'AT', belgium: 'BE', be: 'BE', denmark: 'DK', dk: 'DK', finland: 'FI', fi: 'FI',
  switzerland: 'CH', ch: 'CH', norway: 'NO', no: 'NO', iceland: 'IS', czechia: 'CZ', 'czech republic': 'CZ', cz: 'CZ',
  greece: 'GR', hungary: 'HU', romania: 'RO', bulgaria: 'BG', croatia: 'HR', cyprus: 'CY', estonia: 'EE', latvia: 'LV',
  lithuania: 'LT', luxembourg: 'LU', malta: 'MT', slovakia: 'SK', slovenia: 'SI',
  canada: 'CA', australia: 'AU', india: 'IN', singapore: 'SG', japan: 'JP', brazil: 'BR', mexico: 'MX', israel: 'IL',
};
const CITIES: Record<string, string> = {
  'new york': 'US', nyc: 'US', 'san francisco': 'US', sf: 'US', 'bay area': 'US', seattle: 'US', austin: 'US', boston: 'US',
  chicago: 'US', 'los angeles': 'US', denver: 'US', 'remote us': 'US',
  london: 'GB', manchester: 'GB', edinburgh: 'GB',
  berlin: 'DE', munich: 'DE', hamburg: 'DE', frankfurt: 'DE', paris: 'FR', amsterdam: 'NL', madrid: 'ES', barcelona: 'ES',
  milan: 'IT', dublin: 'IE', stockholm: 'SE', lisbon: 'PT', vienna: 'AT', warsaw: 'PL', prague: 'CZ', copenhagen: 'DK',
  zurich: 'CH', helsinki: 'FI', oslo: 'NO', brussels: 'BE',
  toronto: 'CA', sydney: 'AU', bangalore: 'IN', bengaluru: 'IN',
};
/** Countries of Europe, as the sources use the word (the UK and Switzerland included). */
const EUROPE = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL',
  'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'GB', 'CH', 'NO', 'IS',
]);
const AREAS: Record<string, Set<string>> = { europe: EUROPE, eu: EUROPE, emea: EUROPE };

/** The country a place name or code stands for ("USA" → "US", "Germany" → "DE"), or null. */
export function countryOf(name: string): string | null {
  const k = titleKey(name);
  return COUNTRIES[k] ?? CITIES[k] ?? null;
}

/** The country a roster location is in: "Berlin, Germany", "NYC", "Remote (US)" → DE, US, US; null when unknown. */
export function locationCountry(location: string): string | null {
  const whole = countryOf(location);
  if (whole) return whole;
  const parts = location.split(/[,/()|;–-]+/).map((p) => titleKey(p)).filter(Boolean);
  // The last part is usually the widest ("Berlin, Germany"): read from the end.
  for (const p of parts.reverse()) {
    const c = COUNTRIES[p] ?? CITIES[p];
    if (c) return c;
  }
  return null;
}

/** The country a figure's region is (its `country`, or its region's name), or null for an area. */
export function figureCountry(f: { region: string; country?: string | undefined }): string | null {
  return f.country ?? countryOf(f.region);
}

/** One key per place, so "US", "USA" and "United States" match and "Europe" stays "europe". */
export function placeKey(f: { region: string; country?: string | undefined }): string {
  return figureCountry(f) ?? titleKey(f.region);
}

const ANYWHERE = /^(all locations|global|worldwide|anywhere)$/i;

/**
 * Whether a person working at `location` is covered by a figure for `region`: the same country, a
 * country inside the area the figure names ("Europe"), or the figure's own place name in the location
 * ("Berlin" bands for a "Berlin, Germany" location).
 */
export function locationCovered(location: string, f: { region: string; country?: string | undefined }): boolean {
  // A company's bands made without --by location hold everywhere (`ladder org pay --format framework`).
  if (ANYWHERE.test(f.region.trim())) return true;
  const country = locationCountry(location);
  const fc = figureCountry(f);
  if (fc) return country === fc;
  const area = AREAS[titleKey(f.region)];
  if (area) return country !== null && area.has(country);
  const want = titleKey(f.region);
  return titleKey(location) === want || location.split(/[,/()|;–-]+/).some((p) => titleKey(p) === want);
}
