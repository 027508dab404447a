<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * Original calls not carried over here, and why:
 * - Lclear/Lmclear, Sclear/Smclear, Zclear/Zmclear: keys share one namespace (as in Redis), so
 *   Del drops a key of any type; HClear is kept for hashes because apps used it most.
 * - Zaddwithseq: ZAdd with `score_by_sequence`.
 * - GetLastSubSeq: sequence numbers here have no sub-part; GetLastSeq is enough.
 * - CheckIntegrity: storage is SQLite (with its own integrity checks) plus content-addressed
 *   blobs verified by their hashes, so there is no per-key check-and-repair call.
 * - Begin(bWrite): transactions are always read-write and optimistic.
 *
 * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
 *
 * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
 * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
 * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
 *
 * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
 * hash, list, set or sorted set). Stored values, hash values, list items and set members are
 * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
 * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
 * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
 * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
 * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
 * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
 * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
 *
 * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
 * are stable.
 *
 * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
 * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
 *
 * Transactions. BeginTransaction returns a transaction id; commands that carry it read the
 * transaction's own writes and otherwise committed data, and their writes stay invisible to
 * others until CommitTransaction applies them all at once. Transactions are optimistic:
 * CommitTransaction fails with ABORTED, reason TX_CONFLICT, when another commit changed
 * any key the transaction read or wrote after it first touched that key; the client then redoes
 * the whole transaction. A transaction not committed within its timeout is rolled back, and its
 * id then fails with NOT_FOUND, reason TX_EXPIRED (TX_NOT_FOUND after a commit, a rollback or
 * a restart). A transaction belongs to the session that began it: other sessions get
 * PERMISSION_DENIED, reason TX_NOT_YOURS. Commands without a transaction id are each atomic and
 * committed at once.
 *
 * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
 * GetLastSeq) and the CLI `mimei grep`.
 */
class DbServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * Set stores a string value, with an optional expiry and an NX/XX condition (Redis SET).
     * @param \Leither\V1\SetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Set(\Leither\V1\SetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Set',
        $argument,
        ['\Leither\V1\SetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Get fetches a string value (Redis GET).
     * @param \Leither\V1\GetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Get(\Leither\V1\GetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Get',
        $argument,
        ['\Leither\V1\GetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Del deletes keys of any type and returns how many existed (Redis DEL).
     * @param \Leither\V1\DelRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Del(\Leither\V1\DelRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Del',
        $argument,
        ['\Leither\V1\DelResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Exists counts how many of the given keys exist (Redis EXISTS).
     * @param \Leither\V1\ExistsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Exists(\Leither\V1\ExistsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Exists',
        $argument,
        ['\Leither\V1\ExistsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Incr adds 1 to an integer value, a missing key counting as 0 (Redis INCR).
     * @param \Leither\V1\IncrRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Incr(\Leither\V1\IncrRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Incr',
        $argument,
        ['\Leither\V1\IncrResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * IncrBy adds a delta to an integer value (Redis INCRBY).
     * @param \Leither\V1\IncrByRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function IncrBy(\Leither\V1\IncrByRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/IncrBy',
        $argument,
        ['\Leither\V1\IncrByResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Strlen returns the length in bytes of a string value (Redis STRLEN).
     * @param \Leither\V1\StrlenRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Strlen(\Leither\V1\StrlenRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Strlen',
        $argument,
        ['\Leither\V1\StrlenResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * MGet fetches several string values (Redis MGET).
     * @param \Leither\V1\MGetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function MGet(\Leither\V1\MGetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/MGet',
        $argument,
        ['\Leither\V1\MGetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * MSet stores several string values atomically (Redis MSET).
     * @param \Leither\V1\MSetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function MSet(\Leither\V1\MSetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/MSet',
        $argument,
        ['\Leither\V1\MSetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Expire sets or removes the expiry of a key of any type (Redis EXPIRE, PEXPIRE, PERSIST).
     * @param \Leither\V1\ExpireRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Expire(\Leither\V1\ExpireRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Expire',
        $argument,
        ['\Leither\V1\ExpireResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Ttl returns the time a key has left to live (Redis PTTL).
     * @param \Leither\V1\TtlRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Ttl(\Leither\V1\TtlRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Ttl',
        $argument,
        ['\Leither\V1\TtlResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HSet sets one field of a hash (Redis HSET with one pair).
     * @param \Leither\V1\HSetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HSet(\Leither\V1\HSetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HSet',
        $argument,
        ['\Leither\V1\HSetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HGet fetches one field of a hash (Redis HGET).
     * @param \Leither\V1\HGetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HGet(\Leither\V1\HGetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HGet',
        $argument,
        ['\Leither\V1\HGetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HMSet sets several fields of a hash, creating it if needed (Redis HSET with many pairs).
     * @param \Leither\V1\HMSetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HMSet(\Leither\V1\HMSetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HMSet',
        $argument,
        ['\Leither\V1\HMSetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HMGet fetches several fields of a hash (Redis HMGET).
     * @param \Leither\V1\HMGetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HMGet(\Leither\V1\HMGetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HMGet',
        $argument,
        ['\Leither\V1\HMGetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HGetAll fetches every field of a hash (Redis HGETALL).
     * @param \Leither\V1\HGetAllRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HGetAll(\Leither\V1\HGetAllRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HGetAll',
        $argument,
        ['\Leither\V1\HGetAllResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HKeys lists the field names of a hash (Redis HKEYS).
     * @param \Leither\V1\HKeysRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HKeys(\Leither\V1\HKeysRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HKeys',
        $argument,
        ['\Leither\V1\HKeysResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HVals lists the values of a hash in field order (Redis HVALS).
     * @param \Leither\V1\HValsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HVals(\Leither\V1\HValsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HVals',
        $argument,
        ['\Leither\V1\HValsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HDel deletes fields of a hash, ignoring missing ones (Redis HDEL).
     * @param \Leither\V1\HDelRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HDel(\Leither\V1\HDelRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HDel',
        $argument,
        ['\Leither\V1\HDelResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HLen counts the fields of a hash (Redis HLEN).
     * @param \Leither\V1\HLenRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HLen(\Leither\V1\HLenRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HLen',
        $argument,
        ['\Leither\V1\HLenResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HExists tells whether a hash has a field (Redis HEXISTS).
     * @param \Leither\V1\HExistsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HExists(\Leither\V1\HExistsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HExists',
        $argument,
        ['\Leither\V1\HExistsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HIncrBy adds a delta to an integer field of a hash (Redis HINCRBY).
     * @param \Leither\V1\HIncrByRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HIncrBy(\Leither\V1\HIncrByRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HIncrBy',
        $argument,
        ['\Leither\V1\HIncrByResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HScan walks the fields of a hash in ascending order from a starting field, filtered by a
     * glob pattern.
     * @param \Leither\V1\HScanRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HScan(\Leither\V1\HScanRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HScan',
        $argument,
        ['\Leither\V1\HScanResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HRevScan walks the fields of a hash in descending order from a starting field.
     * @param \Leither\V1\HRevScanRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HRevScan(\Leither\V1\HRevScanRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HRevScan',
        $argument,
        ['\Leither\V1\HRevScanResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HClear deletes whole hashes; keys that are missing or hold another type are left alone.
     * @param \Leither\V1\HClearRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HClear(\Leither\V1\HClearRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/HClear',
        $argument,
        ['\Leither\V1\HClearResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LPush inserts items at the head of a list (Redis LPUSH).
     * @param \Leither\V1\LPushRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LPush(\Leither\V1\LPushRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LPush',
        $argument,
        ['\Leither\V1\LPushResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RPush appends items at the tail of a list (Redis RPUSH).
     * @param \Leither\V1\RPushRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RPush(\Leither\V1\RPushRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/RPush',
        $argument,
        ['\Leither\V1\RPushResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LPop removes and returns items from the head of a list (Redis LPOP).
     * @param \Leither\V1\LPopRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LPop(\Leither\V1\LPopRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LPop',
        $argument,
        ['\Leither\V1\LPopResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RPop removes and returns items from the tail of a list (Redis RPOP).
     * @param \Leither\V1\RPopRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RPop(\Leither\V1\RPopRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/RPop',
        $argument,
        ['\Leither\V1\RPopResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LRange returns the items between two indexes, inclusive (Redis LRANGE).
     * @param \Leither\V1\LRangeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LRange(\Leither\V1\LRangeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LRange',
        $argument,
        ['\Leither\V1\LRangeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LLen returns the length of a list (Redis LLEN).
     * @param \Leither\V1\LLenRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LLen(\Leither\V1\LLenRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LLen',
        $argument,
        ['\Leither\V1\LLenResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LIndex returns the item at an index (Redis LINDEX).
     * @param \Leither\V1\LIndexRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LIndex(\Leither\V1\LIndexRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LIndex',
        $argument,
        ['\Leither\V1\LIndexResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LSet replaces the item at an index; an index outside the list fails with OUT_OF_RANGE
     * (Redis LSET).
     * @param \Leither\V1\LSetRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LSet(\Leither\V1\LSetRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LSet',
        $argument,
        ['\Leither\V1\LSetResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LTrim keeps only the items between two indexes (Redis LTRIM).
     * @param \Leither\V1\LTrimRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LTrim(\Leither\V1\LTrimRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/LTrim',
        $argument,
        ['\Leither\V1\LTrimResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SAdd adds members to a set (Redis SADD).
     * @param \Leither\V1\SAddRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SAdd(\Leither\V1\SAddRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SAdd',
        $argument,
        ['\Leither\V1\SAddResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SRem removes members from a set (Redis SREM).
     * @param \Leither\V1\SRemRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SRem(\Leither\V1\SRemRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SRem',
        $argument,
        ['\Leither\V1\SRemResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SMembers lists the members of a set (Redis SMEMBERS).
     * @param \Leither\V1\SMembersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SMembers(\Leither\V1\SMembersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SMembers',
        $argument,
        ['\Leither\V1\SMembersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SIsMember tells whether a value is a member of a set (Redis SISMEMBER).
     * @param \Leither\V1\SIsMemberRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SIsMember(\Leither\V1\SIsMemberRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SIsMember',
        $argument,
        ['\Leither\V1\SIsMemberResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SCard counts the members of a set (Redis SCARD).
     * @param \Leither\V1\SCardRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SCard(\Leither\V1\SCardRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SCard',
        $argument,
        ['\Leither\V1\SCardResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SInter returns the members common to all given sets (Redis SINTER).
     * @param \Leither\V1\SInterRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SInter(\Leither\V1\SInterRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SInter',
        $argument,
        ['\Leither\V1\SInterResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SUnion returns the members of any given set (Redis SUNION).
     * @param \Leither\V1\SUnionRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SUnion(\Leither\V1\SUnionRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SUnion',
        $argument,
        ['\Leither\V1\SUnionResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SDiff returns the members of the first set that are in none of the others (Redis SDIFF).
     * @param \Leither\V1\SDiffRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SDiff(\Leither\V1\SDiffRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/SDiff',
        $argument,
        ['\Leither\V1\SDiffResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZAdd adds members with scores to a sorted set or updates their scores (Redis ZADD).
     * @param \Leither\V1\ZAddRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZAdd(\Leither\V1\ZAddRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZAdd',
        $argument,
        ['\Leither\V1\ZAddResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRem removes members from a sorted set (Redis ZREM).
     * @param \Leither\V1\ZRemRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRem(\Leither\V1\ZRemRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRem',
        $argument,
        ['\Leither\V1\ZRemResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZScore returns the score of a member (Redis ZSCORE).
     * @param \Leither\V1\ZScoreRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZScore(\Leither\V1\ZScoreRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZScore',
        $argument,
        ['\Leither\V1\ZScoreResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZIncrBy adds a delta to the score of a member, adding it with score 0 first when missing
     * (Redis ZINCRBY).
     * @param \Leither\V1\ZIncrByRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZIncrBy(\Leither\V1\ZIncrByRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZIncrBy',
        $argument,
        ['\Leither\V1\ZIncrByResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZCard counts the members of a sorted set (Redis ZCARD).
     * @param \Leither\V1\ZCardRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZCard(\Leither\V1\ZCardRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZCard',
        $argument,
        ['\Leither\V1\ZCardResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRank returns the 0-based rank of a member by ascending (or descending) score (Redis
     * ZRANK, ZREVRANK).
     * @param \Leither\V1\ZRankRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRank(\Leither\V1\ZRankRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRank',
        $argument,
        ['\Leither\V1\ZRankResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRange returns members by rank in ascending score order (Redis ZRANGE WITHSCORES).
     * @param \Leither\V1\ZRangeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRange(\Leither\V1\ZRangeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRange',
        $argument,
        ['\Leither\V1\ZRangeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRevRange returns members by rank in descending score order (Redis ZREVRANGE WITHSCORES).
     * @param \Leither\V1\ZRevRangeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRevRange(\Leither\V1\ZRevRangeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRevRange',
        $argument,
        ['\Leither\V1\ZRevRangeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRangeByScore returns members within a score range in ascending order, with paging (Redis
     * ZRANGEBYSCORE WITHSCORES LIMIT).
     * @param \Leither\V1\ZRangeByScoreRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRangeByScore(\Leither\V1\ZRangeByScoreRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRangeByScore',
        $argument,
        ['\Leither\V1\ZRangeByScoreResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRevRangeByScore returns members within a score range in descending order, with paging
     * (Redis ZREVRANGEBYSCORE WITHSCORES LIMIT).
     * @param \Leither\V1\ZRevRangeByScoreRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRevRangeByScore(\Leither\V1\ZRevRangeByScoreRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRevRangeByScore',
        $argument,
        ['\Leither\V1\ZRevRangeByScoreResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZCount counts the members within a score range (Redis ZCOUNT).
     * @param \Leither\V1\ZCountRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZCount(\Leither\V1\ZCountRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZCount',
        $argument,
        ['\Leither\V1\ZCountResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ZRemRangeByScore removes the members within a score range (Redis ZREMRANGEBYSCORE).
     * @param \Leither\V1\ZRemRangeByScoreRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ZRemRangeByScore(\Leither\V1\ZRemRangeByScoreRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/ZRemRangeByScore',
        $argument,
        ['\Leither\V1\ZRemRangeByScoreResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Scan walks the keys of the store in key order, filtered by a glob pattern and a type, a
     * page at a time (Redis SCAN, but ordered and with a resumable cursor).
     * @param \Leither\V1\ScanRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Scan(\Leither\V1\ScanRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Scan',
        $argument,
        ['\Leither\V1\ScanResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Batch runs many commands in one round trip, in order. With `atomic` they run as one
     * transaction: all apply or none, and the call fails with the first command's error. Without
     * it, each command runs on its own and reports its own reply or error.
     * @param \Leither\V1\BatchRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Batch(\Leither\V1\BatchRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/Batch',
        $argument,
        ['\Leither\V1\BatchResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * BeginTransaction starts an optimistic transaction on the store behind a handle on `cur`.
     * @param \Leither\V1\BeginTransactionRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function BeginTransaction(\Leither\V1\BeginTransactionRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/BeginTransaction',
        $argument,
        ['\Leither\V1\BeginTransactionResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * CommitTransaction applies a transaction's writes at once, or fails with ABORTED on a
     * conflict (see Transactions in DbService).
     * @param \Leither\V1\CommitTransactionRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CommitTransaction(\Leither\V1\CommitTransactionRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/CommitTransaction',
        $argument,
        ['\Leither\V1\CommitTransactionResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RollbackTransaction discards a transaction's writes.
     * @param \Leither\V1\RollbackTransactionRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RollbackTransaction(\Leither\V1\RollbackTransactionRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/RollbackTransaction',
        $argument,
        ['\Leither\V1\RollbackTransactionResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetLastSeq returns the store's sequence number: it grows by one with every committed write
     * and orders changes in time (replicas sync from it).
     * @param \Leither\V1\GetLastSeqRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetLastSeq(\Leither\V1\GetLastSeqRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.DbService/GetLastSeq',
        $argument,
        ['\Leither\V1\GetLastSeqResponse', 'decode'],
        $metadata, $options);
    }

}
