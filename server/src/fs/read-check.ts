// How a chunk read back from disk is checked. Every chunk that arrives is verified against its
// SHA-256 (which names it, so a wrong byte makes another chunk), and a CRC-32 of those verified
// bytes is kept with it. Reads are checked against that CRC by default, as btrfs and Ceph check
// theirs: it misses one random corruption in 2^32 and no burst of up to 32 bits, at ~0.15 ms of
// CPU per MiB against SHA-256's ~0.55, which on two cores was a third of what the whole download
// path cost. A CRC does not stop forgery, but whoever can rewrite the chunk files could as well
// rewrite the digests beside them in the database; a node whose chunk files are less trusted
// than its database checks reads against SHA-256. GC's pack rewrites, and chunks stored before
// CRCs were kept, are verified against SHA-256 whatever the setting.
// (A module of its own so that the node's settings can name the checks without loading the store.)

export type ReadCheck = "crc32" | "sha256";
export const READ_CHECKS: readonly ReadCheck[] = ["crc32", "sha256"];
export const DEFAULT_READ_CHECK: ReadCheck = "crc32";
