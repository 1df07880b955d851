/** Python's correctly rounded decimal formatting of floats (`%.2f`, `%.3e`): ties to even, on the exact value. */

/** A finite double's exact value as a fraction num / den (den a power of two). */
function exact(x: number): [bigint, bigint] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  const mant = expBits === 0 ? frac : frac | (1n << 52n);
  const e = (expBits === 0 ? 1 : expBits) - 1075;
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

/** num / den rounded to an integer, ties to even (Python's correctly rounded formatting). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  return r2 > den || (r2 === den && q % 2n === 1n) ? q + 1n : q;
}

/** `x` (finite, not negative) with `digits` decimals, as Python's `%.Nf` prints it. */
export function fixed(x: number, digits: number): string {
  const [num, den] = exact(x);
  const n = roundHalfEven(num * 10n ** BigInt(digits), den)
    .toString()
    .padStart(digits + 1, '0');
  return digits === 0 ? n : `${n.slice(0, -digits)}.${n.slice(-digits)}`;
}

/** `x` (finite, not negative) as mantissa digits and exponent, as Python's `%.Ne` prints it. */
export function scientific(x: number, digits: number): [string, number] {
  if (x === 0) return [digits === 0 ? '0' : `0.${'0'.repeat(digits)}`, 0];
  const [num, den] = exact(x);
  let exp = Math.floor(Math.log10(x));
  const scaled = (e: number): bigint =>
    e - digits <= 0
      ? roundHalfEven(num * 10n ** BigInt(digits - e), den)
      : roundHalfEven(num, den * 10n ** BigInt(e - digits));
  let m = scaled(exp);
  // log10 may be one off near powers of ten; the mantissa then has one digit too many or too few.
  if (m >= 10n ** BigInt(digits + 1)) m = scaled(++exp);
  else if (m < 10n ** BigInt(digits)) m = scaled(--exp);
  const d = m.toString();
  return [digits === 0 ? d : `${d[0]}.${d.slice(1)}`, exp];
}
