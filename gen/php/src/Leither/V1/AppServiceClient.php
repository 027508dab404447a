<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * Original calls not carried over here, and why:
 * - CreateSession, SessionSet, SessionGet, SessionDelete, ReleaseSession (the back-end session
 *   store) and Trace/Debug/Info/Warn/Error/Critical (back-end logging): they serve code running
 *   inside the node, not API clients, so they are functions of the script sandbox (`leither.
 *   session`, `leither.log`), not RPCs. A client that needs server-side state with an expiry
 *   uses DbService with Set(ttl). Script logs come back in RunScriptResponse and Task.
 * - BELoginAsAuthor, BELoginAsApp, BESignPPT, BESign, BEOpenAppDataNode/App/Net, BEMMSync: the
 *   sandbox gives a script a session (as the caller, the app or the app's author, as the app's
 *   manifest allows) and the script then calls the ordinary RPCs; there is no second API.
 * - RunMApp (running an app's back-end entry): served over HTTP at /app/{appId}/... .
 * - MMGetAppDataID, MMCreateAppData, MMOpenAppData*: an app's data MiMei are ordinary MiMei
 *   with the app id set (MiMeiService.ComputeId, Create, Open).
 * - The Lua, xgo and wasm engines: scripts here are sandboxed JavaScript.
 * - Event-triggered tasks (TaskSetting.Start < 0 in the original): reserved, not offered.
 *
 * AppService installs web apps and runs scripts on the node.
 *
 * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
 * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
 * MiMei, and served by every node at /entry?author=&app=&ver= and /app/{appId}/. Its id is
 * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
 * id, an empty extension and the app name as the mark.
 *
 * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
 * reach the node only through the Leither API, with the rights of whoever runs them (the caller
 * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
 * limits.
 *
 * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
 * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
 * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
 */
class AppServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * UploadApp installs an archive already stored on the node (by content hash, from
     * FileService.Upload) as the `cur` of the caller's app of that name, creating the app on
     * first upload.
     * @param \Leither\V1\UploadAppRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UploadApp(\Leither\V1\UploadAppRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/UploadApp',
        $argument,
        ['\Leither\V1\UploadAppResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UploadAppArchive does the same from an archive sent in a client stream: an
     * AppArchiveHeader first, then chunks of at most 4 MiB.
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\ClientStreamingCall
     */
    public function UploadAppArchive($metadata = [], $options = []) {
        return $this->_clientStreamRequest('/leither.v1.AppService/UploadAppArchive',
        ['\Leither\V1\UploadAppArchiveResponse','decode'],
        $metadata, $options);
    }

    /**
     * UploadAppFile adds or replaces one file in an app's `cur`.
     * @param \Leither\V1\UploadAppFileRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UploadAppFile(\Leither\V1\UploadAppFileRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/UploadAppFile',
        $argument,
        ['\Leither\V1\UploadAppFileResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListApps lists the apps of an author (the caller by default) that the caller may read.
     * @param \Leither\V1\ListAppsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListApps(\Leither\V1\ListAppsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/ListApps',
        $argument,
        ['\Leither\V1\ListAppsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetAppInfo describes one app.
     * @param \Leither\V1\GetAppInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetAppInfo(\Leither\V1\GetAppInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/GetAppInfo',
        $argument,
        ['\Leither\V1\GetAppInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UninstallApp deletes an app with all its versions, cancels its tasks and unbinds its
     * domains. Needs the admin right on the app.
     * @param \Leither\V1\UninstallAppRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UninstallApp(\Leither\V1\UninstallAppRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/UninstallApp',
        $argument,
        ['\Leither\V1\UninstallAppResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RegisterScript stores a script owned by the caller and returns its id. Registering again
     * with the same name replaces the source and keeps the id.
     * @param \Leither\V1\RegisterScriptRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RegisterScript(\Leither\V1\RegisterScriptRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/RegisterScript',
        $argument,
        ['\Leither\V1\RegisterScriptResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListScripts lists the caller's scripts, without their source.
     * @param \Leither\V1\ListScriptsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListScripts(\Leither\V1\ListScriptsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/ListScripts',
        $argument,
        ['\Leither\V1\ListScriptsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * DeleteScript deletes a script; it fails with FAILED_PRECONDITION, reason SCRIPT_IN_USE,
     * while a task uses it.
     * @param \Leither\V1\DeleteScriptRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function DeleteScript(\Leither\V1\DeleteScriptRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/DeleteScript',
        $argument,
        ['\Leither\V1\DeleteScriptResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RunScript runs source text once, as the caller, and returns its result. Needs the "script"
     * service granted by the node (IdentityService.RequestService).
     * @param \Leither\V1\RunScriptRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RunScript(\Leither\V1\RunScriptRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/RunScript',
        $argument,
        ['\Leither\V1\RunScriptResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RunScriptById runs a registered script once, as the caller. The caller must own the script
     * or hold the execute right on its app.
     * @param \Leither\V1\RunScriptByIdRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RunScriptById(\Leither\V1\RunScriptByIdRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/RunScriptById',
        $argument,
        ['\Leither\V1\RunScriptByIdResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * StartTask schedules a registered script to run in the background, once or periodically,
     * as the caller.
     * @param \Leither\V1\StartTaskRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function StartTask(\Leither\V1\StartTaskRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/StartTask',
        $argument,
        ['\Leither\V1\StartTaskResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetTaskStatus describes a task and its last run.
     * @param \Leither\V1\GetTaskStatusRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetTaskStatus(\Leither\V1\GetTaskStatusRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/GetTaskStatus',
        $argument,
        ['\Leither\V1\GetTaskStatusResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListTasks lists the caller's tasks (every task for node admins).
     * @param \Leither\V1\ListTasksRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListTasks(\Leither\V1\ListTasksRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/ListTasks',
        $argument,
        ['\Leither\V1\ListTasksResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * CancelTask stops a task: no further runs, and a run in progress is interrupted.
     * @param \Leither\V1\CancelTaskRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CancelTask(\Leither\V1\CancelTaskRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.AppService/CancelTask',
        $argument,
        ['\Leither\V1\CancelTaskResponse', 'decode'],
        $metadata, $options);
    }

}
