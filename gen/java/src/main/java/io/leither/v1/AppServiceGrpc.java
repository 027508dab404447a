package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * AppService installs web apps and runs scripts on the node.
 * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
 * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
 * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
 * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
 * id, an empty extension and the app name as the mark.
 * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
 * reach the node only through the Leither API, with the rights of whoever runs them (the caller
 * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
 * limits.
 * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
 * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
 * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AppServiceGrpc {

  private AppServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.AppService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UploadAppRequest,
      io.leither.v1.UploadAppResponse> getUploadAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadApp",
      requestType = io.leither.v1.UploadAppRequest.class,
      responseType = io.leither.v1.UploadAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UploadAppRequest,
      io.leither.v1.UploadAppResponse> getUploadAppMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UploadAppRequest, io.leither.v1.UploadAppResponse> getUploadAppMethod;
    if ((getUploadAppMethod = AppServiceGrpc.getUploadAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getUploadAppMethod = AppServiceGrpc.getUploadAppMethod) == null) {
          AppServiceGrpc.getUploadAppMethod = getUploadAppMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UploadAppRequest, io.leither.v1.UploadAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("UploadApp"))
              .build();
        }
      }
    }
    return getUploadAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UploadAppArchiveRequest,
      io.leither.v1.UploadAppArchiveResponse> getUploadAppArchiveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadAppArchive",
      requestType = io.leither.v1.UploadAppArchiveRequest.class,
      responseType = io.leither.v1.UploadAppArchiveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<io.leither.v1.UploadAppArchiveRequest,
      io.leither.v1.UploadAppArchiveResponse> getUploadAppArchiveMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UploadAppArchiveRequest, io.leither.v1.UploadAppArchiveResponse> getUploadAppArchiveMethod;
    if ((getUploadAppArchiveMethod = AppServiceGrpc.getUploadAppArchiveMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getUploadAppArchiveMethod = AppServiceGrpc.getUploadAppArchiveMethod) == null) {
          AppServiceGrpc.getUploadAppArchiveMethod = getUploadAppArchiveMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UploadAppArchiveRequest, io.leither.v1.UploadAppArchiveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadAppArchive"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadAppArchiveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadAppArchiveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("UploadAppArchive"))
              .build();
        }
      }
    }
    return getUploadAppArchiveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UploadAppFileRequest,
      io.leither.v1.UploadAppFileResponse> getUploadAppFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadAppFile",
      requestType = io.leither.v1.UploadAppFileRequest.class,
      responseType = io.leither.v1.UploadAppFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UploadAppFileRequest,
      io.leither.v1.UploadAppFileResponse> getUploadAppFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UploadAppFileRequest, io.leither.v1.UploadAppFileResponse> getUploadAppFileMethod;
    if ((getUploadAppFileMethod = AppServiceGrpc.getUploadAppFileMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getUploadAppFileMethod = AppServiceGrpc.getUploadAppFileMethod) == null) {
          AppServiceGrpc.getUploadAppFileMethod = getUploadAppFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UploadAppFileRequest, io.leither.v1.UploadAppFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadAppFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadAppFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadAppFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("UploadAppFile"))
              .build();
        }
      }
    }
    return getUploadAppFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListAppsRequest,
      io.leither.v1.ListAppsResponse> getListAppsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListApps",
      requestType = io.leither.v1.ListAppsRequest.class,
      responseType = io.leither.v1.ListAppsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListAppsRequest,
      io.leither.v1.ListAppsResponse> getListAppsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListAppsRequest, io.leither.v1.ListAppsResponse> getListAppsMethod;
    if ((getListAppsMethod = AppServiceGrpc.getListAppsMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListAppsMethod = AppServiceGrpc.getListAppsMethod) == null) {
          AppServiceGrpc.getListAppsMethod = getListAppsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListAppsRequest, io.leither.v1.ListAppsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListApps"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListAppsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListAppsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListApps"))
              .build();
        }
      }
    }
    return getListAppsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetAppInfoRequest,
      io.leither.v1.GetAppInfoResponse> getGetAppInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAppInfo",
      requestType = io.leither.v1.GetAppInfoRequest.class,
      responseType = io.leither.v1.GetAppInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetAppInfoRequest,
      io.leither.v1.GetAppInfoResponse> getGetAppInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetAppInfoRequest, io.leither.v1.GetAppInfoResponse> getGetAppInfoMethod;
    if ((getGetAppInfoMethod = AppServiceGrpc.getGetAppInfoMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getGetAppInfoMethod = AppServiceGrpc.getGetAppInfoMethod) == null) {
          AppServiceGrpc.getGetAppInfoMethod = getGetAppInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetAppInfoRequest, io.leither.v1.GetAppInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAppInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetAppInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetAppInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("GetAppInfo"))
              .build();
        }
      }
    }
    return getGetAppInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UninstallAppRequest,
      io.leither.v1.UninstallAppResponse> getUninstallAppMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UninstallApp",
      requestType = io.leither.v1.UninstallAppRequest.class,
      responseType = io.leither.v1.UninstallAppResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UninstallAppRequest,
      io.leither.v1.UninstallAppResponse> getUninstallAppMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UninstallAppRequest, io.leither.v1.UninstallAppResponse> getUninstallAppMethod;
    if ((getUninstallAppMethod = AppServiceGrpc.getUninstallAppMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getUninstallAppMethod = AppServiceGrpc.getUninstallAppMethod) == null) {
          AppServiceGrpc.getUninstallAppMethod = getUninstallAppMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UninstallAppRequest, io.leither.v1.UninstallAppResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UninstallApp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UninstallAppRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UninstallAppResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("UninstallApp"))
              .build();
        }
      }
    }
    return getUninstallAppMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RegisterScriptRequest,
      io.leither.v1.RegisterScriptResponse> getRegisterScriptMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegisterScript",
      requestType = io.leither.v1.RegisterScriptRequest.class,
      responseType = io.leither.v1.RegisterScriptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RegisterScriptRequest,
      io.leither.v1.RegisterScriptResponse> getRegisterScriptMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RegisterScriptRequest, io.leither.v1.RegisterScriptResponse> getRegisterScriptMethod;
    if ((getRegisterScriptMethod = AppServiceGrpc.getRegisterScriptMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getRegisterScriptMethod = AppServiceGrpc.getRegisterScriptMethod) == null) {
          AppServiceGrpc.getRegisterScriptMethod = getRegisterScriptMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RegisterScriptRequest, io.leither.v1.RegisterScriptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegisterScript"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RegisterScriptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RegisterScriptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("RegisterScript"))
              .build();
        }
      }
    }
    return getRegisterScriptMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListScriptsRequest,
      io.leither.v1.ListScriptsResponse> getListScriptsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListScripts",
      requestType = io.leither.v1.ListScriptsRequest.class,
      responseType = io.leither.v1.ListScriptsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListScriptsRequest,
      io.leither.v1.ListScriptsResponse> getListScriptsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListScriptsRequest, io.leither.v1.ListScriptsResponse> getListScriptsMethod;
    if ((getListScriptsMethod = AppServiceGrpc.getListScriptsMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListScriptsMethod = AppServiceGrpc.getListScriptsMethod) == null) {
          AppServiceGrpc.getListScriptsMethod = getListScriptsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListScriptsRequest, io.leither.v1.ListScriptsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListScripts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListScriptsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListScriptsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListScripts"))
              .build();
        }
      }
    }
    return getListScriptsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DeleteScriptRequest,
      io.leither.v1.DeleteScriptResponse> getDeleteScriptMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteScript",
      requestType = io.leither.v1.DeleteScriptRequest.class,
      responseType = io.leither.v1.DeleteScriptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DeleteScriptRequest,
      io.leither.v1.DeleteScriptResponse> getDeleteScriptMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DeleteScriptRequest, io.leither.v1.DeleteScriptResponse> getDeleteScriptMethod;
    if ((getDeleteScriptMethod = AppServiceGrpc.getDeleteScriptMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getDeleteScriptMethod = AppServiceGrpc.getDeleteScriptMethod) == null) {
          AppServiceGrpc.getDeleteScriptMethod = getDeleteScriptMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DeleteScriptRequest, io.leither.v1.DeleteScriptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteScript"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteScriptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteScriptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("DeleteScript"))
              .build();
        }
      }
    }
    return getDeleteScriptMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RunScriptRequest,
      io.leither.v1.RunScriptResponse> getRunScriptMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RunScript",
      requestType = io.leither.v1.RunScriptRequest.class,
      responseType = io.leither.v1.RunScriptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RunScriptRequest,
      io.leither.v1.RunScriptResponse> getRunScriptMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RunScriptRequest, io.leither.v1.RunScriptResponse> getRunScriptMethod;
    if ((getRunScriptMethod = AppServiceGrpc.getRunScriptMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getRunScriptMethod = AppServiceGrpc.getRunScriptMethod) == null) {
          AppServiceGrpc.getRunScriptMethod = getRunScriptMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RunScriptRequest, io.leither.v1.RunScriptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RunScript"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RunScriptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RunScriptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("RunScript"))
              .build();
        }
      }
    }
    return getRunScriptMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RunScriptByIdRequest,
      io.leither.v1.RunScriptByIdResponse> getRunScriptByIdMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RunScriptById",
      requestType = io.leither.v1.RunScriptByIdRequest.class,
      responseType = io.leither.v1.RunScriptByIdResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RunScriptByIdRequest,
      io.leither.v1.RunScriptByIdResponse> getRunScriptByIdMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RunScriptByIdRequest, io.leither.v1.RunScriptByIdResponse> getRunScriptByIdMethod;
    if ((getRunScriptByIdMethod = AppServiceGrpc.getRunScriptByIdMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getRunScriptByIdMethod = AppServiceGrpc.getRunScriptByIdMethod) == null) {
          AppServiceGrpc.getRunScriptByIdMethod = getRunScriptByIdMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RunScriptByIdRequest, io.leither.v1.RunScriptByIdResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RunScriptById"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RunScriptByIdRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RunScriptByIdResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("RunScriptById"))
              .build();
        }
      }
    }
    return getRunScriptByIdMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.StartTaskRequest,
      io.leither.v1.StartTaskResponse> getStartTaskMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartTask",
      requestType = io.leither.v1.StartTaskRequest.class,
      responseType = io.leither.v1.StartTaskResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.StartTaskRequest,
      io.leither.v1.StartTaskResponse> getStartTaskMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.StartTaskRequest, io.leither.v1.StartTaskResponse> getStartTaskMethod;
    if ((getStartTaskMethod = AppServiceGrpc.getStartTaskMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getStartTaskMethod = AppServiceGrpc.getStartTaskMethod) == null) {
          AppServiceGrpc.getStartTaskMethod = getStartTaskMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.StartTaskRequest, io.leither.v1.StartTaskResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartTask"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.StartTaskRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.StartTaskResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("StartTask"))
              .build();
        }
      }
    }
    return getStartTaskMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetTaskStatusRequest,
      io.leither.v1.GetTaskStatusResponse> getGetTaskStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTaskStatus",
      requestType = io.leither.v1.GetTaskStatusRequest.class,
      responseType = io.leither.v1.GetTaskStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetTaskStatusRequest,
      io.leither.v1.GetTaskStatusResponse> getGetTaskStatusMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetTaskStatusRequest, io.leither.v1.GetTaskStatusResponse> getGetTaskStatusMethod;
    if ((getGetTaskStatusMethod = AppServiceGrpc.getGetTaskStatusMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getGetTaskStatusMethod = AppServiceGrpc.getGetTaskStatusMethod) == null) {
          AppServiceGrpc.getGetTaskStatusMethod = getGetTaskStatusMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetTaskStatusRequest, io.leither.v1.GetTaskStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTaskStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetTaskStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetTaskStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("GetTaskStatus"))
              .build();
        }
      }
    }
    return getGetTaskStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListTasksRequest,
      io.leither.v1.ListTasksResponse> getListTasksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTasks",
      requestType = io.leither.v1.ListTasksRequest.class,
      responseType = io.leither.v1.ListTasksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListTasksRequest,
      io.leither.v1.ListTasksResponse> getListTasksMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListTasksRequest, io.leither.v1.ListTasksResponse> getListTasksMethod;
    if ((getListTasksMethod = AppServiceGrpc.getListTasksMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getListTasksMethod = AppServiceGrpc.getListTasksMethod) == null) {
          AppServiceGrpc.getListTasksMethod = getListTasksMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListTasksRequest, io.leither.v1.ListTasksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTasks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTasksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTasksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("ListTasks"))
              .build();
        }
      }
    }
    return getListTasksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CancelTaskRequest,
      io.leither.v1.CancelTaskResponse> getCancelTaskMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelTask",
      requestType = io.leither.v1.CancelTaskRequest.class,
      responseType = io.leither.v1.CancelTaskResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CancelTaskRequest,
      io.leither.v1.CancelTaskResponse> getCancelTaskMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CancelTaskRequest, io.leither.v1.CancelTaskResponse> getCancelTaskMethod;
    if ((getCancelTaskMethod = AppServiceGrpc.getCancelTaskMethod) == null) {
      synchronized (AppServiceGrpc.class) {
        if ((getCancelTaskMethod = AppServiceGrpc.getCancelTaskMethod) == null) {
          AppServiceGrpc.getCancelTaskMethod = getCancelTaskMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CancelTaskRequest, io.leither.v1.CancelTaskResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelTask"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CancelTaskRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CancelTaskResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppServiceMethodDescriptorSupplier("CancelTask"))
              .build();
        }
      }
    }
    return getCancelTaskMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AppServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceStub>() {
        @java.lang.Override
        public AppServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceStub(channel, callOptions);
        }
      };
    return AppServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AppServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceBlockingV2Stub>() {
        @java.lang.Override
        public AppServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AppServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AppServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceBlockingStub>() {
        @java.lang.Override
        public AppServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceBlockingStub(channel, callOptions);
        }
      };
    return AppServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AppServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppServiceFutureStub>() {
        @java.lang.Override
        public AppServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppServiceFutureStub(channel, callOptions);
        }
      };
    return AppServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * AppService installs web apps and runs scripts on the node.
   * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
   * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
   * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
   * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
   * id, an empty extension and the app name as the mark.
   * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
   * reach the node only through the Leither API, with the rights of whoever runs them (the caller
   * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
   * limits.
   * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
   * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
   * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * UploadApp installs an archive already stored on the node (by content hash, from
     * FileService.Upload) as the `cur` of the caller's app of that name, creating the app on
     * first upload.
     * </pre>
     */
    default void uploadApp(io.leither.v1.UploadAppRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UploadAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadAppMethod(), responseObserver);
    }

    /**
     * <pre>
     * UploadAppArchive does the same from an archive sent in a client stream: an
     * AppArchiveHeader first, then chunks of at most 4 MiB.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.leither.v1.UploadAppArchiveRequest> uploadAppArchive(
        io.grpc.stub.StreamObserver<io.leither.v1.UploadAppArchiveResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getUploadAppArchiveMethod(), responseObserver);
    }

    /**
     * <pre>
     * UploadAppFile adds or replaces one file in an app's `cur`.
     * </pre>
     */
    default void uploadAppFile(io.leither.v1.UploadAppFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UploadAppFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadAppFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListApps lists the apps of an author (the caller by default) that the caller may read.
     * </pre>
     */
    default void listApps(io.leither.v1.ListAppsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListAppsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAppsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetAppInfo describes one app.
     * </pre>
     */
    default void getAppInfo(io.leither.v1.GetAppInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetAppInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAppInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * UninstallApp deletes an app with all its versions, cancels its tasks and unbinds its
     * domains. Needs the admin right on the app.
     * </pre>
     */
    default void uninstallApp(io.leither.v1.UninstallAppRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UninstallAppResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUninstallAppMethod(), responseObserver);
    }

    /**
     * <pre>
     * RegisterScript stores a script owned by the caller and returns its id. Registering again
     * with the same name replaces the source and keeps the id.
     * </pre>
     */
    default void registerScript(io.leither.v1.RegisterScriptRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RegisterScriptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterScriptMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListScripts lists the caller's scripts, without their source.
     * </pre>
     */
    default void listScripts(io.leither.v1.ListScriptsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListScriptsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListScriptsMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteScript deletes a script; it fails with FAILED_PRECONDITION, reason SCRIPT_IN_USE,
     * while a task uses it.
     * </pre>
     */
    default void deleteScript(io.leither.v1.DeleteScriptRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteScriptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteScriptMethod(), responseObserver);
    }

    /**
     * <pre>
     * RunScript runs source text once, as the caller, and returns its result. Needs the "script"
     * service granted by the node (IdentityService.RequestService).
     * </pre>
     */
    default void runScript(io.leither.v1.RunScriptRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RunScriptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRunScriptMethod(), responseObserver);
    }

    /**
     * <pre>
     * RunScriptById runs a registered script once, as the caller. The caller must own the script
     * or hold the execute right on its app.
     * </pre>
     */
    default void runScriptById(io.leither.v1.RunScriptByIdRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RunScriptByIdResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRunScriptByIdMethod(), responseObserver);
    }

    /**
     * <pre>
     * StartTask schedules a registered script to run in the background, once or periodically,
     * as the caller.
     * </pre>
     */
    default void startTask(io.leither.v1.StartTaskRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.StartTaskResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartTaskMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetTaskStatus describes a task and its last run.
     * </pre>
     */
    default void getTaskStatus(io.leither.v1.GetTaskStatusRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetTaskStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTaskStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListTasks lists the caller's tasks (every task for node admins).
     * </pre>
     */
    default void listTasks(io.leither.v1.ListTasksRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTasksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTasksMethod(), responseObserver);
    }

    /**
     * <pre>
     * CancelTask stops a task: no further runs, and a run in progress is interrupted.
     * </pre>
     */
    default void cancelTask(io.leither.v1.CancelTaskRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CancelTaskResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelTaskMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AppService.
   * <pre>
   * AppService installs web apps and runs scripts on the node.
   * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
   * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
   * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
   * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
   * id, an empty extension and the app name as the mark.
   * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
   * reach the node only through the Leither API, with the rights of whoever runs them (the caller
   * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
   * limits.
   * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
   * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
   * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
   * </pre>
   */
  public static abstract class AppServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AppServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AppService.
   * <pre>
   * AppService installs web apps and runs scripts on the node.
   * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
   * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
   * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
   * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
   * id, an empty extension and the app name as the mark.
   * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
   * reach the node only through the Leither API, with the rights of whoever runs them (the caller
   * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
   * limits.
   * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
   * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
   * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
   * </pre>
   */
  public static final class AppServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AppServiceStub> {
    private AppServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * UploadApp installs an archive already stored on the node (by content hash, from
     * FileService.Upload) as the `cur` of the caller's app of that name, creating the app on
     * first upload.
     * </pre>
     */
    public void uploadApp(io.leither.v1.UploadAppRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UploadAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UploadAppArchive does the same from an archive sent in a client stream: an
     * AppArchiveHeader first, then chunks of at most 4 MiB.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.leither.v1.UploadAppArchiveRequest> uploadAppArchive(
        io.grpc.stub.StreamObserver<io.leither.v1.UploadAppArchiveResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getUploadAppArchiveMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * UploadAppFile adds or replaces one file in an app's `cur`.
     * </pre>
     */
    public void uploadAppFile(io.leither.v1.UploadAppFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UploadAppFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadAppFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListApps lists the apps of an author (the caller by default) that the caller may read.
     * </pre>
     */
    public void listApps(io.leither.v1.ListAppsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListAppsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAppsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetAppInfo describes one app.
     * </pre>
     */
    public void getAppInfo(io.leither.v1.GetAppInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetAppInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAppInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UninstallApp deletes an app with all its versions, cancels its tasks and unbinds its
     * domains. Needs the admin right on the app.
     * </pre>
     */
    public void uninstallApp(io.leither.v1.UninstallAppRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UninstallAppResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUninstallAppMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RegisterScript stores a script owned by the caller and returns its id. Registering again
     * with the same name replaces the source and keeps the id.
     * </pre>
     */
    public void registerScript(io.leither.v1.RegisterScriptRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RegisterScriptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterScriptMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListScripts lists the caller's scripts, without their source.
     * </pre>
     */
    public void listScripts(io.leither.v1.ListScriptsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListScriptsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListScriptsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteScript deletes a script; it fails with FAILED_PRECONDITION, reason SCRIPT_IN_USE,
     * while a task uses it.
     * </pre>
     */
    public void deleteScript(io.leither.v1.DeleteScriptRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteScriptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteScriptMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RunScript runs source text once, as the caller, and returns its result. Needs the "script"
     * service granted by the node (IdentityService.RequestService).
     * </pre>
     */
    public void runScript(io.leither.v1.RunScriptRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RunScriptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRunScriptMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RunScriptById runs a registered script once, as the caller. The caller must own the script
     * or hold the execute right on its app.
     * </pre>
     */
    public void runScriptById(io.leither.v1.RunScriptByIdRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RunScriptByIdResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRunScriptByIdMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * StartTask schedules a registered script to run in the background, once or periodically,
     * as the caller.
     * </pre>
     */
    public void startTask(io.leither.v1.StartTaskRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.StartTaskResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartTaskMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetTaskStatus describes a task and its last run.
     * </pre>
     */
    public void getTaskStatus(io.leither.v1.GetTaskStatusRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetTaskStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTaskStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListTasks lists the caller's tasks (every task for node admins).
     * </pre>
     */
    public void listTasks(io.leither.v1.ListTasksRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTasksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTasksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CancelTask stops a task: no further runs, and a run in progress is interrupted.
     * </pre>
     */
    public void cancelTask(io.leither.v1.CancelTaskRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CancelTaskResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelTaskMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AppService.
   * <pre>
   * AppService installs web apps and runs scripts on the node.
   * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
   * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
   * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
   * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
   * id, an empty extension and the app name as the mark.
   * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
   * reach the node only through the Leither API, with the rights of whoever runs them (the caller
   * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
   * limits.
   * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
   * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
   * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
   * </pre>
   */
  public static final class AppServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AppServiceBlockingV2Stub> {
    private AppServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * UploadApp installs an archive already stored on the node (by content hash, from
     * FileService.Upload) as the `cur` of the caller's app of that name, creating the app on
     * first upload.
     * </pre>
     */
    public io.leither.v1.UploadAppResponse uploadApp(io.leither.v1.UploadAppRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUploadAppMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UploadAppArchive does the same from an archive sent in a client stream: an
     * AppArchiveHeader first, then chunks of at most 4 MiB.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.leither.v1.UploadAppArchiveRequest, io.leither.v1.UploadAppArchiveResponse>
        uploadAppArchive() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getUploadAppArchiveMethod(), getCallOptions());
    }

    /**
     * <pre>
     * UploadAppFile adds or replaces one file in an app's `cur`.
     * </pre>
     */
    public io.leither.v1.UploadAppFileResponse uploadAppFile(io.leither.v1.UploadAppFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUploadAppFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListApps lists the apps of an author (the caller by default) that the caller may read.
     * </pre>
     */
    public io.leither.v1.ListAppsResponse listApps(io.leither.v1.ListAppsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAppsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetAppInfo describes one app.
     * </pre>
     */
    public io.leither.v1.GetAppInfoResponse getAppInfo(io.leither.v1.GetAppInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAppInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UninstallApp deletes an app with all its versions, cancels its tasks and unbinds its
     * domains. Needs the admin right on the app.
     * </pre>
     */
    public io.leither.v1.UninstallAppResponse uninstallApp(io.leither.v1.UninstallAppRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUninstallAppMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RegisterScript stores a script owned by the caller and returns its id. Registering again
     * with the same name replaces the source and keeps the id.
     * </pre>
     */
    public io.leither.v1.RegisterScriptResponse registerScript(io.leither.v1.RegisterScriptRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRegisterScriptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListScripts lists the caller's scripts, without their source.
     * </pre>
     */
    public io.leither.v1.ListScriptsResponse listScripts(io.leither.v1.ListScriptsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListScriptsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteScript deletes a script; it fails with FAILED_PRECONDITION, reason SCRIPT_IN_USE,
     * while a task uses it.
     * </pre>
     */
    public io.leither.v1.DeleteScriptResponse deleteScript(io.leither.v1.DeleteScriptRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteScriptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RunScript runs source text once, as the caller, and returns its result. Needs the "script"
     * service granted by the node (IdentityService.RequestService).
     * </pre>
     */
    public io.leither.v1.RunScriptResponse runScript(io.leither.v1.RunScriptRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRunScriptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RunScriptById runs a registered script once, as the caller. The caller must own the script
     * or hold the execute right on its app.
     * </pre>
     */
    public io.leither.v1.RunScriptByIdResponse runScriptById(io.leither.v1.RunScriptByIdRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRunScriptByIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * StartTask schedules a registered script to run in the background, once or periodically,
     * as the caller.
     * </pre>
     */
    public io.leither.v1.StartTaskResponse startTask(io.leither.v1.StartTaskRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStartTaskMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetTaskStatus describes a task and its last run.
     * </pre>
     */
    public io.leither.v1.GetTaskStatusResponse getTaskStatus(io.leither.v1.GetTaskStatusRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTaskStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTasks lists the caller's tasks (every task for node admins).
     * </pre>
     */
    public io.leither.v1.ListTasksResponse listTasks(io.leither.v1.ListTasksRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTasksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CancelTask stops a task: no further runs, and a run in progress is interrupted.
     * </pre>
     */
    public io.leither.v1.CancelTaskResponse cancelTask(io.leither.v1.CancelTaskRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelTaskMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AppService.
   * <pre>
   * AppService installs web apps and runs scripts on the node.
   * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
   * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
   * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
   * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
   * id, an empty extension and the app name as the mark.
   * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
   * reach the node only through the Leither API, with the rights of whoever runs them (the caller
   * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
   * limits.
   * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
   * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
   * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
   * </pre>
   */
  public static final class AppServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AppServiceBlockingStub> {
    private AppServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * UploadApp installs an archive already stored on the node (by content hash, from
     * FileService.Upload) as the `cur` of the caller's app of that name, creating the app on
     * first upload.
     * </pre>
     */
    public io.leither.v1.UploadAppResponse uploadApp(io.leither.v1.UploadAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadAppMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UploadAppFile adds or replaces one file in an app's `cur`.
     * </pre>
     */
    public io.leither.v1.UploadAppFileResponse uploadAppFile(io.leither.v1.UploadAppFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadAppFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListApps lists the apps of an author (the caller by default) that the caller may read.
     * </pre>
     */
    public io.leither.v1.ListAppsResponse listApps(io.leither.v1.ListAppsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAppsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetAppInfo describes one app.
     * </pre>
     */
    public io.leither.v1.GetAppInfoResponse getAppInfo(io.leither.v1.GetAppInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAppInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UninstallApp deletes an app with all its versions, cancels its tasks and unbinds its
     * domains. Needs the admin right on the app.
     * </pre>
     */
    public io.leither.v1.UninstallAppResponse uninstallApp(io.leither.v1.UninstallAppRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUninstallAppMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RegisterScript stores a script owned by the caller and returns its id. Registering again
     * with the same name replaces the source and keeps the id.
     * </pre>
     */
    public io.leither.v1.RegisterScriptResponse registerScript(io.leither.v1.RegisterScriptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterScriptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListScripts lists the caller's scripts, without their source.
     * </pre>
     */
    public io.leither.v1.ListScriptsResponse listScripts(io.leither.v1.ListScriptsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListScriptsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteScript deletes a script; it fails with FAILED_PRECONDITION, reason SCRIPT_IN_USE,
     * while a task uses it.
     * </pre>
     */
    public io.leither.v1.DeleteScriptResponse deleteScript(io.leither.v1.DeleteScriptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteScriptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RunScript runs source text once, as the caller, and returns its result. Needs the "script"
     * service granted by the node (IdentityService.RequestService).
     * </pre>
     */
    public io.leither.v1.RunScriptResponse runScript(io.leither.v1.RunScriptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRunScriptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RunScriptById runs a registered script once, as the caller. The caller must own the script
     * or hold the execute right on its app.
     * </pre>
     */
    public io.leither.v1.RunScriptByIdResponse runScriptById(io.leither.v1.RunScriptByIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRunScriptByIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * StartTask schedules a registered script to run in the background, once or periodically,
     * as the caller.
     * </pre>
     */
    public io.leither.v1.StartTaskResponse startTask(io.leither.v1.StartTaskRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartTaskMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetTaskStatus describes a task and its last run.
     * </pre>
     */
    public io.leither.v1.GetTaskStatusResponse getTaskStatus(io.leither.v1.GetTaskStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTaskStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTasks lists the caller's tasks (every task for node admins).
     * </pre>
     */
    public io.leither.v1.ListTasksResponse listTasks(io.leither.v1.ListTasksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTasksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CancelTask stops a task: no further runs, and a run in progress is interrupted.
     * </pre>
     */
    public io.leither.v1.CancelTaskResponse cancelTask(io.leither.v1.CancelTaskRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelTaskMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AppService.
   * <pre>
   * AppService installs web apps and runs scripts on the node.
   * An app is an APP MiMei whose `cur` is a file tree (read and edited file by file with the
   * FileService tree RPCs too), versioned with MiMeiService.Backup, Release and Restore like any
   * MiMei, and served by every node at /entry?author=&amp;app=&amp;ver= and /app/{appId}/. Its id is
   * fixed by its author and name: MiMeiService.ComputeId with type MI_MEI_TYPE_APP, an empty app
   * id, an empty extension and the app name as the mark.
   * Scripts are JavaScript run in a sandbox with no file system, network or process access; they
   * reach the node only through the Leither API, with the rights of whoever runs them (the caller
   * for RunScript and RunScriptById, the task's owner for tasks) and within time and memory
   * limits.
   * Replaces the original UploadApp, UploadAppfile, UninstallApp, GetVar(appinfos,
   * appversions), RegisterScript, RunScript, RunByScriptID, TaskRunInBackground, and the CLI
   * `lapp uploadapp/upload/uploadfile/showapp` and `lpki runscript`.
   * </pre>
   */
  public static final class AppServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AppServiceFutureStub> {
    private AppServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * UploadApp installs an archive already stored on the node (by content hash, from
     * FileService.Upload) as the `cur` of the caller's app of that name, creating the app on
     * first upload.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UploadAppResponse> uploadApp(
        io.leither.v1.UploadAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadAppMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UploadAppFile adds or replaces one file in an app's `cur`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UploadAppFileResponse> uploadAppFile(
        io.leither.v1.UploadAppFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadAppFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListApps lists the apps of an author (the caller by default) that the caller may read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListAppsResponse> listApps(
        io.leither.v1.ListAppsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAppsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetAppInfo describes one app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetAppInfoResponse> getAppInfo(
        io.leither.v1.GetAppInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAppInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UninstallApp deletes an app with all its versions, cancels its tasks and unbinds its
     * domains. Needs the admin right on the app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UninstallAppResponse> uninstallApp(
        io.leither.v1.UninstallAppRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUninstallAppMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RegisterScript stores a script owned by the caller and returns its id. Registering again
     * with the same name replaces the source and keeps the id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RegisterScriptResponse> registerScript(
        io.leither.v1.RegisterScriptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterScriptMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListScripts lists the caller's scripts, without their source.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListScriptsResponse> listScripts(
        io.leither.v1.ListScriptsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListScriptsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteScript deletes a script; it fails with FAILED_PRECONDITION, reason SCRIPT_IN_USE,
     * while a task uses it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DeleteScriptResponse> deleteScript(
        io.leither.v1.DeleteScriptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteScriptMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RunScript runs source text once, as the caller, and returns its result. Needs the "script"
     * service granted by the node (IdentityService.RequestService).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RunScriptResponse> runScript(
        io.leither.v1.RunScriptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRunScriptMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RunScriptById runs a registered script once, as the caller. The caller must own the script
     * or hold the execute right on its app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RunScriptByIdResponse> runScriptById(
        io.leither.v1.RunScriptByIdRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRunScriptByIdMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * StartTask schedules a registered script to run in the background, once or periodically,
     * as the caller.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.StartTaskResponse> startTask(
        io.leither.v1.StartTaskRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartTaskMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetTaskStatus describes a task and its last run.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetTaskStatusResponse> getTaskStatus(
        io.leither.v1.GetTaskStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTaskStatusMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListTasks lists the caller's tasks (every task for node admins).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListTasksResponse> listTasks(
        io.leither.v1.ListTasksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTasksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CancelTask stops a task: no further runs, and a run in progress is interrupted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CancelTaskResponse> cancelTask(
        io.leither.v1.CancelTaskRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelTaskMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_UPLOAD_APP = 0;
  private static final int METHODID_UPLOAD_APP_FILE = 1;
  private static final int METHODID_LIST_APPS = 2;
  private static final int METHODID_GET_APP_INFO = 3;
  private static final int METHODID_UNINSTALL_APP = 4;
  private static final int METHODID_REGISTER_SCRIPT = 5;
  private static final int METHODID_LIST_SCRIPTS = 6;
  private static final int METHODID_DELETE_SCRIPT = 7;
  private static final int METHODID_RUN_SCRIPT = 8;
  private static final int METHODID_RUN_SCRIPT_BY_ID = 9;
  private static final int METHODID_START_TASK = 10;
  private static final int METHODID_GET_TASK_STATUS = 11;
  private static final int METHODID_LIST_TASKS = 12;
  private static final int METHODID_CANCEL_TASK = 13;
  private static final int METHODID_UPLOAD_APP_ARCHIVE = 14;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_UPLOAD_APP:
          serviceImpl.uploadApp((io.leither.v1.UploadAppRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UploadAppResponse>) responseObserver);
          break;
        case METHODID_UPLOAD_APP_FILE:
          serviceImpl.uploadAppFile((io.leither.v1.UploadAppFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UploadAppFileResponse>) responseObserver);
          break;
        case METHODID_LIST_APPS:
          serviceImpl.listApps((io.leither.v1.ListAppsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListAppsResponse>) responseObserver);
          break;
        case METHODID_GET_APP_INFO:
          serviceImpl.getAppInfo((io.leither.v1.GetAppInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetAppInfoResponse>) responseObserver);
          break;
        case METHODID_UNINSTALL_APP:
          serviceImpl.uninstallApp((io.leither.v1.UninstallAppRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UninstallAppResponse>) responseObserver);
          break;
        case METHODID_REGISTER_SCRIPT:
          serviceImpl.registerScript((io.leither.v1.RegisterScriptRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RegisterScriptResponse>) responseObserver);
          break;
        case METHODID_LIST_SCRIPTS:
          serviceImpl.listScripts((io.leither.v1.ListScriptsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListScriptsResponse>) responseObserver);
          break;
        case METHODID_DELETE_SCRIPT:
          serviceImpl.deleteScript((io.leither.v1.DeleteScriptRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DeleteScriptResponse>) responseObserver);
          break;
        case METHODID_RUN_SCRIPT:
          serviceImpl.runScript((io.leither.v1.RunScriptRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RunScriptResponse>) responseObserver);
          break;
        case METHODID_RUN_SCRIPT_BY_ID:
          serviceImpl.runScriptById((io.leither.v1.RunScriptByIdRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RunScriptByIdResponse>) responseObserver);
          break;
        case METHODID_START_TASK:
          serviceImpl.startTask((io.leither.v1.StartTaskRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.StartTaskResponse>) responseObserver);
          break;
        case METHODID_GET_TASK_STATUS:
          serviceImpl.getTaskStatus((io.leither.v1.GetTaskStatusRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetTaskStatusResponse>) responseObserver);
          break;
        case METHODID_LIST_TASKS:
          serviceImpl.listTasks((io.leither.v1.ListTasksRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListTasksResponse>) responseObserver);
          break;
        case METHODID_CANCEL_TASK:
          serviceImpl.cancelTask((io.leither.v1.CancelTaskRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CancelTaskResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_UPLOAD_APP_ARCHIVE:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.uploadAppArchive(
              (io.grpc.stub.StreamObserver<io.leither.v1.UploadAppArchiveResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getUploadAppMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UploadAppRequest,
              io.leither.v1.UploadAppResponse>(
                service, METHODID_UPLOAD_APP)))
        .addMethod(
          getUploadAppArchiveMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              io.leither.v1.UploadAppArchiveRequest,
              io.leither.v1.UploadAppArchiveResponse>(
                service, METHODID_UPLOAD_APP_ARCHIVE)))
        .addMethod(
          getUploadAppFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UploadAppFileRequest,
              io.leither.v1.UploadAppFileResponse>(
                service, METHODID_UPLOAD_APP_FILE)))
        .addMethod(
          getListAppsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListAppsRequest,
              io.leither.v1.ListAppsResponse>(
                service, METHODID_LIST_APPS)))
        .addMethod(
          getGetAppInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetAppInfoRequest,
              io.leither.v1.GetAppInfoResponse>(
                service, METHODID_GET_APP_INFO)))
        .addMethod(
          getUninstallAppMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UninstallAppRequest,
              io.leither.v1.UninstallAppResponse>(
                service, METHODID_UNINSTALL_APP)))
        .addMethod(
          getRegisterScriptMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RegisterScriptRequest,
              io.leither.v1.RegisterScriptResponse>(
                service, METHODID_REGISTER_SCRIPT)))
        .addMethod(
          getListScriptsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListScriptsRequest,
              io.leither.v1.ListScriptsResponse>(
                service, METHODID_LIST_SCRIPTS)))
        .addMethod(
          getDeleteScriptMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DeleteScriptRequest,
              io.leither.v1.DeleteScriptResponse>(
                service, METHODID_DELETE_SCRIPT)))
        .addMethod(
          getRunScriptMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RunScriptRequest,
              io.leither.v1.RunScriptResponse>(
                service, METHODID_RUN_SCRIPT)))
        .addMethod(
          getRunScriptByIdMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RunScriptByIdRequest,
              io.leither.v1.RunScriptByIdResponse>(
                service, METHODID_RUN_SCRIPT_BY_ID)))
        .addMethod(
          getStartTaskMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.StartTaskRequest,
              io.leither.v1.StartTaskResponse>(
                service, METHODID_START_TASK)))
        .addMethod(
          getGetTaskStatusMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetTaskStatusRequest,
              io.leither.v1.GetTaskStatusResponse>(
                service, METHODID_GET_TASK_STATUS)))
        .addMethod(
          getListTasksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListTasksRequest,
              io.leither.v1.ListTasksResponse>(
                service, METHODID_LIST_TASKS)))
        .addMethod(
          getCancelTaskMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CancelTaskRequest,
              io.leither.v1.CancelTaskResponse>(
                service, METHODID_CANCEL_TASK)))
        .build();
  }

  private static abstract class AppServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AppServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.AppServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AppService");
    }
  }

  private static final class AppServiceFileDescriptorSupplier
      extends AppServiceBaseDescriptorSupplier {
    AppServiceFileDescriptorSupplier() {}
  }

  private static final class AppServiceMethodDescriptorSupplier
      extends AppServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AppServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (AppServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AppServiceFileDescriptorSupplier())
              .addMethod(getUploadAppMethod())
              .addMethod(getUploadAppArchiveMethod())
              .addMethod(getUploadAppFileMethod())
              .addMethod(getListAppsMethod())
              .addMethod(getGetAppInfoMethod())
              .addMethod(getUninstallAppMethod())
              .addMethod(getRegisterScriptMethod())
              .addMethod(getListScriptsMethod())
              .addMethod(getDeleteScriptMethod())
              .addMethod(getRunScriptMethod())
              .addMethod(getRunScriptByIdMethod())
              .addMethod(getStartTaskMethod())
              .addMethod(getGetTaskStatusMethod())
              .addMethod(getListTasksMethod())
              .addMethod(getCancelTaskMethod())
              .build();
        }
      }
    }
    return result;
  }
}
