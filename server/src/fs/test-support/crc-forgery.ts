// Test support: bytes changed so that their CRC-32 is not (what a deliberate forgery of a
// chunk file could do, and what readCheck "crc32" cannot see).
import { crc32 } from "node:zlib";

/**
 * A copy of `bytes` with the bit at `flip` changed and some of the 32 bits from `window` on
 * changed too, so that its CRC-32 stays the same: a CRC of equal-length inputs is linear in
 * their bits, and 32 bits in a row are independent (a CRC-32 sees every burst that short), so
 * some of them cancel any change. A forgery the CRC cannot see, as a deliberate one would be.
 */
export function forgeKeepingCrc(bytes: Buffer, flip: number, window: number): Buffer {
  const zeros = Buffer.alloc(bytes.length);
  const base = crc32(zeros);
  const toggle = (b: Buffer, bit: number) => (b[bit >> 3]! ^= 1 << (bit & 7));
  /** What flipping one bit does to the CRC. */
  const effect = (bit: number) => {
    toggle(zeros, bit);
    const e = (crc32(zeros) ^ base) >>> 0;
    toggle(zeros, bit);
    return e;
  };
  // Gaussian elimination over GF(2): each basis vector keeps the window bits that make it.
  const basis = new Map<number, { effect: number; bits: number }>();
  for (let i = 0; i < 32; i++) {
    let e = effect(window + i);
    let bits = (1 << i) >>> 0;
    while (e !== 0) {
      const top = 31 - Math.clz32(e);
      const b = basis.get(top);
      if (!b) {
        basis.set(top, { effect: e, bits });
        break;
      }
      e = (e ^ b.effect) >>> 0;
      bits = (bits ^ b.bits) >>> 0;
    }
  }
  let want = effect(flip);
  let bits = 0;
  while (want !== 0) {
    const b = basis.get(31 - Math.clz32(want))!;
    want = (want ^ b.effect) >>> 0;
    bits = (bits ^ b.bits) >>> 0;
  }
  const out = Buffer.from(bytes);
  toggle(out, flip);
  for (let i = 0; i < 32; i++) if ((bits >>> i) & 1) toggle(out, window + i);
  return out;
}
