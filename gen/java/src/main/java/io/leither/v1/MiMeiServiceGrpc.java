package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
 * Content itself is read and written through FileService, DbService and AppService.
 * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
 * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
 * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MiMeiServiceGrpc {

  private MiMeiServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.MiMeiService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CreateRequest,
      io.leither.v1.CreateResponse> getCreateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Create",
      requestType = io.leither.v1.CreateRequest.class,
      responseType = io.leither.v1.CreateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CreateRequest,
      io.leither.v1.CreateResponse> getCreateMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CreateRequest, io.leither.v1.CreateResponse> getCreateMethod;
    if ((getCreateMethod = MiMeiServiceGrpc.getCreateMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getCreateMethod = MiMeiServiceGrpc.getCreateMethod) == null) {
          MiMeiServiceGrpc.getCreateMethod = getCreateMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CreateRequest, io.leither.v1.CreateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Create"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CreateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CreateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Create"))
              .build();
        }
      }
    }
    return getCreateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ComputeIdRequest,
      io.leither.v1.ComputeIdResponse> getComputeIdMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ComputeId",
      requestType = io.leither.v1.ComputeIdRequest.class,
      responseType = io.leither.v1.ComputeIdResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ComputeIdRequest,
      io.leither.v1.ComputeIdResponse> getComputeIdMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ComputeIdRequest, io.leither.v1.ComputeIdResponse> getComputeIdMethod;
    if ((getComputeIdMethod = MiMeiServiceGrpc.getComputeIdMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getComputeIdMethod = MiMeiServiceGrpc.getComputeIdMethod) == null) {
          MiMeiServiceGrpc.getComputeIdMethod = getComputeIdMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ComputeIdRequest, io.leither.v1.ComputeIdResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ComputeId"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ComputeIdRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ComputeIdResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("ComputeId"))
              .build();
        }
      }
    }
    return getComputeIdMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.OpenRequest,
      io.leither.v1.OpenResponse> getOpenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Open",
      requestType = io.leither.v1.OpenRequest.class,
      responseType = io.leither.v1.OpenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.OpenRequest,
      io.leither.v1.OpenResponse> getOpenMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.OpenRequest, io.leither.v1.OpenResponse> getOpenMethod;
    if ((getOpenMethod = MiMeiServiceGrpc.getOpenMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getOpenMethod = MiMeiServiceGrpc.getOpenMethod) == null) {
          MiMeiServiceGrpc.getOpenMethod = getOpenMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.OpenRequest, io.leither.v1.OpenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Open"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Open"))
              .build();
        }
      }
    }
    return getOpenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CloseRequest,
      io.leither.v1.CloseResponse> getCloseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Close",
      requestType = io.leither.v1.CloseRequest.class,
      responseType = io.leither.v1.CloseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CloseRequest,
      io.leither.v1.CloseResponse> getCloseMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CloseRequest, io.leither.v1.CloseResponse> getCloseMethod;
    if ((getCloseMethod = MiMeiServiceGrpc.getCloseMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getCloseMethod = MiMeiServiceGrpc.getCloseMethod) == null) {
          MiMeiServiceGrpc.getCloseMethod = getCloseMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CloseRequest, io.leither.v1.CloseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Close"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CloseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CloseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Close"))
              .build();
        }
      }
    }
    return getCloseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetMiMeiInfoRequest,
      io.leither.v1.GetMiMeiInfoResponse> getGetMiMeiInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMiMeiInfo",
      requestType = io.leither.v1.GetMiMeiInfoRequest.class,
      responseType = io.leither.v1.GetMiMeiInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetMiMeiInfoRequest,
      io.leither.v1.GetMiMeiInfoResponse> getGetMiMeiInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetMiMeiInfoRequest, io.leither.v1.GetMiMeiInfoResponse> getGetMiMeiInfoMethod;
    if ((getGetMiMeiInfoMethod = MiMeiServiceGrpc.getGetMiMeiInfoMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getGetMiMeiInfoMethod = MiMeiServiceGrpc.getGetMiMeiInfoMethod) == null) {
          MiMeiServiceGrpc.getGetMiMeiInfoMethod = getGetMiMeiInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetMiMeiInfoRequest, io.leither.v1.GetMiMeiInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMiMeiInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetMiMeiInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetMiMeiInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("GetMiMeiInfo"))
              .build();
        }
      }
    }
    return getGetMiMeiInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HasMiMeiRequest,
      io.leither.v1.HasMiMeiResponse> getHasMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HasMiMei",
      requestType = io.leither.v1.HasMiMeiRequest.class,
      responseType = io.leither.v1.HasMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HasMiMeiRequest,
      io.leither.v1.HasMiMeiResponse> getHasMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HasMiMeiRequest, io.leither.v1.HasMiMeiResponse> getHasMiMeiMethod;
    if ((getHasMiMeiMethod = MiMeiServiceGrpc.getHasMiMeiMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getHasMiMeiMethod = MiMeiServiceGrpc.getHasMiMeiMethod) == null) {
          MiMeiServiceGrpc.getHasMiMeiMethod = getHasMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HasMiMeiRequest, io.leither.v1.HasMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HasMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HasMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HasMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("HasMiMei"))
              .build();
        }
      }
    }
    return getHasMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListMiMeiRequest,
      io.leither.v1.ListMiMeiResponse> getListMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListMiMei",
      requestType = io.leither.v1.ListMiMeiRequest.class,
      responseType = io.leither.v1.ListMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListMiMeiRequest,
      io.leither.v1.ListMiMeiResponse> getListMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListMiMeiRequest, io.leither.v1.ListMiMeiResponse> getListMiMeiMethod;
    if ((getListMiMeiMethod = MiMeiServiceGrpc.getListMiMeiMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getListMiMeiMethod = MiMeiServiceGrpc.getListMiMeiMethod) == null) {
          MiMeiServiceGrpc.getListMiMeiMethod = getListMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListMiMeiRequest, io.leither.v1.ListMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("ListMiMei"))
              .build();
        }
      }
    }
    return getListMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DeleteMiMeiRequest,
      io.leither.v1.DeleteMiMeiResponse> getDeleteMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMiMei",
      requestType = io.leither.v1.DeleteMiMeiRequest.class,
      responseType = io.leither.v1.DeleteMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DeleteMiMeiRequest,
      io.leither.v1.DeleteMiMeiResponse> getDeleteMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DeleteMiMeiRequest, io.leither.v1.DeleteMiMeiResponse> getDeleteMiMeiMethod;
    if ((getDeleteMiMeiMethod = MiMeiServiceGrpc.getDeleteMiMeiMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getDeleteMiMeiMethod = MiMeiServiceGrpc.getDeleteMiMeiMethod) == null) {
          MiMeiServiceGrpc.getDeleteMiMeiMethod = getDeleteMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DeleteMiMeiRequest, io.leither.v1.DeleteMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("DeleteMiMei"))
              .build();
        }
      }
    }
    return getDeleteMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetRightRequest,
      io.leither.v1.SetRightResponse> getSetRightMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetRight",
      requestType = io.leither.v1.SetRightRequest.class,
      responseType = io.leither.v1.SetRightResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetRightRequest,
      io.leither.v1.SetRightResponse> getSetRightMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetRightRequest, io.leither.v1.SetRightResponse> getSetRightMethod;
    if ((getSetRightMethod = MiMeiServiceGrpc.getSetRightMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getSetRightMethod = MiMeiServiceGrpc.getSetRightMethod) == null) {
          MiMeiServiceGrpc.getSetRightMethod = getSetRightMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetRightRequest, io.leither.v1.SetRightResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetRight"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetRightRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetRightResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("SetRight"))
              .build();
        }
      }
    }
    return getSetRightMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetRightRequest,
      io.leither.v1.GetRightResponse> getGetRightMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRight",
      requestType = io.leither.v1.GetRightRequest.class,
      responseType = io.leither.v1.GetRightResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetRightRequest,
      io.leither.v1.GetRightResponse> getGetRightMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetRightRequest, io.leither.v1.GetRightResponse> getGetRightMethod;
    if ((getGetRightMethod = MiMeiServiceGrpc.getGetRightMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getGetRightMethod = MiMeiServiceGrpc.getGetRightMethod) == null) {
          MiMeiServiceGrpc.getGetRightMethod = getGetRightMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetRightRequest, io.leither.v1.GetRightResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRight"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetRightRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetRightResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("GetRight"))
              .build();
        }
      }
    }
    return getGetRightMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListRightsRequest,
      io.leither.v1.ListRightsResponse> getListRightsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRights",
      requestType = io.leither.v1.ListRightsRequest.class,
      responseType = io.leither.v1.ListRightsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListRightsRequest,
      io.leither.v1.ListRightsResponse> getListRightsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListRightsRequest, io.leither.v1.ListRightsResponse> getListRightsMethod;
    if ((getListRightsMethod = MiMeiServiceGrpc.getListRightsMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getListRightsMethod = MiMeiServiceGrpc.getListRightsMethod) == null) {
          MiMeiServiceGrpc.getListRightsMethod = getListRightsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListRightsRequest, io.leither.v1.ListRightsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRights"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListRightsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListRightsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("ListRights"))
              .build();
        }
      }
    }
    return getListRightsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.BackupRequest,
      io.leither.v1.BackupResponse> getBackupMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Backup",
      requestType = io.leither.v1.BackupRequest.class,
      responseType = io.leither.v1.BackupResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.BackupRequest,
      io.leither.v1.BackupResponse> getBackupMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.BackupRequest, io.leither.v1.BackupResponse> getBackupMethod;
    if ((getBackupMethod = MiMeiServiceGrpc.getBackupMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getBackupMethod = MiMeiServiceGrpc.getBackupMethod) == null) {
          MiMeiServiceGrpc.getBackupMethod = getBackupMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.BackupRequest, io.leither.v1.BackupResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Backup"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.BackupRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.BackupResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Backup"))
              .build();
        }
      }
    }
    return getBackupMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ReleaseRequest,
      io.leither.v1.ReleaseResponse> getReleaseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Release",
      requestType = io.leither.v1.ReleaseRequest.class,
      responseType = io.leither.v1.ReleaseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ReleaseRequest,
      io.leither.v1.ReleaseResponse> getReleaseMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ReleaseRequest, io.leither.v1.ReleaseResponse> getReleaseMethod;
    if ((getReleaseMethod = MiMeiServiceGrpc.getReleaseMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getReleaseMethod = MiMeiServiceGrpc.getReleaseMethod) == null) {
          MiMeiServiceGrpc.getReleaseMethod = getReleaseMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ReleaseRequest, io.leither.v1.ReleaseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Release"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReleaseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReleaseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Release"))
              .build();
        }
      }
    }
    return getReleaseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RestoreRequest,
      io.leither.v1.RestoreResponse> getRestoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Restore",
      requestType = io.leither.v1.RestoreRequest.class,
      responseType = io.leither.v1.RestoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RestoreRequest,
      io.leither.v1.RestoreResponse> getRestoreMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RestoreRequest, io.leither.v1.RestoreResponse> getRestoreMethod;
    if ((getRestoreMethod = MiMeiServiceGrpc.getRestoreMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getRestoreMethod = MiMeiServiceGrpc.getRestoreMethod) == null) {
          MiMeiServiceGrpc.getRestoreMethod = getRestoreMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RestoreRequest, io.leither.v1.RestoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Restore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RestoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RestoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Restore"))
              .build();
        }
      }
    }
    return getRestoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DeleteVersionsRequest,
      io.leither.v1.DeleteVersionsResponse> getDeleteVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteVersions",
      requestType = io.leither.v1.DeleteVersionsRequest.class,
      responseType = io.leither.v1.DeleteVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DeleteVersionsRequest,
      io.leither.v1.DeleteVersionsResponse> getDeleteVersionsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DeleteVersionsRequest, io.leither.v1.DeleteVersionsResponse> getDeleteVersionsMethod;
    if ((getDeleteVersionsMethod = MiMeiServiceGrpc.getDeleteVersionsMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getDeleteVersionsMethod = MiMeiServiceGrpc.getDeleteVersionsMethod) == null) {
          MiMeiServiceGrpc.getDeleteVersionsMethod = getDeleteVersionsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DeleteVersionsRequest, io.leither.v1.DeleteVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("DeleteVersions"))
              .build();
        }
      }
    }
    return getDeleteVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListVersionsRequest,
      io.leither.v1.ListVersionsResponse> getListVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListVersions",
      requestType = io.leither.v1.ListVersionsRequest.class,
      responseType = io.leither.v1.ListVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListVersionsRequest,
      io.leither.v1.ListVersionsResponse> getListVersionsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListVersionsRequest, io.leither.v1.ListVersionsResponse> getListVersionsMethod;
    if ((getListVersionsMethod = MiMeiServiceGrpc.getListVersionsMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getListVersionsMethod = MiMeiServiceGrpc.getListVersionsMethod) == null) {
          MiMeiServiceGrpc.getListVersionsMethod = getListVersionsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListVersionsRequest, io.leither.v1.ListVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("ListVersions"))
              .build();
        }
      }
    }
    return getListVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.AddRefsRequest,
      io.leither.v1.AddRefsResponse> getAddRefsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddRefs",
      requestType = io.leither.v1.AddRefsRequest.class,
      responseType = io.leither.v1.AddRefsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.AddRefsRequest,
      io.leither.v1.AddRefsResponse> getAddRefsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.AddRefsRequest, io.leither.v1.AddRefsResponse> getAddRefsMethod;
    if ((getAddRefsMethod = MiMeiServiceGrpc.getAddRefsMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getAddRefsMethod = MiMeiServiceGrpc.getAddRefsMethod) == null) {
          MiMeiServiceGrpc.getAddRefsMethod = getAddRefsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.AddRefsRequest, io.leither.v1.AddRefsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddRefs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AddRefsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AddRefsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("AddRefs"))
              .build();
        }
      }
    }
    return getAddRefsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DeleteRefsRequest,
      io.leither.v1.DeleteRefsResponse> getDeleteRefsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRefs",
      requestType = io.leither.v1.DeleteRefsRequest.class,
      responseType = io.leither.v1.DeleteRefsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DeleteRefsRequest,
      io.leither.v1.DeleteRefsResponse> getDeleteRefsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DeleteRefsRequest, io.leither.v1.DeleteRefsResponse> getDeleteRefsMethod;
    if ((getDeleteRefsMethod = MiMeiServiceGrpc.getDeleteRefsMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getDeleteRefsMethod = MiMeiServiceGrpc.getDeleteRefsMethod) == null) {
          MiMeiServiceGrpc.getDeleteRefsMethod = getDeleteRefsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DeleteRefsRequest, io.leither.v1.DeleteRefsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRefs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteRefsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteRefsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("DeleteRefs"))
              .build();
        }
      }
    }
    return getDeleteRefsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetRefsRequest,
      io.leither.v1.GetRefsResponse> getGetRefsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRefs",
      requestType = io.leither.v1.GetRefsRequest.class,
      responseType = io.leither.v1.GetRefsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetRefsRequest,
      io.leither.v1.GetRefsResponse> getGetRefsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetRefsRequest, io.leither.v1.GetRefsResponse> getGetRefsMethod;
    if ((getGetRefsMethod = MiMeiServiceGrpc.getGetRefsMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getGetRefsMethod = MiMeiServiceGrpc.getGetRefsMethod) == null) {
          MiMeiServiceGrpc.getGetRefsMethod = getGetRefsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetRefsRequest, io.leither.v1.GetRefsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRefs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetRefsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetRefsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("GetRefs"))
              .build();
        }
      }
    }
    return getGetRefsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SumRequest,
      io.leither.v1.SumResponse> getSumMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Sum",
      requestType = io.leither.v1.SumRequest.class,
      responseType = io.leither.v1.SumResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SumRequest,
      io.leither.v1.SumResponse> getSumMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SumRequest, io.leither.v1.SumResponse> getSumMethod;
    if ((getSumMethod = MiMeiServiceGrpc.getSumMethod) == null) {
      synchronized (MiMeiServiceGrpc.class) {
        if ((getSumMethod = MiMeiServiceGrpc.getSumMethod) == null) {
          MiMeiServiceGrpc.getSumMethod = getSumMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SumRequest, io.leither.v1.SumResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Sum"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SumRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SumResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MiMeiServiceMethodDescriptorSupplier("Sum"))
              .build();
        }
      }
    }
    return getSumMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MiMeiServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceStub>() {
        @java.lang.Override
        public MiMeiServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MiMeiServiceStub(channel, callOptions);
        }
      };
    return MiMeiServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MiMeiServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceBlockingV2Stub>() {
        @java.lang.Override
        public MiMeiServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MiMeiServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MiMeiServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MiMeiServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceBlockingStub>() {
        @java.lang.Override
        public MiMeiServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MiMeiServiceBlockingStub(channel, callOptions);
        }
      };
    return MiMeiServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MiMeiServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MiMeiServiceFutureStub>() {
        @java.lang.Override
        public MiMeiServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MiMeiServiceFutureStub(channel, callOptions);
        }
      };
    return MiMeiServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
   * Content itself is read and written through FileService, DbService and AppService.
   * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
   * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
   * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Create makes a MiMei owned by the caller. Its ID is fixed by (author, type, app id,
     * extension, mark): creating again with the same inputs returns the existing MiMei with
     * `created` false. The mark "auto" makes a fresh ID every time.
     * </pre>
     */
    default void create(io.leither.v1.CreateRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CreateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateMethod(), responseObserver);
    }

    /**
     * <pre>
     * ComputeId returns the ID that Create would give, without creating anything.
     * </pre>
     */
    default void computeId(io.leither.v1.ComputeIdRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ComputeIdResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getComputeIdMethod(), responseObserver);
    }

    /**
     * <pre>
     * Open returns a handle on one version of a MiMei: `cur` opens read-write (with the write
     * right), every other version read-only. Handles expire after a period without use.
     * </pre>
     */
    default void open(io.leither.v1.OpenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOpenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Close releases a handle at once.
     * </pre>
     */
    default void close(io.leither.v1.CloseRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CloseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMiMeiInfo describes a MiMei.
     * </pre>
     */
    default void getMiMeiInfo(io.leither.v1.GetMiMeiInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetMiMeiInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMiMeiInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * HasMiMei tells whether a MiMei is stored on this node (it needs no right to ask).
     * </pre>
     */
    default void hasMiMei(io.leither.v1.HasMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HasMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHasMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListMiMei lists the MiMei the caller owns (or that a given author owns and the caller may read).
     * </pre>
     */
    default void listMiMei(io.leither.v1.ListMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteMiMei removes a MiMei and all its versions. Fails with FAILED_PRECONDITION while other
     * MiMei reference it.
     * </pre>
     */
    default void deleteMiMei(io.leither.v1.DeleteMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetRight sets the rights of one member ("*" means everyone, guests included, which makes
     * the MiMei public). Needs the admin right.
     * </pre>
     */
    default void setRight(io.leither.v1.SetRightRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetRightResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetRightMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetRight returns the effective rights of a member (the caller when empty).
     * </pre>
     */
    default void getRight(io.leither.v1.GetRightRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetRightResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRightMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListRights lists every member's rights on a MiMei. Needs the admin right.
     * </pre>
     */
    default void listRights(io.leither.v1.ListRightsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListRightsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRightsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Backup freezes `cur` into the next numbered, immutable version addressed by its content
     * digest, and points `last` at it. When `cur` has not changed since `last`, nothing new is
     * stored and `last` is returned with `created` false.
     * </pre>
     */
    default void backup(io.leither.v1.BackupRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.BackupResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBackupMethod(), responseObserver);
    }

    /**
     * <pre>
     * Release points `release` at a version (a number, "last" or "cur", which backs up first).
     * </pre>
     */
    default void release(io.leither.v1.ReleaseRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReleaseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReleaseMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restore makes a numbered version the working state `cur` again.
     * </pre>
     */
    default void restore(io.leither.v1.RestoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RestoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRestoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteVersions deletes numbered versions; the released version cannot be deleted.
     * </pre>
     */
    default void deleteVersions(io.leither.v1.DeleteVersionsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListVersions lists the numbered versions and what `last` and `release` point at.
     * </pre>
     */
    default void listVersions(io.leither.v1.ListVersionsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * AddRefs adds references from the MiMei's `cur` to other MiMei or content hashes, which
     * keeps them from deletion and garbage collection. Stops at the first failure.
     * </pre>
     */
    default void addRefs(io.leither.v1.AddRefsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AddRefsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddRefsMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteRefs removes references added by AddRefs. Stops at the first failure.
     * </pre>
     */
    default void deleteRefs(io.leither.v1.DeleteRefsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteRefsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRefsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetRefs returns the reference counts of versions of a MiMei.
     * </pre>
     */
    default void getRefs(io.leither.v1.GetRefsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetRefsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRefsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sum returns a digest of a version's content: equal digests mean equal content, which is
     * what replicas compare.
     * </pre>
     */
    default void sum(io.leither.v1.SumRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SumResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSumMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MiMeiService.
   * <pre>
   * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
   * Content itself is read and written through FileService, DbService and AppService.
   * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
   * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
   * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
   * </pre>
   */
  public static abstract class MiMeiServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MiMeiServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MiMeiService.
   * <pre>
   * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
   * Content itself is read and written through FileService, DbService and AppService.
   * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
   * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
   * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
   * </pre>
   */
  public static final class MiMeiServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MiMeiServiceStub> {
    private MiMeiServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MiMeiServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MiMeiServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Create makes a MiMei owned by the caller. Its ID is fixed by (author, type, app id,
     * extension, mark): creating again with the same inputs returns the existing MiMei with
     * `created` false. The mark "auto" makes a fresh ID every time.
     * </pre>
     */
    public void create(io.leither.v1.CreateRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CreateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ComputeId returns the ID that Create would give, without creating anything.
     * </pre>
     */
    public void computeId(io.leither.v1.ComputeIdRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ComputeIdResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getComputeIdMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Open returns a handle on one version of a MiMei: `cur` opens read-write (with the write
     * right), every other version read-only. Handles expire after a period without use.
     * </pre>
     */
    public void open(io.leither.v1.OpenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOpenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Close releases a handle at once.
     * </pre>
     */
    public void close(io.leither.v1.CloseRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CloseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetMiMeiInfo describes a MiMei.
     * </pre>
     */
    public void getMiMeiInfo(io.leither.v1.GetMiMeiInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetMiMeiInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMiMeiInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HasMiMei tells whether a MiMei is stored on this node (it needs no right to ask).
     * </pre>
     */
    public void hasMiMei(io.leither.v1.HasMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HasMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHasMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListMiMei lists the MiMei the caller owns (or that a given author owns and the caller may read).
     * </pre>
     */
    public void listMiMei(io.leither.v1.ListMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteMiMei removes a MiMei and all its versions. Fails with FAILED_PRECONDITION while other
     * MiMei reference it.
     * </pre>
     */
    public void deleteMiMei(io.leither.v1.DeleteMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetRight sets the rights of one member ("*" means everyone, guests included, which makes
     * the MiMei public). Needs the admin right.
     * </pre>
     */
    public void setRight(io.leither.v1.SetRightRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetRightResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetRightMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetRight returns the effective rights of a member (the caller when empty).
     * </pre>
     */
    public void getRight(io.leither.v1.GetRightRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetRightResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRightMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListRights lists every member's rights on a MiMei. Needs the admin right.
     * </pre>
     */
    public void listRights(io.leither.v1.ListRightsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListRightsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRightsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Backup freezes `cur` into the next numbered, immutable version addressed by its content
     * digest, and points `last` at it. When `cur` has not changed since `last`, nothing new is
     * stored and `last` is returned with `created` false.
     * </pre>
     */
    public void backup(io.leither.v1.BackupRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.BackupResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBackupMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Release points `release` at a version (a number, "last" or "cur", which backs up first).
     * </pre>
     */
    public void release(io.leither.v1.ReleaseRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReleaseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReleaseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restore makes a numbered version the working state `cur` again.
     * </pre>
     */
    public void restore(io.leither.v1.RestoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RestoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRestoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteVersions deletes numbered versions; the released version cannot be deleted.
     * </pre>
     */
    public void deleteVersions(io.leither.v1.DeleteVersionsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListVersions lists the numbered versions and what `last` and `release` point at.
     * </pre>
     */
    public void listVersions(io.leither.v1.ListVersionsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AddRefs adds references from the MiMei's `cur` to other MiMei or content hashes, which
     * keeps them from deletion and garbage collection. Stops at the first failure.
     * </pre>
     */
    public void addRefs(io.leither.v1.AddRefsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AddRefsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddRefsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteRefs removes references added by AddRefs. Stops at the first failure.
     * </pre>
     */
    public void deleteRefs(io.leither.v1.DeleteRefsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteRefsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRefsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetRefs returns the reference counts of versions of a MiMei.
     * </pre>
     */
    public void getRefs(io.leither.v1.GetRefsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetRefsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRefsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sum returns a digest of a version's content: equal digests mean equal content, which is
     * what replicas compare.
     * </pre>
     */
    public void sum(io.leither.v1.SumRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SumResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSumMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MiMeiService.
   * <pre>
   * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
   * Content itself is read and written through FileService, DbService and AppService.
   * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
   * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
   * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
   * </pre>
   */
  public static final class MiMeiServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MiMeiServiceBlockingV2Stub> {
    private MiMeiServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MiMeiServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MiMeiServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Create makes a MiMei owned by the caller. Its ID is fixed by (author, type, app id,
     * extension, mark): creating again with the same inputs returns the existing MiMei with
     * `created` false. The mark "auto" makes a fresh ID every time.
     * </pre>
     */
    public io.leither.v1.CreateResponse create(io.leither.v1.CreateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ComputeId returns the ID that Create would give, without creating anything.
     * </pre>
     */
    public io.leither.v1.ComputeIdResponse computeId(io.leither.v1.ComputeIdRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getComputeIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Open returns a handle on one version of a MiMei: `cur` opens read-write (with the write
     * right), every other version read-only. Handles expire after a period without use.
     * </pre>
     */
    public io.leither.v1.OpenResponse open(io.leither.v1.OpenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOpenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Close releases a handle at once.
     * </pre>
     */
    public io.leither.v1.CloseResponse close(io.leither.v1.CloseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCloseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMiMeiInfo describes a MiMei.
     * </pre>
     */
    public io.leither.v1.GetMiMeiInfoResponse getMiMeiInfo(io.leither.v1.GetMiMeiInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMiMeiInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HasMiMei tells whether a MiMei is stored on this node (it needs no right to ask).
     * </pre>
     */
    public io.leither.v1.HasMiMeiResponse hasMiMei(io.leither.v1.HasMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHasMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListMiMei lists the MiMei the caller owns (or that a given author owns and the caller may read).
     * </pre>
     */
    public io.leither.v1.ListMiMeiResponse listMiMei(io.leither.v1.ListMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteMiMei removes a MiMei and all its versions. Fails with FAILED_PRECONDITION while other
     * MiMei reference it.
     * </pre>
     */
    public io.leither.v1.DeleteMiMeiResponse deleteMiMei(io.leither.v1.DeleteMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetRight sets the rights of one member ("*" means everyone, guests included, which makes
     * the MiMei public). Needs the admin right.
     * </pre>
     */
    public io.leither.v1.SetRightResponse setRight(io.leither.v1.SetRightRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetRightMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetRight returns the effective rights of a member (the caller when empty).
     * </pre>
     */
    public io.leither.v1.GetRightResponse getRight(io.leither.v1.GetRightRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRightMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListRights lists every member's rights on a MiMei. Needs the admin right.
     * </pre>
     */
    public io.leither.v1.ListRightsResponse listRights(io.leither.v1.ListRightsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRightsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Backup freezes `cur` into the next numbered, immutable version addressed by its content
     * digest, and points `last` at it. When `cur` has not changed since `last`, nothing new is
     * stored and `last` is returned with `created` false.
     * </pre>
     */
    public io.leither.v1.BackupResponse backup(io.leither.v1.BackupRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBackupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Release points `release` at a version (a number, "last" or "cur", which backs up first).
     * </pre>
     */
    public io.leither.v1.ReleaseResponse release(io.leither.v1.ReleaseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReleaseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restore makes a numbered version the working state `cur` again.
     * </pre>
     */
    public io.leither.v1.RestoreResponse restore(io.leither.v1.RestoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRestoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteVersions deletes numbered versions; the released version cannot be deleted.
     * </pre>
     */
    public io.leither.v1.DeleteVersionsResponse deleteVersions(io.leither.v1.DeleteVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListVersions lists the numbered versions and what `last` and `release` point at.
     * </pre>
     */
    public io.leither.v1.ListVersionsResponse listVersions(io.leither.v1.ListVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddRefs adds references from the MiMei's `cur` to other MiMei or content hashes, which
     * keeps them from deletion and garbage collection. Stops at the first failure.
     * </pre>
     */
    public io.leither.v1.AddRefsResponse addRefs(io.leither.v1.AddRefsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddRefsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteRefs removes references added by AddRefs. Stops at the first failure.
     * </pre>
     */
    public io.leither.v1.DeleteRefsResponse deleteRefs(io.leither.v1.DeleteRefsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRefsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetRefs returns the reference counts of versions of a MiMei.
     * </pre>
     */
    public io.leither.v1.GetRefsResponse getRefs(io.leither.v1.GetRefsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRefsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sum returns a digest of a version's content: equal digests mean equal content, which is
     * what replicas compare.
     * </pre>
     */
    public io.leither.v1.SumResponse sum(io.leither.v1.SumRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSumMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MiMeiService.
   * <pre>
   * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
   * Content itself is read and written through FileService, DbService and AppService.
   * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
   * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
   * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
   * </pre>
   */
  public static final class MiMeiServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MiMeiServiceBlockingStub> {
    private MiMeiServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MiMeiServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MiMeiServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Create makes a MiMei owned by the caller. Its ID is fixed by (author, type, app id,
     * extension, mark): creating again with the same inputs returns the existing MiMei with
     * `created` false. The mark "auto" makes a fresh ID every time.
     * </pre>
     */
    public io.leither.v1.CreateResponse create(io.leither.v1.CreateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ComputeId returns the ID that Create would give, without creating anything.
     * </pre>
     */
    public io.leither.v1.ComputeIdResponse computeId(io.leither.v1.ComputeIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getComputeIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Open returns a handle on one version of a MiMei: `cur` opens read-write (with the write
     * right), every other version read-only. Handles expire after a period without use.
     * </pre>
     */
    public io.leither.v1.OpenResponse open(io.leither.v1.OpenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOpenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Close releases a handle at once.
     * </pre>
     */
    public io.leither.v1.CloseResponse close(io.leither.v1.CloseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMiMeiInfo describes a MiMei.
     * </pre>
     */
    public io.leither.v1.GetMiMeiInfoResponse getMiMeiInfo(io.leither.v1.GetMiMeiInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMiMeiInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HasMiMei tells whether a MiMei is stored on this node (it needs no right to ask).
     * </pre>
     */
    public io.leither.v1.HasMiMeiResponse hasMiMei(io.leither.v1.HasMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHasMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListMiMei lists the MiMei the caller owns (or that a given author owns and the caller may read).
     * </pre>
     */
    public io.leither.v1.ListMiMeiResponse listMiMei(io.leither.v1.ListMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteMiMei removes a MiMei and all its versions. Fails with FAILED_PRECONDITION while other
     * MiMei reference it.
     * </pre>
     */
    public io.leither.v1.DeleteMiMeiResponse deleteMiMei(io.leither.v1.DeleteMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetRight sets the rights of one member ("*" means everyone, guests included, which makes
     * the MiMei public). Needs the admin right.
     * </pre>
     */
    public io.leither.v1.SetRightResponse setRight(io.leither.v1.SetRightRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetRightMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetRight returns the effective rights of a member (the caller when empty).
     * </pre>
     */
    public io.leither.v1.GetRightResponse getRight(io.leither.v1.GetRightRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRightMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListRights lists every member's rights on a MiMei. Needs the admin right.
     * </pre>
     */
    public io.leither.v1.ListRightsResponse listRights(io.leither.v1.ListRightsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRightsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Backup freezes `cur` into the next numbered, immutable version addressed by its content
     * digest, and points `last` at it. When `cur` has not changed since `last`, nothing new is
     * stored and `last` is returned with `created` false.
     * </pre>
     */
    public io.leither.v1.BackupResponse backup(io.leither.v1.BackupRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBackupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Release points `release` at a version (a number, "last" or "cur", which backs up first).
     * </pre>
     */
    public io.leither.v1.ReleaseResponse release(io.leither.v1.ReleaseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReleaseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restore makes a numbered version the working state `cur` again.
     * </pre>
     */
    public io.leither.v1.RestoreResponse restore(io.leither.v1.RestoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRestoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteVersions deletes numbered versions; the released version cannot be deleted.
     * </pre>
     */
    public io.leither.v1.DeleteVersionsResponse deleteVersions(io.leither.v1.DeleteVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListVersions lists the numbered versions and what `last` and `release` point at.
     * </pre>
     */
    public io.leither.v1.ListVersionsResponse listVersions(io.leither.v1.ListVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddRefs adds references from the MiMei's `cur` to other MiMei or content hashes, which
     * keeps them from deletion and garbage collection. Stops at the first failure.
     * </pre>
     */
    public io.leither.v1.AddRefsResponse addRefs(io.leither.v1.AddRefsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddRefsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteRefs removes references added by AddRefs. Stops at the first failure.
     * </pre>
     */
    public io.leither.v1.DeleteRefsResponse deleteRefs(io.leither.v1.DeleteRefsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRefsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetRefs returns the reference counts of versions of a MiMei.
     * </pre>
     */
    public io.leither.v1.GetRefsResponse getRefs(io.leither.v1.GetRefsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRefsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sum returns a digest of a version's content: equal digests mean equal content, which is
     * what replicas compare.
     * </pre>
     */
    public io.leither.v1.SumResponse sum(io.leither.v1.SumRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSumMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MiMeiService.
   * <pre>
   * MiMeiService creates MiMei, opens their versions, manages rights, versions and references.
   * Content itself is read and written through FileService, DbService and AppService.
   * Replaces the original MMCreate, MMOpen, MMClose, MMSetRight, MMGetRight, MMBackup,
   * MMRelease, MMRestore, MMDelVers, MMAddRef, MMDelRef, MMGetRef(s), MMSum, HasMiMei,
   * GetUserMids, GetMiMeiStat and GetVar(mminfo, mmversions, mmvernamed, mmsid2mid, mid).
   * </pre>
   */
  public static final class MiMeiServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MiMeiServiceFutureStub> {
    private MiMeiServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MiMeiServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MiMeiServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Create makes a MiMei owned by the caller. Its ID is fixed by (author, type, app id,
     * extension, mark): creating again with the same inputs returns the existing MiMei with
     * `created` false. The mark "auto" makes a fresh ID every time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CreateResponse> create(
        io.leither.v1.CreateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ComputeId returns the ID that Create would give, without creating anything.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ComputeIdResponse> computeId(
        io.leither.v1.ComputeIdRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getComputeIdMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Open returns a handle on one version of a MiMei: `cur` opens read-write (with the write
     * right), every other version read-only. Handles expire after a period without use.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.OpenResponse> open(
        io.leither.v1.OpenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOpenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Close releases a handle at once.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CloseResponse> close(
        io.leither.v1.CloseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMiMeiInfo describes a MiMei.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetMiMeiInfoResponse> getMiMeiInfo(
        io.leither.v1.GetMiMeiInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMiMeiInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HasMiMei tells whether a MiMei is stored on this node (it needs no right to ask).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HasMiMeiResponse> hasMiMei(
        io.leither.v1.HasMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHasMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListMiMei lists the MiMei the caller owns (or that a given author owns and the caller may read).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListMiMeiResponse> listMiMei(
        io.leither.v1.ListMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteMiMei removes a MiMei and all its versions. Fails with FAILED_PRECONDITION while other
     * MiMei reference it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DeleteMiMeiResponse> deleteMiMei(
        io.leither.v1.DeleteMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetRight sets the rights of one member ("*" means everyone, guests included, which makes
     * the MiMei public). Needs the admin right.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetRightResponse> setRight(
        io.leither.v1.SetRightRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetRightMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetRight returns the effective rights of a member (the caller when empty).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetRightResponse> getRight(
        io.leither.v1.GetRightRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRightMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListRights lists every member's rights on a MiMei. Needs the admin right.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListRightsResponse> listRights(
        io.leither.v1.ListRightsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRightsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Backup freezes `cur` into the next numbered, immutable version addressed by its content
     * digest, and points `last` at it. When `cur` has not changed since `last`, nothing new is
     * stored and `last` is returned with `created` false.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.BackupResponse> backup(
        io.leither.v1.BackupRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBackupMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Release points `release` at a version (a number, "last" or "cur", which backs up first).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ReleaseResponse> release(
        io.leither.v1.ReleaseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReleaseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restore makes a numbered version the working state `cur` again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RestoreResponse> restore(
        io.leither.v1.RestoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRestoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteVersions deletes numbered versions; the released version cannot be deleted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DeleteVersionsResponse> deleteVersions(
        io.leither.v1.DeleteVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListVersions lists the numbered versions and what `last` and `release` point at.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListVersionsResponse> listVersions(
        io.leither.v1.ListVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AddRefs adds references from the MiMei's `cur` to other MiMei or content hashes, which
     * keeps them from deletion and garbage collection. Stops at the first failure.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.AddRefsResponse> addRefs(
        io.leither.v1.AddRefsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddRefsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteRefs removes references added by AddRefs. Stops at the first failure.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DeleteRefsResponse> deleteRefs(
        io.leither.v1.DeleteRefsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRefsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetRefs returns the reference counts of versions of a MiMei.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetRefsResponse> getRefs(
        io.leither.v1.GetRefsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRefsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sum returns a digest of a version's content: equal digests mean equal content, which is
     * what replicas compare.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SumResponse> sum(
        io.leither.v1.SumRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSumMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE = 0;
  private static final int METHODID_COMPUTE_ID = 1;
  private static final int METHODID_OPEN = 2;
  private static final int METHODID_CLOSE = 3;
  private static final int METHODID_GET_MI_MEI_INFO = 4;
  private static final int METHODID_HAS_MI_MEI = 5;
  private static final int METHODID_LIST_MI_MEI = 6;
  private static final int METHODID_DELETE_MI_MEI = 7;
  private static final int METHODID_SET_RIGHT = 8;
  private static final int METHODID_GET_RIGHT = 9;
  private static final int METHODID_LIST_RIGHTS = 10;
  private static final int METHODID_BACKUP = 11;
  private static final int METHODID_RELEASE = 12;
  private static final int METHODID_RESTORE = 13;
  private static final int METHODID_DELETE_VERSIONS = 14;
  private static final int METHODID_LIST_VERSIONS = 15;
  private static final int METHODID_ADD_REFS = 16;
  private static final int METHODID_DELETE_REFS = 17;
  private static final int METHODID_GET_REFS = 18;
  private static final int METHODID_SUM = 19;

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
        case METHODID_CREATE:
          serviceImpl.create((io.leither.v1.CreateRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CreateResponse>) responseObserver);
          break;
        case METHODID_COMPUTE_ID:
          serviceImpl.computeId((io.leither.v1.ComputeIdRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ComputeIdResponse>) responseObserver);
          break;
        case METHODID_OPEN:
          serviceImpl.open((io.leither.v1.OpenRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.OpenResponse>) responseObserver);
          break;
        case METHODID_CLOSE:
          serviceImpl.close((io.leither.v1.CloseRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CloseResponse>) responseObserver);
          break;
        case METHODID_GET_MI_MEI_INFO:
          serviceImpl.getMiMeiInfo((io.leither.v1.GetMiMeiInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetMiMeiInfoResponse>) responseObserver);
          break;
        case METHODID_HAS_MI_MEI:
          serviceImpl.hasMiMei((io.leither.v1.HasMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HasMiMeiResponse>) responseObserver);
          break;
        case METHODID_LIST_MI_MEI:
          serviceImpl.listMiMei((io.leither.v1.ListMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListMiMeiResponse>) responseObserver);
          break;
        case METHODID_DELETE_MI_MEI:
          serviceImpl.deleteMiMei((io.leither.v1.DeleteMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DeleteMiMeiResponse>) responseObserver);
          break;
        case METHODID_SET_RIGHT:
          serviceImpl.setRight((io.leither.v1.SetRightRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetRightResponse>) responseObserver);
          break;
        case METHODID_GET_RIGHT:
          serviceImpl.getRight((io.leither.v1.GetRightRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetRightResponse>) responseObserver);
          break;
        case METHODID_LIST_RIGHTS:
          serviceImpl.listRights((io.leither.v1.ListRightsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListRightsResponse>) responseObserver);
          break;
        case METHODID_BACKUP:
          serviceImpl.backup((io.leither.v1.BackupRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.BackupResponse>) responseObserver);
          break;
        case METHODID_RELEASE:
          serviceImpl.release((io.leither.v1.ReleaseRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ReleaseResponse>) responseObserver);
          break;
        case METHODID_RESTORE:
          serviceImpl.restore((io.leither.v1.RestoreRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RestoreResponse>) responseObserver);
          break;
        case METHODID_DELETE_VERSIONS:
          serviceImpl.deleteVersions((io.leither.v1.DeleteVersionsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DeleteVersionsResponse>) responseObserver);
          break;
        case METHODID_LIST_VERSIONS:
          serviceImpl.listVersions((io.leither.v1.ListVersionsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListVersionsResponse>) responseObserver);
          break;
        case METHODID_ADD_REFS:
          serviceImpl.addRefs((io.leither.v1.AddRefsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.AddRefsResponse>) responseObserver);
          break;
        case METHODID_DELETE_REFS:
          serviceImpl.deleteRefs((io.leither.v1.DeleteRefsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DeleteRefsResponse>) responseObserver);
          break;
        case METHODID_GET_REFS:
          serviceImpl.getRefs((io.leither.v1.GetRefsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetRefsResponse>) responseObserver);
          break;
        case METHODID_SUM:
          serviceImpl.sum((io.leither.v1.SumRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SumResponse>) responseObserver);
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
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CreateRequest,
              io.leither.v1.CreateResponse>(
                service, METHODID_CREATE)))
        .addMethod(
          getComputeIdMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ComputeIdRequest,
              io.leither.v1.ComputeIdResponse>(
                service, METHODID_COMPUTE_ID)))
        .addMethod(
          getOpenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.OpenRequest,
              io.leither.v1.OpenResponse>(
                service, METHODID_OPEN)))
        .addMethod(
          getCloseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CloseRequest,
              io.leither.v1.CloseResponse>(
                service, METHODID_CLOSE)))
        .addMethod(
          getGetMiMeiInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetMiMeiInfoRequest,
              io.leither.v1.GetMiMeiInfoResponse>(
                service, METHODID_GET_MI_MEI_INFO)))
        .addMethod(
          getHasMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HasMiMeiRequest,
              io.leither.v1.HasMiMeiResponse>(
                service, METHODID_HAS_MI_MEI)))
        .addMethod(
          getListMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListMiMeiRequest,
              io.leither.v1.ListMiMeiResponse>(
                service, METHODID_LIST_MI_MEI)))
        .addMethod(
          getDeleteMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DeleteMiMeiRequest,
              io.leither.v1.DeleteMiMeiResponse>(
                service, METHODID_DELETE_MI_MEI)))
        .addMethod(
          getSetRightMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetRightRequest,
              io.leither.v1.SetRightResponse>(
                service, METHODID_SET_RIGHT)))
        .addMethod(
          getGetRightMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetRightRequest,
              io.leither.v1.GetRightResponse>(
                service, METHODID_GET_RIGHT)))
        .addMethod(
          getListRightsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListRightsRequest,
              io.leither.v1.ListRightsResponse>(
                service, METHODID_LIST_RIGHTS)))
        .addMethod(
          getBackupMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.BackupRequest,
              io.leither.v1.BackupResponse>(
                service, METHODID_BACKUP)))
        .addMethod(
          getReleaseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ReleaseRequest,
              io.leither.v1.ReleaseResponse>(
                service, METHODID_RELEASE)))
        .addMethod(
          getRestoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RestoreRequest,
              io.leither.v1.RestoreResponse>(
                service, METHODID_RESTORE)))
        .addMethod(
          getDeleteVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DeleteVersionsRequest,
              io.leither.v1.DeleteVersionsResponse>(
                service, METHODID_DELETE_VERSIONS)))
        .addMethod(
          getListVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListVersionsRequest,
              io.leither.v1.ListVersionsResponse>(
                service, METHODID_LIST_VERSIONS)))
        .addMethod(
          getAddRefsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.AddRefsRequest,
              io.leither.v1.AddRefsResponse>(
                service, METHODID_ADD_REFS)))
        .addMethod(
          getDeleteRefsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DeleteRefsRequest,
              io.leither.v1.DeleteRefsResponse>(
                service, METHODID_DELETE_REFS)))
        .addMethod(
          getGetRefsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetRefsRequest,
              io.leither.v1.GetRefsResponse>(
                service, METHODID_GET_REFS)))
        .addMethod(
          getSumMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SumRequest,
              io.leither.v1.SumResponse>(
                service, METHODID_SUM)))
        .build();
  }

  private static abstract class MiMeiServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MiMeiServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.MimeiServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MiMeiService");
    }
  }

  private static final class MiMeiServiceFileDescriptorSupplier
      extends MiMeiServiceBaseDescriptorSupplier {
    MiMeiServiceFileDescriptorSupplier() {}
  }

  private static final class MiMeiServiceMethodDescriptorSupplier
      extends MiMeiServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MiMeiServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MiMeiServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MiMeiServiceFileDescriptorSupplier())
              .addMethod(getCreateMethod())
              .addMethod(getComputeIdMethod())
              .addMethod(getOpenMethod())
              .addMethod(getCloseMethod())
              .addMethod(getGetMiMeiInfoMethod())
              .addMethod(getHasMiMeiMethod())
              .addMethod(getListMiMeiMethod())
              .addMethod(getDeleteMiMeiMethod())
              .addMethod(getSetRightMethod())
              .addMethod(getGetRightMethod())
              .addMethod(getListRightsMethod())
              .addMethod(getBackupMethod())
              .addMethod(getReleaseMethod())
              .addMethod(getRestoreMethod())
              .addMethod(getDeleteVersionsMethod())
              .addMethod(getListVersionsMethod())
              .addMethod(getAddRefsMethod())
              .addMethod(getDeleteRefsMethod())
              .addMethod(getGetRefsMethod())
              .addMethod(getSumMethod())
              .build();
        }
      }
    }
    return result;
  }
}
