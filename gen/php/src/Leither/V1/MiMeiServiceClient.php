<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
 * Content itself is read and written through FileService, DbService and AppService.
 *
 * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
 * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
 * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
 */
class MiMeiServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * Create makes a MiMei owned by the caller. Its ID is fixed by (author, type, app id,
     * extension, mark): creating again with the same inputs returns the existing MiMei with
     * `created` false. The mark "auto" makes a fresh ID every time.
     * @param \Leither\V1\CreateRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Create(\Leither\V1\CreateRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Create',
        $argument,
        ['\Leither\V1\CreateResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ComputeId returns the ID that Create would give, without creating anything.
     * @param \Leither\V1\ComputeIdRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ComputeId(\Leither\V1\ComputeIdRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/ComputeId',
        $argument,
        ['\Leither\V1\ComputeIdResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Open returns a handle on one version of a MiMei: `cur` opens read-write (with the write
     * right), every other version read-only. Handles expire after a period without use.
     * @param \Leither\V1\OpenRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Open(\Leither\V1\OpenRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Open',
        $argument,
        ['\Leither\V1\OpenResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Close releases a handle at once.
     * @param \Leither\V1\CloseRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Close(\Leither\V1\CloseRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Close',
        $argument,
        ['\Leither\V1\CloseResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetMiMeiInfo describes a MiMei.
     * @param \Leither\V1\GetMiMeiInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetMiMeiInfo(\Leither\V1\GetMiMeiInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/GetMiMeiInfo',
        $argument,
        ['\Leither\V1\GetMiMeiInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * HasMiMei tells whether a MiMei is stored on this node (it needs no right to ask).
     * @param \Leither\V1\HasMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function HasMiMei(\Leither\V1\HasMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/HasMiMei',
        $argument,
        ['\Leither\V1\HasMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListMiMei lists the MiMei the caller owns (or that a given author owns and the caller may read).
     * @param \Leither\V1\ListMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListMiMei(\Leither\V1\ListMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/ListMiMei',
        $argument,
        ['\Leither\V1\ListMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DeleteMiMei removes a MiMei and all its versions. Fails with FAILED_PRECONDITION while other
     * MiMei reference it.
     * @param \Leither\V1\DeleteMiMeiRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DeleteMiMei(\Leither\V1\DeleteMiMeiRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/DeleteMiMei',
        $argument,
        ['\Leither\V1\DeleteMiMeiResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetRight sets the rights of one member ("*" means everyone, guests included, which makes
     * the MiMei public). Needs the admin right.
     * @param \Leither\V1\SetRightRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetRight(\Leither\V1\SetRightRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/SetRight',
        $argument,
        ['\Leither\V1\SetRightResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetRight returns the effective rights of a member (the caller when empty).
     * @param \Leither\V1\GetRightRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetRight(\Leither\V1\GetRightRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/GetRight',
        $argument,
        ['\Leither\V1\GetRightResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListRights lists every member's rights on a MiMei. Needs the admin right.
     * @param \Leither\V1\ListRightsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListRights(\Leither\V1\ListRightsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/ListRights',
        $argument,
        ['\Leither\V1\ListRightsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Backup freezes `cur` into the next numbered, immutable version addressed by its content
     * digest, and points `last` at it. When `cur` has not changed since `last`, nothing new is
     * stored and `last` is returned with `created` false.
     * @param \Leither\V1\BackupRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Backup(\Leither\V1\BackupRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Backup',
        $argument,
        ['\Leither\V1\BackupResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Release points `release` at a version (a number, "last" or "cur", which backs up first).
     * @param \Leither\V1\ReleaseRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Release(\Leither\V1\ReleaseRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Release',
        $argument,
        ['\Leither\V1\ReleaseResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Restore makes a numbered version the working state `cur` again.
     * @param \Leither\V1\RestoreRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Restore(\Leither\V1\RestoreRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Restore',
        $argument,
        ['\Leither\V1\RestoreResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DeleteVersions deletes numbered versions; the released version cannot be deleted.
     * @param \Leither\V1\DeleteVersionsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DeleteVersions(\Leither\V1\DeleteVersionsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/DeleteVersions',
        $argument,
        ['\Leither\V1\DeleteVersionsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListVersions lists the numbered versions and what `last` and `release` point at.
     * @param \Leither\V1\ListVersionsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListVersions(\Leither\V1\ListVersionsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/ListVersions',
        $argument,
        ['\Leither\V1\ListVersionsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * AddRefs adds references from the MiMei's `cur` to other MiMei or content hashes, which
     * keeps them from deletion and garbage collection. Stops at the first failure.
     * @param \Leither\V1\AddRefsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function AddRefs(\Leither\V1\AddRefsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/AddRefs',
        $argument,
        ['\Leither\V1\AddRefsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DeleteRefs removes references added by AddRefs. Stops at the first failure.
     * @param \Leither\V1\DeleteRefsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DeleteRefs(\Leither\V1\DeleteRefsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/DeleteRefs',
        $argument,
        ['\Leither\V1\DeleteRefsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetRefs returns the reference counts of versions of a MiMei.
     * @param \Leither\V1\GetRefsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetRefs(\Leither\V1\GetRefsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/GetRefs',
        $argument,
        ['\Leither\V1\GetRefsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Sum returns a digest of a version's content: equal digests mean equal content, which is
     * what replicas compare.
     * @param \Leither\V1\SumRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Sum(\Leither\V1\SumRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MiMeiService/Sum',
        $argument,
        ['\Leither\V1\SumResponse', 'decode'],
        $metadata, $options);
    }

}
