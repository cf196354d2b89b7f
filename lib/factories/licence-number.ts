// China's unified social credit code (统一社会信用代码, GB 32100-2015): the number on a business
// licence. 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last is a check
// character over the first 17, so a mistyped character is caught before an admin has to.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper case, without the spaces and dashes people type to group the characters. */
export const normaliseLicenceNumber = (input: string) => input.replace(/[\s-]/g, "").toUpperCase();

export function isLicenceNumber(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code[i]) * WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return code[17] === ALPHABET[check];
}

/** The check character for 17 characters (tests and demo data build valid numbers with it). */
export function licenceCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}
