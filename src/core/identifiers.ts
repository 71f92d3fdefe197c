// Identifier formats (spec providers.md, `identifier-format`): what a value of each identifier
// type must look like, and the one obvious correction where there is one. Pure functions, so the
// rule, the hover and the tests share them.

export interface FormatVerdict {
  ok: boolean;
  /** What is wrong, in plain words (when not ok). */
  problem?: string;
  /** The corrected value, where there is one obvious correction. */
  fixed?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const PHONE = /^\+[0-9]{4,15}$/;
/** A time of day (10:42, 10:42:07), an ISO date-time, or a time zone word. */
const TIME = /\b\d{1,2}:\d{2}(:\d{2})?\b|\d{4}-\d{2}-\d{2}T\d{2}/;

/** Whether a text gives a time (for an IP address: a bare IP without a time is refused). */
export const givesTime = (text: string | undefined) => text !== undefined && TIME.test(text);

const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Whether a string is an IPv4 address (dotted decimal, no leading zeros). */
export const isIPv4 = (s: string) => V4.test(s);

/** Whether a string is an IPv6 address (RFC 4291 text forms: "::" once, an IPv4 tail, a zone id). */
export function isIPv6(s: string): boolean {
  const zone = s.indexOf('%');
  if (zone >= 0) {
    if (zone === s.length - 1 || /[\s%]/.test(s.slice(zone + 1))) return false;
    s = s.slice(0, zone);
  }
  let groups = 8;
  const last = s.slice(s.lastIndexOf(':') + 1);
  if (last.includes('.')) {
    if (!isIPv4(last)) return false;
    s = `${s.slice(0, s.length - last.length)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const parts = (h: string) => (h === '' ? [] : h.split(':'));
  const head = parts(halves[0]);
  const tail = halves.length === 2 ? parts(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length < groups : all.length === groups;
}

/** An IP address, IPv4 or IPv6, possibly in brackets ([2001:db8::1]) or with a port on IPv4. */
export function ipPart(value: string): string | undefined {
  const first = value.trim().split(/\s+/)[0] ?? '';
  const bare = first.replace(/^\[(.*)\](:\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1');
  return isIPv4(bare) || isIPv6(bare) ? bare : undefined;
}

/** Check a value against the generic format of a case-file identifier type. */
export function checkIdentifier(type: string, raw: string | number): FormatVerdict {
  const value = String(raw);
  switch (type) {
    case 'email':
      if (EMAIL.test(value)) return { ok: true };
      if (!value.includes('@')) return { ok: false, problem: 'has no "@": an email address is name@domain' };
      if (/\s/.test(value.trim()) || value !== value.trim()) {
        const fixed = value.replace(/\s+/g, '');
        return EMAIL.test(fixed) ? { ok: false, problem: 'has spaces in it', fixed } : { ok: false, problem: 'is not an email address (name@domain)' };
      }
      return { ok: false, problem: 'is not an email address (name@domain)' };
    case 'phone': {
      if (PHONE.test(value)) return { ok: true };
      const compact = value.replace(/[\s\-().\u00a0]/g, '');
      const intl = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
      if (intl !== value && PHONE.test(intl)) return { ok: false, problem: 'is not in international form (a "+", the country code, then digits only, no spaces or dashes)', fixed: intl };
      if (/^[0-9]+$/.test(compact)) return { ok: false, problem: 'has no country code: write it in international form, "+" and the country code first' };
      return { ok: false, problem: 'is not a phone number in international form ("+", the country code, then digits)' };
    }
    case 'ip':
      return ipPart(value) ? { ok: true } : { ok: false, problem: 'is not an IPv4 or IPv6 address' };
    case 'url': {
      try {
        const u = new URL(value);
        if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname) return { ok: true };
      } catch { /* not a URL */ }
      if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return { ok: false, problem: 'is not an absolute URL (it needs "https://")', fixed: `https://${value}` };
      return { ok: false, problem: 'is not an absolute http or https URL' };
    }
    case 'wallet':
      if (value.trim().length === 0) return { ok: false, problem: 'is empty' };
      if (/\s/.test(value)) {
        const fixed = value.replace(/\s+/g, '');
        return { ok: false, problem: 'has spaces in it: a wallet address has none', fixed };
      }
      return { ok: true };
    default:
      return { ok: true };
  }
}
