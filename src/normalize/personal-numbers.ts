/**
 * Numbers that identify a person: the 18-digit resident identity number (GB 11643) and a mainland
 * mobile number. Found in text, with what stands around them, never in a longer run of digits.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643's check: the ISO 7064 MOD 11-2 digit of the first 17, and a real birth date in them. */
export function isResidentId(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/i.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface PersonalNumber {
  kind: 'id' | 'mobile';
  /** As written, separators and all. */
  text: string;
  /** The digits only. */
  digits: string;
  index: number;
}

// Not inside a longer run of digits or letters: "ID 410527199003071234" yes, a serial "A13800138000B" no.
const ID_IN_TEXT = /(?<![\dA-Za-z])[1-9]\d{16}[\dXx](?![\dA-Za-z])/g;
// 138 0013 8000, 138-0013-8000, 13800138000; the second digit is 3–9 for every mobile network.
const MOBILE_IN_TEXT = /(?<![\dA-Za-z])1[3-9]\d(?:[- ]?\d{4}){2}(?![\dA-Za-z])/g;

/** The identity and mobile numbers a text holds, in order. */
export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const m of text.matchAll(ID_IN_TEXT)) {
    if (isResidentId(m[0])) found.push({ kind: 'id', text: m[0], digits: m[0].toUpperCase(), index: m.index });
  }
  for (const m of text.matchAll(MOBILE_IN_TEXT)) {
    const digits = m[0].replace(/[- ]/g, '');
    // A separator only between the groups a phone number is read in (3-4-4), not anywhere.
    if (digits.length === 11 && /^\d{3}(?:[- ]?\d{4}){2}$/.test(m[0])) found.push({ kind: 'mobile', text: m[0], digits, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The number with its middle hidden, as the finding shows it: 3101**********1234, 138****8000. */
export function maskNumber(n: PersonalNumber): string {
  const keep = n.kind === 'id' ? 4 : 3;
  const tail = 4;
  return `${n.digits.slice(0, keep)}${'*'.repeat(n.digits.length - keep - tail)}${n.digits.slice(-tail)}`;
}
