<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * Original calls not carried over here, and why:
 * - MFTemp2Ipfs, MFSetCid with an IPFS CID, INOpen/INGetData, IpfsAdd/Pin*, Repo*, Dag*: the
 *   node stores content under SHA-256 hashes of its own, not in an IPFS repository; content is
 *   announced to the network with NetService.ProvideContent instead.
 * - MFPath2TempID, MFLocal2MacFile, OS paths linked under webdav/: they expose the node's own
 *   disk to API callers. The CLI (`leither fs put`) reads local files and uses Upload.
 * - Files* (the node's IPFS-backed files tree): that tree is an ordinary MMFS MiMei here, so
 *   the tree RPCs below serve it; FilesFlush becomes MiMeiService.Backup (which returns the root
 *   digest).
 * - MFClose: MiMeiService.Close closes every kind of handle.
 * - FSFind's walk through nested file systems: trees do not nest; FindFiles and StatFile cover
 *   lookups by name and path.
 *
 * FileService reads and writes file content and MiMei file-system trees.
 *
 * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
 * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
 * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
 * Writing needs a handle on `cur` opened with the write right; a handle on any other version
 * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
 * use and are closed with MiMeiService.Close.
 *
 * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
 * equal bytes are stored once and freed when nothing references them. Content that nothing
 * references is kept for at least one hour after it was written, long enough to reference it.
 *
 * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
 * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
 * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
 * fails with OUT_OF_RANGE.
 *
 * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
 * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
 * neither "." nor "..". A trailing '/' is ignored.
 *
 * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
 * sorted by the bytes of the name: "f <content hash> <name>\n" for a file and
 * "d <digest> <name>\n" for a directory. Equal digests mean equal trees, so replicas compare
 * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
 * of no bytes.
 *
 * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
 * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
 * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
 * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
 * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
 */
class FileServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * OpenTempFile creates an empty, writable scratch file that belongs to the caller. It needs no
     * MiMei; FinishTempFile turns it into content-addressed content. An unfinished temp file is
     * deleted when its handle expires.
     * @param \Leither\V1\OpenTempFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function OpenTempFile(\Leither\V1\OpenTempFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/OpenTempFile',
        $argument,
        ['\Leither\V1\OpenTempFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * OpenFile opens a file inside a tree, a content-addressed file referenced by a MiMei version,
     * or a file named by a MiMei URL, and returns a file handle.
     * @param \Leither\V1\OpenFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function OpenFile(\Leither\V1\OpenFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/OpenFile',
        $argument,
        ['\Leither\V1\OpenFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * WriteFile writes bytes at an offset (see Offsets), extending the file as needed. At most
     * 4 MiB per call; use Upload for more.
     * @param \Leither\V1\WriteFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function WriteFile(\Leither\V1\WriteFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/WriteFile',
        $argument,
        ['\Leither\V1\WriteFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ReadFile reads bytes at an offset (see Offsets). At most 4 MiB per call; use Download for
     * more.
     * @param \Leither\V1\ReadFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ReadFile(\Leither\V1\ReadFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/ReadFile',
        $argument,
        ['\Leither\V1\ReadFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * TruncateFile sets the length of a writable file, cutting it or padding it with zero bytes.
     * @param \Leither\V1\TruncateFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function TruncateFile(\Leither\V1\TruncateFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/TruncateFile',
        $argument,
        ['\Leither\V1\TruncateFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetFileSize returns the length of a file in bytes.
     * @param \Leither\V1\GetFileSizeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetFileSize(\Leither\V1\GetFileSizeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/GetFileSize',
        $argument,
        ['\Leither\V1\GetFileSizeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * StatFile describes the file behind a file handle, or an entry of a tree by path.
     * @param \Leither\V1\StatFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function StatFile(\Leither\V1\StatFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/StatFile',
        $argument,
        ['\Leither\V1\StatFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * FileExists tells whether a path exists in a tree, or whether a content hash is stored and
     * referenced by the MiMei version behind a handle. Missing things are not errors here.
     * @param \Leither\V1\FileExistsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function FileExists(\Leither\V1\FileExistsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/FileExists',
        $argument,
        ['\Leither\V1\FileExistsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetMimeType returns the MIME type of a file, from its name and its first bytes.
     * @param \Leither\V1\GetMimeTypeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetMimeType(\Leither\V1\GetMimeTypeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/GetMimeType',
        $argument,
        ['\Leither\V1\GetMimeTypeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * FinishTempFile freezes a temp file into content-addressed content, optionally placing it (as
     * a reference, as a file MiMei's content, or as a file in a tree). The temp handle stops
     * working.
     * @param \Leither\V1\FinishTempFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function FinishTempFile(\Leither\V1\FinishTempFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/FinishTempFile',
        $argument,
        ['\Leither\V1\FinishTempFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetObject replaces the content of a writable file with a JSON value (stored as compact
     * UTF-8 JSON with keys in sorted order, MIME type application/json).
     * @param \Leither\V1\SetObjectRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetObject(\Leither\V1\SetObjectRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/SetObject',
        $argument,
        ['\Leither\V1\SetObjectResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetObject reads the content of a file as a JSON value. Fails with FAILED_PRECONDITION,
     * reason NOT_JSON, when the content does not parse.
     * @param \Leither\V1\GetObjectRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetObject(\Leither\V1\GetObjectRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/GetObject',
        $argument,
        ['\Leither\V1\GetObjectResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetFileContent makes already stored content (by content hash) the `cur` content of a FILE
     * MiMei, without sending the bytes again.
     * @param \Leither\V1\SetFileContentRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetFileContent(\Leither\V1\SetFileContentRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/SetFileContent',
        $argument,
        ['\Leither\V1\SetFileContentResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * MakeDir creates a directory in a tree.
     * @param \Leither\V1\MakeDirRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function MakeDir(\Leither\V1\MakeDirRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/MakeDir',
        $argument,
        ['\Leither\V1\MakeDirResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ReadDir lists a directory of a tree, sorted by name.
     * @param \Leither\V1\ReadDirRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ReadDir(\Leither\V1\ReadDirRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/ReadDir',
        $argument,
        ['\Leither\V1\ReadDirResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * FindFiles searches a tree below a directory for entries with a given name or whose path
     * matches a glob pattern.
     * @param \Leither\V1\FindFilesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function FindFiles(\Leither\V1\FindFilesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/FindFiles',
        $argument,
        ['\Leither\V1\FindFilesResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * CopyPath copies a file or a directory (recursively) into a tree, from the same tree or from
     * any version of another tree the caller may read. Content is shared, not duplicated.
     * @param \Leither\V1\CopyPathRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CopyPath(\Leither\V1\CopyPathRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/CopyPath',
        $argument,
        ['\Leither\V1\CopyPathResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * MovePath renames or moves a file or directory within a tree.
     * @param \Leither\V1\MovePathRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function MovePath(\Leither\V1\MovePathRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/MovePath',
        $argument,
        ['\Leither\V1\MovePathResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RemovePath removes a file or an empty directory. A non-empty directory fails with
     * FAILED_PRECONDITION, reason DIRECTORY_NOT_EMPTY.
     * @param \Leither\V1\RemovePathRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RemovePath(\Leither\V1\RemovePathRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/RemovePath',
        $argument,
        ['\Leither\V1\RemovePathResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RemoveAll removes a path and everything below it. A missing path is not an error.
     * @param \Leither\V1\RemoveAllRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RemoveAll(\Leither\V1\RemoveAllRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/RemoveAll',
        $argument,
        ['\Leither\V1\RemoveAllResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DiffTree lists the paths that differ between two versions of a tree, descending only into
     * directories whose digests differ.
     * @param \Leither\V1\DiffTreeRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DiffTree(\Leither\V1\DiffTreeRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.FileService/DiffTree',
        $argument,
        ['\Leither\V1\DiffTreeResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Upload sends content in a client stream: the first message carries an UploadHeader, every
     * later one a chunk (at most 4 MiB each; 256 KiB to 1 MiB is a good size). The content is
     * stored under its hash and placed as the header's target says.
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\ClientStreamingCall
     */
    public function Upload($metadata = [], $options = []) {
        return $this->_clientStreamRequest('/leither.v1.FileService/Upload',
        ['\Leither\V1\UploadResponse','decode'],
        $metadata, $options);
    }

    /**
     * Download streams a file or a range of it: a DownloadHeader first, then the chunks in order.
     * @param \Leither\V1\DownloadRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\ServerStreamingCall
     */
    public function Download(\Leither\V1\DownloadRequest $argument,
      $metadata = [], $options = []) {
        return $this->_serverStreamRequest('/leither.v1.FileService/Download',
        $argument,
        ['\Leither\V1\DownloadResponse', 'decode'],
        $metadata, $options);
    }

}
