// libp2p peer IDs for Ed25519 keys: the identity multihash of the protobuf-encoded public key,
// in base58btc ("12D3KooW..."), so the node is addressable on libp2p with its Leither key.

import { invalidArgument } from "../errors.js";

// multihash(identity=0x00, length=36) ‖ protobuf PublicKey { Type(1)=Ed25519(1), Data(2)=32 bytes }
const ED25519_PEER_ID_PREFIX = Uint8Array.of(0x00, 0x24, 0x08, 0x01, 0x12, 0x20);
const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** The libp2p peer ID of a raw 32-byte Ed25519 public key. */
export function peerIdOf(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) throw invalidArgument("INVALID_KEY", `Ed25519 public key must be 32 bytes, got ${publicKey.length}`);
  const bytes = new Uint8Array(ED25519_PEER_ID_PREFIX.length + 32);
  bytes.set(ED25519_PEER_ID_PREFIX);
  bytes.set(publicKey, ED25519_PEER_ID_PREFIX.length);
  return base58btc(bytes);
}

/** Bitcoin-alphabet base58 of `bytes` (no multibase prefix); each leading zero byte is a "1". */
export function base58btc(bytes: Uint8Array): string {
  // Repeated division of the big-endian number by 58, digits kept little-endian. Inputs are
  // tiny (38 bytes), so the quadratic schoolbook method is plenty.
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = "";
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += "1";
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58_ALPHABET[digits[i]!];
  return out;
}
