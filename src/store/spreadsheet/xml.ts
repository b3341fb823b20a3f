/**
 * The little XML a workbook needs, read with a few regular expressions rather than a general
 * parser: no DTDs, no entities beyond the five predefined and character references, so nothing in
 * a file can make the reader fetch, expand or evaluate anything.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
/** OOXML escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(_: string, e: string): string {
  switch (e) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default: {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
  }
}

/** Text content or an attribute value as the file means it. */
export function xmlText(s: string): string {
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, entity);
  if (s.indexOf('_x') >= 0) s = s.replace(OOXML_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const ATTR_RE: Record<string, RegExp> = {};

/** The value of attribute `name` in an element's attribute text, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs.indexOf(name) < 0) return undefined;
  let at = attrs.indexOf(` ${name}="`);
  let quote = '"';
  if (at < 0) {
    at = attrs.indexOf(` ${name}='`);
    quote = "'";
  }
  if (at < 0) {
    // A tab or line break may separate attributes too (rare: checked only when one is there).
    if (!/[\t\n\r]|\s=|=\s/.test(attrs)) return undefined;
    const m = (ATTR_RE[name] ??= new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*(["'])`)).exec(attrs);
    if (!m) return undefined;
    const start = m.index + m[0].length;
    const end = attrs.indexOf(m[1]!, start);
    return end < 0 ? undefined : xmlText(attrs.slice(start, end));
  }
  const start = at + name.length + 3;
  const end = attrs.indexOf(quote, start);
  return end < 0 ? undefined : xmlText(attrs.slice(start, end));
}

/** Every element named `local` (any namespace prefix) as its attribute text. */
export function elements(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(\\s[^>]*?)?/?>`, 'g');
  const out: string[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ?? '');
  return out;
}

/** The inner text of the first element named `local`, or undefined. */
export function section(xml: string, local: string): string | undefined {
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(\\s[^>]*)?>`).exec(xml);
  if (!open) return undefined;
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}>`, 'g');
  close.lastIndex = open.index + open[0].length;
  const end = close.exec(xml);
  return xml.slice(open.index + open[0].length, end ? end.index : xml.length);
}

/** A document type declaration is never in a real workbook part; refusing it rules out entity tricks. */
export function hasDoctype(xml: string): boolean {
  return /<!DOCTYPE/i.test(xml.slice(0, 2048));
}
