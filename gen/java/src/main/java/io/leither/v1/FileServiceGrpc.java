package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * FileService reads and writes file content and MiMei file-system trees.
 * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
 * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
 * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
 * Writing needs a handle on `cur` opened with the write right; a handle on any other version
 * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
 * use and are closed with MiMeiService.Close.
 * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
 * equal bytes are stored once and freed when nothing references them. Content that nothing
 * references is kept for at least one hour after it was written, long enough to reference it.
 * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
 * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
 * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
 * fails with OUT_OF_RANGE.
 * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
 * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
 * neither "." nor "..". A trailing '/' is ignored.
 * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
 * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
 * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
 * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
 * of no bytes.
 * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
 * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
 * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
 * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
 * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class FileServiceGrpc {

  private FileServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.FileService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.OpenTempFileRequest,
      io.leither.v1.OpenTempFileResponse> getOpenTempFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OpenTempFile",
      requestType = io.leither.v1.OpenTempFileRequest.class,
      responseType = io.leither.v1.OpenTempFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.OpenTempFileRequest,
      io.leither.v1.OpenTempFileResponse> getOpenTempFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.OpenTempFileRequest, io.leither.v1.OpenTempFileResponse> getOpenTempFileMethod;
    if ((getOpenTempFileMethod = FileServiceGrpc.getOpenTempFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getOpenTempFileMethod = FileServiceGrpc.getOpenTempFileMethod) == null) {
          FileServiceGrpc.getOpenTempFileMethod = getOpenTempFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.OpenTempFileRequest, io.leither.v1.OpenTempFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OpenTempFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenTempFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenTempFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("OpenTempFile"))
              .build();
        }
      }
    }
    return getOpenTempFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.OpenFileRequest,
      io.leither.v1.OpenFileResponse> getOpenFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OpenFile",
      requestType = io.leither.v1.OpenFileRequest.class,
      responseType = io.leither.v1.OpenFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.OpenFileRequest,
      io.leither.v1.OpenFileResponse> getOpenFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.OpenFileRequest, io.leither.v1.OpenFileResponse> getOpenFileMethod;
    if ((getOpenFileMethod = FileServiceGrpc.getOpenFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getOpenFileMethod = FileServiceGrpc.getOpenFileMethod) == null) {
          FileServiceGrpc.getOpenFileMethod = getOpenFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.OpenFileRequest, io.leither.v1.OpenFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OpenFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("OpenFile"))
              .build();
        }
      }
    }
    return getOpenFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.WriteFileRequest,
      io.leither.v1.WriteFileResponse> getWriteFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WriteFile",
      requestType = io.leither.v1.WriteFileRequest.class,
      responseType = io.leither.v1.WriteFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.WriteFileRequest,
      io.leither.v1.WriteFileResponse> getWriteFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.WriteFileRequest, io.leither.v1.WriteFileResponse> getWriteFileMethod;
    if ((getWriteFileMethod = FileServiceGrpc.getWriteFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getWriteFileMethod = FileServiceGrpc.getWriteFileMethod) == null) {
          FileServiceGrpc.getWriteFileMethod = getWriteFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.WriteFileRequest, io.leither.v1.WriteFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WriteFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.WriteFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.WriteFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("WriteFile"))
              .build();
        }
      }
    }
    return getWriteFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ReadFileRequest,
      io.leither.v1.ReadFileResponse> getReadFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadFile",
      requestType = io.leither.v1.ReadFileRequest.class,
      responseType = io.leither.v1.ReadFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ReadFileRequest,
      io.leither.v1.ReadFileResponse> getReadFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ReadFileRequest, io.leither.v1.ReadFileResponse> getReadFileMethod;
    if ((getReadFileMethod = FileServiceGrpc.getReadFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getReadFileMethod = FileServiceGrpc.getReadFileMethod) == null) {
          FileServiceGrpc.getReadFileMethod = getReadFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ReadFileRequest, io.leither.v1.ReadFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReadFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReadFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("ReadFile"))
              .build();
        }
      }
    }
    return getReadFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.TruncateFileRequest,
      io.leither.v1.TruncateFileResponse> getTruncateFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TruncateFile",
      requestType = io.leither.v1.TruncateFileRequest.class,
      responseType = io.leither.v1.TruncateFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.TruncateFileRequest,
      io.leither.v1.TruncateFileResponse> getTruncateFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.TruncateFileRequest, io.leither.v1.TruncateFileResponse> getTruncateFileMethod;
    if ((getTruncateFileMethod = FileServiceGrpc.getTruncateFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getTruncateFileMethod = FileServiceGrpc.getTruncateFileMethod) == null) {
          FileServiceGrpc.getTruncateFileMethod = getTruncateFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.TruncateFileRequest, io.leither.v1.TruncateFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TruncateFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.TruncateFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.TruncateFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("TruncateFile"))
              .build();
        }
      }
    }
    return getTruncateFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetFileSizeRequest,
      io.leither.v1.GetFileSizeResponse> getGetFileSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetFileSize",
      requestType = io.leither.v1.GetFileSizeRequest.class,
      responseType = io.leither.v1.GetFileSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetFileSizeRequest,
      io.leither.v1.GetFileSizeResponse> getGetFileSizeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetFileSizeRequest, io.leither.v1.GetFileSizeResponse> getGetFileSizeMethod;
    if ((getGetFileSizeMethod = FileServiceGrpc.getGetFileSizeMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getGetFileSizeMethod = FileServiceGrpc.getGetFileSizeMethod) == null) {
          FileServiceGrpc.getGetFileSizeMethod = getGetFileSizeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetFileSizeRequest, io.leither.v1.GetFileSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetFileSize"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetFileSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetFileSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("GetFileSize"))
              .build();
        }
      }
    }
    return getGetFileSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.StatFileRequest,
      io.leither.v1.StatFileResponse> getStatFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StatFile",
      requestType = io.leither.v1.StatFileRequest.class,
      responseType = io.leither.v1.StatFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.StatFileRequest,
      io.leither.v1.StatFileResponse> getStatFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.StatFileRequest, io.leither.v1.StatFileResponse> getStatFileMethod;
    if ((getStatFileMethod = FileServiceGrpc.getStatFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getStatFileMethod = FileServiceGrpc.getStatFileMethod) == null) {
          FileServiceGrpc.getStatFileMethod = getStatFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.StatFileRequest, io.leither.v1.StatFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StatFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.StatFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.StatFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("StatFile"))
              .build();
        }
      }
    }
    return getStatFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.FileExistsRequest,
      io.leither.v1.FileExistsResponse> getFileExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FileExists",
      requestType = io.leither.v1.FileExistsRequest.class,
      responseType = io.leither.v1.FileExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.FileExistsRequest,
      io.leither.v1.FileExistsResponse> getFileExistsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.FileExistsRequest, io.leither.v1.FileExistsResponse> getFileExistsMethod;
    if ((getFileExistsMethod = FileServiceGrpc.getFileExistsMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getFileExistsMethod = FileServiceGrpc.getFileExistsMethod) == null) {
          FileServiceGrpc.getFileExistsMethod = getFileExistsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.FileExistsRequest, io.leither.v1.FileExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FileExists"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FileExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FileExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("FileExists"))
              .build();
        }
      }
    }
    return getFileExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetMimeTypeRequest,
      io.leither.v1.GetMimeTypeResponse> getGetMimeTypeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMimeType",
      requestType = io.leither.v1.GetMimeTypeRequest.class,
      responseType = io.leither.v1.GetMimeTypeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetMimeTypeRequest,
      io.leither.v1.GetMimeTypeResponse> getGetMimeTypeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetMimeTypeRequest, io.leither.v1.GetMimeTypeResponse> getGetMimeTypeMethod;
    if ((getGetMimeTypeMethod = FileServiceGrpc.getGetMimeTypeMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getGetMimeTypeMethod = FileServiceGrpc.getGetMimeTypeMethod) == null) {
          FileServiceGrpc.getGetMimeTypeMethod = getGetMimeTypeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetMimeTypeRequest, io.leither.v1.GetMimeTypeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMimeType"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetMimeTypeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetMimeTypeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("GetMimeType"))
              .build();
        }
      }
    }
    return getGetMimeTypeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.FinishTempFileRequest,
      io.leither.v1.FinishTempFileResponse> getFinishTempFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FinishTempFile",
      requestType = io.leither.v1.FinishTempFileRequest.class,
      responseType = io.leither.v1.FinishTempFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.FinishTempFileRequest,
      io.leither.v1.FinishTempFileResponse> getFinishTempFileMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.FinishTempFileRequest, io.leither.v1.FinishTempFileResponse> getFinishTempFileMethod;
    if ((getFinishTempFileMethod = FileServiceGrpc.getFinishTempFileMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getFinishTempFileMethod = FileServiceGrpc.getFinishTempFileMethod) == null) {
          FileServiceGrpc.getFinishTempFileMethod = getFinishTempFileMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.FinishTempFileRequest, io.leither.v1.FinishTempFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FinishTempFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FinishTempFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FinishTempFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("FinishTempFile"))
              .build();
        }
      }
    }
    return getFinishTempFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetObjectRequest,
      io.leither.v1.SetObjectResponse> getSetObjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetObject",
      requestType = io.leither.v1.SetObjectRequest.class,
      responseType = io.leither.v1.SetObjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetObjectRequest,
      io.leither.v1.SetObjectResponse> getSetObjectMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetObjectRequest, io.leither.v1.SetObjectResponse> getSetObjectMethod;
    if ((getSetObjectMethod = FileServiceGrpc.getSetObjectMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getSetObjectMethod = FileServiceGrpc.getSetObjectMethod) == null) {
          FileServiceGrpc.getSetObjectMethod = getSetObjectMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetObjectRequest, io.leither.v1.SetObjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetObject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetObjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetObjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("SetObject"))
              .build();
        }
      }
    }
    return getSetObjectMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetObjectRequest,
      io.leither.v1.GetObjectResponse> getGetObjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetObject",
      requestType = io.leither.v1.GetObjectRequest.class,
      responseType = io.leither.v1.GetObjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetObjectRequest,
      io.leither.v1.GetObjectResponse> getGetObjectMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetObjectRequest, io.leither.v1.GetObjectResponse> getGetObjectMethod;
    if ((getGetObjectMethod = FileServiceGrpc.getGetObjectMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getGetObjectMethod = FileServiceGrpc.getGetObjectMethod) == null) {
          FileServiceGrpc.getGetObjectMethod = getGetObjectMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetObjectRequest, io.leither.v1.GetObjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetObject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetObjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetObjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("GetObject"))
              .build();
        }
      }
    }
    return getGetObjectMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetFileContentRequest,
      io.leither.v1.SetFileContentResponse> getSetFileContentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetFileContent",
      requestType = io.leither.v1.SetFileContentRequest.class,
      responseType = io.leither.v1.SetFileContentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetFileContentRequest,
      io.leither.v1.SetFileContentResponse> getSetFileContentMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetFileContentRequest, io.leither.v1.SetFileContentResponse> getSetFileContentMethod;
    if ((getSetFileContentMethod = FileServiceGrpc.getSetFileContentMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getSetFileContentMethod = FileServiceGrpc.getSetFileContentMethod) == null) {
          FileServiceGrpc.getSetFileContentMethod = getSetFileContentMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetFileContentRequest, io.leither.v1.SetFileContentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetFileContent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetFileContentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetFileContentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("SetFileContent"))
              .build();
        }
      }
    }
    return getSetFileContentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.MakeDirRequest,
      io.leither.v1.MakeDirResponse> getMakeDirMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MakeDir",
      requestType = io.leither.v1.MakeDirRequest.class,
      responseType = io.leither.v1.MakeDirResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.MakeDirRequest,
      io.leither.v1.MakeDirResponse> getMakeDirMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.MakeDirRequest, io.leither.v1.MakeDirResponse> getMakeDirMethod;
    if ((getMakeDirMethod = FileServiceGrpc.getMakeDirMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getMakeDirMethod = FileServiceGrpc.getMakeDirMethod) == null) {
          FileServiceGrpc.getMakeDirMethod = getMakeDirMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.MakeDirRequest, io.leither.v1.MakeDirResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MakeDir"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MakeDirRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MakeDirResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("MakeDir"))
              .build();
        }
      }
    }
    return getMakeDirMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ReadDirRequest,
      io.leither.v1.ReadDirResponse> getReadDirMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadDir",
      requestType = io.leither.v1.ReadDirRequest.class,
      responseType = io.leither.v1.ReadDirResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ReadDirRequest,
      io.leither.v1.ReadDirResponse> getReadDirMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ReadDirRequest, io.leither.v1.ReadDirResponse> getReadDirMethod;
    if ((getReadDirMethod = FileServiceGrpc.getReadDirMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getReadDirMethod = FileServiceGrpc.getReadDirMethod) == null) {
          FileServiceGrpc.getReadDirMethod = getReadDirMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ReadDirRequest, io.leither.v1.ReadDirResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadDir"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReadDirRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReadDirResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("ReadDir"))
              .build();
        }
      }
    }
    return getReadDirMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.FindFilesRequest,
      io.leither.v1.FindFilesResponse> getFindFilesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindFiles",
      requestType = io.leither.v1.FindFilesRequest.class,
      responseType = io.leither.v1.FindFilesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.FindFilesRequest,
      io.leither.v1.FindFilesResponse> getFindFilesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.FindFilesRequest, io.leither.v1.FindFilesResponse> getFindFilesMethod;
    if ((getFindFilesMethod = FileServiceGrpc.getFindFilesMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getFindFilesMethod = FileServiceGrpc.getFindFilesMethod) == null) {
          FileServiceGrpc.getFindFilesMethod = getFindFilesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.FindFilesRequest, io.leither.v1.FindFilesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindFiles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindFilesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindFilesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("FindFiles"))
              .build();
        }
      }
    }
    return getFindFilesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CopyPathRequest,
      io.leither.v1.CopyPathResponse> getCopyPathMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CopyPath",
      requestType = io.leither.v1.CopyPathRequest.class,
      responseType = io.leither.v1.CopyPathResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CopyPathRequest,
      io.leither.v1.CopyPathResponse> getCopyPathMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CopyPathRequest, io.leither.v1.CopyPathResponse> getCopyPathMethod;
    if ((getCopyPathMethod = FileServiceGrpc.getCopyPathMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getCopyPathMethod = FileServiceGrpc.getCopyPathMethod) == null) {
          FileServiceGrpc.getCopyPathMethod = getCopyPathMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CopyPathRequest, io.leither.v1.CopyPathResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CopyPath"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CopyPathRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CopyPathResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("CopyPath"))
              .build();
        }
      }
    }
    return getCopyPathMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.MovePathRequest,
      io.leither.v1.MovePathResponse> getMovePathMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MovePath",
      requestType = io.leither.v1.MovePathRequest.class,
      responseType = io.leither.v1.MovePathResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.MovePathRequest,
      io.leither.v1.MovePathResponse> getMovePathMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.MovePathRequest, io.leither.v1.MovePathResponse> getMovePathMethod;
    if ((getMovePathMethod = FileServiceGrpc.getMovePathMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getMovePathMethod = FileServiceGrpc.getMovePathMethod) == null) {
          FileServiceGrpc.getMovePathMethod = getMovePathMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.MovePathRequest, io.leither.v1.MovePathResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MovePath"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MovePathRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MovePathResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("MovePath"))
              .build();
        }
      }
    }
    return getMovePathMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RemovePathRequest,
      io.leither.v1.RemovePathResponse> getRemovePathMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemovePath",
      requestType = io.leither.v1.RemovePathRequest.class,
      responseType = io.leither.v1.RemovePathResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RemovePathRequest,
      io.leither.v1.RemovePathResponse> getRemovePathMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RemovePathRequest, io.leither.v1.RemovePathResponse> getRemovePathMethod;
    if ((getRemovePathMethod = FileServiceGrpc.getRemovePathMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getRemovePathMethod = FileServiceGrpc.getRemovePathMethod) == null) {
          FileServiceGrpc.getRemovePathMethod = getRemovePathMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RemovePathRequest, io.leither.v1.RemovePathResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemovePath"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemovePathRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemovePathResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("RemovePath"))
              .build();
        }
      }
    }
    return getRemovePathMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RemoveAllRequest,
      io.leither.v1.RemoveAllResponse> getRemoveAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveAll",
      requestType = io.leither.v1.RemoveAllRequest.class,
      responseType = io.leither.v1.RemoveAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RemoveAllRequest,
      io.leither.v1.RemoveAllResponse> getRemoveAllMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RemoveAllRequest, io.leither.v1.RemoveAllResponse> getRemoveAllMethod;
    if ((getRemoveAllMethod = FileServiceGrpc.getRemoveAllMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getRemoveAllMethod = FileServiceGrpc.getRemoveAllMethod) == null) {
          FileServiceGrpc.getRemoveAllMethod = getRemoveAllMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RemoveAllRequest, io.leither.v1.RemoveAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveAll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("RemoveAll"))
              .build();
        }
      }
    }
    return getRemoveAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DiffTreeRequest,
      io.leither.v1.DiffTreeResponse> getDiffTreeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DiffTree",
      requestType = io.leither.v1.DiffTreeRequest.class,
      responseType = io.leither.v1.DiffTreeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DiffTreeRequest,
      io.leither.v1.DiffTreeResponse> getDiffTreeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DiffTreeRequest, io.leither.v1.DiffTreeResponse> getDiffTreeMethod;
    if ((getDiffTreeMethod = FileServiceGrpc.getDiffTreeMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getDiffTreeMethod = FileServiceGrpc.getDiffTreeMethod) == null) {
          FileServiceGrpc.getDiffTreeMethod = getDiffTreeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DiffTreeRequest, io.leither.v1.DiffTreeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DiffTree"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DiffTreeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DiffTreeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("DiffTree"))
              .build();
        }
      }
    }
    return getDiffTreeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UploadRequest,
      io.leither.v1.UploadResponse> getUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Upload",
      requestType = io.leither.v1.UploadRequest.class,
      responseType = io.leither.v1.UploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<io.leither.v1.UploadRequest,
      io.leither.v1.UploadResponse> getUploadMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UploadRequest, io.leither.v1.UploadResponse> getUploadMethod;
    if ((getUploadMethod = FileServiceGrpc.getUploadMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getUploadMethod = FileServiceGrpc.getUploadMethod) == null) {
          FileServiceGrpc.getUploadMethod = getUploadMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UploadRequest, io.leither.v1.UploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Upload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("Upload"))
              .build();
        }
      }
    }
    return getUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DownloadRequest,
      io.leither.v1.DownloadResponse> getDownloadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Download",
      requestType = io.leither.v1.DownloadRequest.class,
      responseType = io.leither.v1.DownloadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.leither.v1.DownloadRequest,
      io.leither.v1.DownloadResponse> getDownloadMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DownloadRequest, io.leither.v1.DownloadResponse> getDownloadMethod;
    if ((getDownloadMethod = FileServiceGrpc.getDownloadMethod) == null) {
      synchronized (FileServiceGrpc.class) {
        if ((getDownloadMethod = FileServiceGrpc.getDownloadMethod) == null) {
          FileServiceGrpc.getDownloadMethod = getDownloadMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DownloadRequest, io.leither.v1.DownloadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Download"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DownloadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DownloadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new FileServiceMethodDescriptorSupplier("Download"))
              .build();
        }
      }
    }
    return getDownloadMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static FileServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FileServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FileServiceStub>() {
        @java.lang.Override
        public FileServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FileServiceStub(channel, callOptions);
        }
      };
    return FileServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static FileServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FileServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FileServiceBlockingV2Stub>() {
        @java.lang.Override
        public FileServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FileServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return FileServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static FileServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FileServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FileServiceBlockingStub>() {
        @java.lang.Override
        public FileServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FileServiceBlockingStub(channel, callOptions);
        }
      };
    return FileServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static FileServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<FileServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<FileServiceFutureStub>() {
        @java.lang.Override
        public FileServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new FileServiceFutureStub(channel, callOptions);
        }
      };
    return FileServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * FileService reads and writes file content and MiMei file-system trees.
   * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
   * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
   * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
   * Writing needs a handle on `cur` opened with the write right; a handle on any other version
   * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
   * use and are closed with MiMeiService.Close.
   * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
   * equal bytes are stored once and freed when nothing references them. Content that nothing
   * references is kept for at least one hour after it was written, long enough to reference it.
   * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
   * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
   * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
   * fails with OUT_OF_RANGE.
   * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
   * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
   * neither "." nor "..". A trailing '/' is ignored.
   * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
   * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
   * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
   * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
   * of no bytes.
   * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
   * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
   * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
   * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
   * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * OpenTempFile creates an empty, writable scratch file that belongs to the caller. It needs no
     * MiMei; FinishTempFile turns it into content-addressed content. An unfinished temp file is
     * deleted when its handle expires.
     * </pre>
     */
    default void openTempFile(io.leither.v1.OpenTempFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenTempFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOpenTempFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * OpenFile opens a file inside a tree, a content-addressed file referenced by a MiMei version,
     * or a file named by a MiMei URL, and returns a file handle.
     * </pre>
     */
    default void openFile(io.leither.v1.OpenFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOpenFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * WriteFile writes bytes at an offset (see Offsets), extending the file as needed. At most
     * 4 MiB per call; use Upload for more.
     * </pre>
     */
    default void writeFile(io.leither.v1.WriteFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.WriteFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWriteFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * ReadFile reads bytes at an offset (see Offsets). At most 4 MiB per call; use Download for
     * more.
     * </pre>
     */
    default void readFile(io.leither.v1.ReadFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReadFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * TruncateFile sets the length of a writable file, cutting it or padding it with zero bytes.
     * </pre>
     */
    default void truncateFile(io.leither.v1.TruncateFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.TruncateFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTruncateFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetFileSize returns the length of a file in bytes.
     * </pre>
     */
    default void getFileSize(io.leither.v1.GetFileSizeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetFileSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetFileSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * StatFile describes the file behind a file handle, or an entry of a tree by path.
     * </pre>
     */
    default void statFile(io.leither.v1.StatFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.StatFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStatFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * FileExists tells whether a path exists in a tree, or whether a content hash is stored and
     * referenced by the MiMei version behind a handle. Missing things are not errors here.
     * </pre>
     */
    default void fileExists(io.leither.v1.FileExistsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FileExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFileExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMimeType returns the MIME type of a file, from its name and its first bytes.
     * </pre>
     */
    default void getMimeType(io.leither.v1.GetMimeTypeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetMimeTypeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMimeTypeMethod(), responseObserver);
    }

    /**
     * <pre>
     * FinishTempFile freezes a temp file into content-addressed content, optionally placing it (as
     * a reference, as a file MiMei's content, or as a file in a tree). The temp handle stops
     * working.
     * </pre>
     */
    default void finishTempFile(io.leither.v1.FinishTempFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FinishTempFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFinishTempFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetObject replaces the content of a writable file with a JSON value (stored as compact
     * UTF-8 JSON with keys in sorted order, MIME type application/json).
     * </pre>
     */
    default void setObject(io.leither.v1.SetObjectRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetObjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetObjectMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetObject reads the content of a file as a JSON value. Fails with FAILED_PRECONDITION,
     * reason NOT_JSON, when the content does not parse.
     * </pre>
     */
    default void getObject(io.leither.v1.GetObjectRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetObjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetObjectMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetFileContent makes already stored content (by content hash) the `cur` content of a FILE
     * MiMei, without sending the bytes again.
     * </pre>
     */
    default void setFileContent(io.leither.v1.SetFileContentRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetFileContentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetFileContentMethod(), responseObserver);
    }

    /**
     * <pre>
     * MakeDir creates a directory in a tree.
     * </pre>
     */
    default void makeDir(io.leither.v1.MakeDirRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MakeDirResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMakeDirMethod(), responseObserver);
    }

    /**
     * <pre>
     * ReadDir lists a directory of a tree, sorted by name.
     * </pre>
     */
    default void readDir(io.leither.v1.ReadDirRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReadDirResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadDirMethod(), responseObserver);
    }

    /**
     * <pre>
     * FindFiles searches a tree below a directory for entries with a given name or whose path
     * matches a glob pattern.
     * </pre>
     */
    default void findFiles(io.leither.v1.FindFilesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindFilesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindFilesMethod(), responseObserver);
    }

    /**
     * <pre>
     * CopyPath copies a file or a directory (recursively) into a tree, from the same tree or from
     * any version of another tree the caller may read. Content is shared, not duplicated.
     * </pre>
     */
    default void copyPath(io.leither.v1.CopyPathRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CopyPathResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCopyPathMethod(), responseObserver);
    }

    /**
     * <pre>
     * MovePath renames or moves a file or directory within a tree.
     * </pre>
     */
    default void movePath(io.leither.v1.MovePathRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MovePathResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMovePathMethod(), responseObserver);
    }

    /**
     * <pre>
     * RemovePath removes a file or an empty directory. A non-empty directory fails with
     * FAILED_PRECONDITION, reason DIRECTORY_NOT_EMPTY.
     * </pre>
     */
    default void removePath(io.leither.v1.RemovePathRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemovePathResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemovePathMethod(), responseObserver);
    }

    /**
     * <pre>
     * RemoveAll removes a path and everything below it. A missing path is not an error.
     * </pre>
     */
    default void removeAll(io.leither.v1.RemoveAllRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * DiffTree lists the paths that differ between two versions of a tree, descending only into
     * directories whose digests differ.
     * </pre>
     */
    default void diffTree(io.leither.v1.DiffTreeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DiffTreeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDiffTreeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Upload sends content in a client stream: the first message carries an UploadHeader, every
     * later one a chunk (at most 4 MiB each; 256 KiB to 1 MiB is a good size). The content is
     * stored under its hash and placed as the header's target says.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.leither.v1.UploadRequest> upload(
        io.grpc.stub.StreamObserver<io.leither.v1.UploadResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Download streams a file or a range of it: a DownloadHeader first, then the chunks in order.
     * </pre>
     */
    default void download(io.leither.v1.DownloadRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DownloadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDownloadMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service FileService.
   * <pre>
   * FileService reads and writes file content and MiMei file-system trees.
   * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
   * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
   * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
   * Writing needs a handle on `cur` opened with the write right; a handle on any other version
   * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
   * use and are closed with MiMeiService.Close.
   * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
   * equal bytes are stored once and freed when nothing references them. Content that nothing
   * references is kept for at least one hour after it was written, long enough to reference it.
   * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
   * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
   * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
   * fails with OUT_OF_RANGE.
   * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
   * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
   * neither "." nor "..". A trailing '/' is ignored.
   * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
   * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
   * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
   * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
   * of no bytes.
   * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
   * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
   * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
   * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
   * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
   * </pre>
   */
  public static abstract class FileServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return FileServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service FileService.
   * <pre>
   * FileService reads and writes file content and MiMei file-system trees.
   * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
   * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
   * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
   * Writing needs a handle on `cur` opened with the write right; a handle on any other version
   * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
   * use and are closed with MiMeiService.Close.
   * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
   * equal bytes are stored once and freed when nothing references them. Content that nothing
   * references is kept for at least one hour after it was written, long enough to reference it.
   * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
   * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
   * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
   * fails with OUT_OF_RANGE.
   * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
   * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
   * neither "." nor "..". A trailing '/' is ignored.
   * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
   * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
   * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
   * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
   * of no bytes.
   * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
   * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
   * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
   * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
   * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
   * </pre>
   */
  public static final class FileServiceStub
      extends io.grpc.stub.AbstractAsyncStub<FileServiceStub> {
    private FileServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FileServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FileServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * OpenTempFile creates an empty, writable scratch file that belongs to the caller. It needs no
     * MiMei; FinishTempFile turns it into content-addressed content. An unfinished temp file is
     * deleted when its handle expires.
     * </pre>
     */
    public void openTempFile(io.leither.v1.OpenTempFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenTempFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOpenTempFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * OpenFile opens a file inside a tree, a content-addressed file referenced by a MiMei version,
     * or a file named by a MiMei URL, and returns a file handle.
     * </pre>
     */
    public void openFile(io.leither.v1.OpenFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOpenFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * WriteFile writes bytes at an offset (see Offsets), extending the file as needed. At most
     * 4 MiB per call; use Upload for more.
     * </pre>
     */
    public void writeFile(io.leither.v1.WriteFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.WriteFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWriteFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ReadFile reads bytes at an offset (see Offsets). At most 4 MiB per call; use Download for
     * more.
     * </pre>
     */
    public void readFile(io.leither.v1.ReadFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReadFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReadFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * TruncateFile sets the length of a writable file, cutting it or padding it with zero bytes.
     * </pre>
     */
    public void truncateFile(io.leither.v1.TruncateFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.TruncateFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTruncateFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetFileSize returns the length of a file in bytes.
     * </pre>
     */
    public void getFileSize(io.leither.v1.GetFileSizeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetFileSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetFileSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * StatFile describes the file behind a file handle, or an entry of a tree by path.
     * </pre>
     */
    public void statFile(io.leither.v1.StatFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.StatFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStatFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FileExists tells whether a path exists in a tree, or whether a content hash is stored and
     * referenced by the MiMei version behind a handle. Missing things are not errors here.
     * </pre>
     */
    public void fileExists(io.leither.v1.FileExistsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FileExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFileExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetMimeType returns the MIME type of a file, from its name and its first bytes.
     * </pre>
     */
    public void getMimeType(io.leither.v1.GetMimeTypeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetMimeTypeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMimeTypeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FinishTempFile freezes a temp file into content-addressed content, optionally placing it (as
     * a reference, as a file MiMei's content, or as a file in a tree). The temp handle stops
     * working.
     * </pre>
     */
    public void finishTempFile(io.leither.v1.FinishTempFileRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FinishTempFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFinishTempFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetObject replaces the content of a writable file with a JSON value (stored as compact
     * UTF-8 JSON with keys in sorted order, MIME type application/json).
     * </pre>
     */
    public void setObject(io.leither.v1.SetObjectRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetObjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetObjectMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetObject reads the content of a file as a JSON value. Fails with FAILED_PRECONDITION,
     * reason NOT_JSON, when the content does not parse.
     * </pre>
     */
    public void getObject(io.leither.v1.GetObjectRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetObjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetObjectMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetFileContent makes already stored content (by content hash) the `cur` content of a FILE
     * MiMei, without sending the bytes again.
     * </pre>
     */
    public void setFileContent(io.leither.v1.SetFileContentRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetFileContentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetFileContentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MakeDir creates a directory in a tree.
     * </pre>
     */
    public void makeDir(io.leither.v1.MakeDirRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MakeDirResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMakeDirMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ReadDir lists a directory of a tree, sorted by name.
     * </pre>
     */
    public void readDir(io.leither.v1.ReadDirRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReadDirResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReadDirMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FindFiles searches a tree below a directory for entries with a given name or whose path
     * matches a glob pattern.
     * </pre>
     */
    public void findFiles(io.leither.v1.FindFilesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindFilesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindFilesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CopyPath copies a file or a directory (recursively) into a tree, from the same tree or from
     * any version of another tree the caller may read. Content is shared, not duplicated.
     * </pre>
     */
    public void copyPath(io.leither.v1.CopyPathRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CopyPathResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCopyPathMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MovePath renames or moves a file or directory within a tree.
     * </pre>
     */
    public void movePath(io.leither.v1.MovePathRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MovePathResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMovePathMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RemovePath removes a file or an empty directory. A non-empty directory fails with
     * FAILED_PRECONDITION, reason DIRECTORY_NOT_EMPTY.
     * </pre>
     */
    public void removePath(io.leither.v1.RemovePathRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemovePathResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemovePathMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RemoveAll removes a path and everything below it. A missing path is not an error.
     * </pre>
     */
    public void removeAll(io.leither.v1.RemoveAllRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DiffTree lists the paths that differ between two versions of a tree, descending only into
     * directories whose digests differ.
     * </pre>
     */
    public void diffTree(io.leither.v1.DiffTreeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DiffTreeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDiffTreeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Upload sends content in a client stream: the first message carries an UploadHeader, every
     * later one a chunk (at most 4 MiB each; 256 KiB to 1 MiB is a good size). The content is
     * stored under its hash and placed as the header's target says.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.leither.v1.UploadRequest> upload(
        io.grpc.stub.StreamObserver<io.leither.v1.UploadResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getUploadMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Download streams a file or a range of it: a DownloadHeader first, then the chunks in order.
     * </pre>
     */
    public void download(io.leither.v1.DownloadRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DownloadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getDownloadMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service FileService.
   * <pre>
   * FileService reads and writes file content and MiMei file-system trees.
   * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
   * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
   * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
   * Writing needs a handle on `cur` opened with the write right; a handle on any other version
   * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
   * use and are closed with MiMeiService.Close.
   * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
   * equal bytes are stored once and freed when nothing references them. Content that nothing
   * references is kept for at least one hour after it was written, long enough to reference it.
   * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
   * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
   * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
   * fails with OUT_OF_RANGE.
   * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
   * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
   * neither "." nor "..". A trailing '/' is ignored.
   * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
   * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
   * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
   * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
   * of no bytes.
   * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
   * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
   * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
   * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
   * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
   * </pre>
   */
  public static final class FileServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<FileServiceBlockingV2Stub> {
    private FileServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FileServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FileServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * OpenTempFile creates an empty, writable scratch file that belongs to the caller. It needs no
     * MiMei; FinishTempFile turns it into content-addressed content. An unfinished temp file is
     * deleted when its handle expires.
     * </pre>
     */
    public io.leither.v1.OpenTempFileResponse openTempFile(io.leither.v1.OpenTempFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOpenTempFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * OpenFile opens a file inside a tree, a content-addressed file referenced by a MiMei version,
     * or a file named by a MiMei URL, and returns a file handle.
     * </pre>
     */
    public io.leither.v1.OpenFileResponse openFile(io.leither.v1.OpenFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOpenFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * WriteFile writes bytes at an offset (see Offsets), extending the file as needed. At most
     * 4 MiB per call; use Upload for more.
     * </pre>
     */
    public io.leither.v1.WriteFileResponse writeFile(io.leither.v1.WriteFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getWriteFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadFile reads bytes at an offset (see Offsets). At most 4 MiB per call; use Download for
     * more.
     * </pre>
     */
    public io.leither.v1.ReadFileResponse readFile(io.leither.v1.ReadFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReadFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TruncateFile sets the length of a writable file, cutting it or padding it with zero bytes.
     * </pre>
     */
    public io.leither.v1.TruncateFileResponse truncateFile(io.leither.v1.TruncateFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTruncateFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetFileSize returns the length of a file in bytes.
     * </pre>
     */
    public io.leither.v1.GetFileSizeResponse getFileSize(io.leither.v1.GetFileSizeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetFileSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * StatFile describes the file behind a file handle, or an entry of a tree by path.
     * </pre>
     */
    public io.leither.v1.StatFileResponse statFile(io.leither.v1.StatFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStatFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FileExists tells whether a path exists in a tree, or whether a content hash is stored and
     * referenced by the MiMei version behind a handle. Missing things are not errors here.
     * </pre>
     */
    public io.leither.v1.FileExistsResponse fileExists(io.leither.v1.FileExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFileExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMimeType returns the MIME type of a file, from its name and its first bytes.
     * </pre>
     */
    public io.leither.v1.GetMimeTypeResponse getMimeType(io.leither.v1.GetMimeTypeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMimeTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FinishTempFile freezes a temp file into content-addressed content, optionally placing it (as
     * a reference, as a file MiMei's content, or as a file in a tree). The temp handle stops
     * working.
     * </pre>
     */
    public io.leither.v1.FinishTempFileResponse finishTempFile(io.leither.v1.FinishTempFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFinishTempFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetObject replaces the content of a writable file with a JSON value (stored as compact
     * UTF-8 JSON with keys in sorted order, MIME type application/json).
     * </pre>
     */
    public io.leither.v1.SetObjectResponse setObject(io.leither.v1.SetObjectRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetObjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetObject reads the content of a file as a JSON value. Fails with FAILED_PRECONDITION,
     * reason NOT_JSON, when the content does not parse.
     * </pre>
     */
    public io.leither.v1.GetObjectResponse getObject(io.leither.v1.GetObjectRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetObjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetFileContent makes already stored content (by content hash) the `cur` content of a FILE
     * MiMei, without sending the bytes again.
     * </pre>
     */
    public io.leither.v1.SetFileContentResponse setFileContent(io.leither.v1.SetFileContentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetFileContentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MakeDir creates a directory in a tree.
     * </pre>
     */
    public io.leither.v1.MakeDirResponse makeDir(io.leither.v1.MakeDirRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMakeDirMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadDir lists a directory of a tree, sorted by name.
     * </pre>
     */
    public io.leither.v1.ReadDirResponse readDir(io.leither.v1.ReadDirRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReadDirMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindFiles searches a tree below a directory for entries with a given name or whose path
     * matches a glob pattern.
     * </pre>
     */
    public io.leither.v1.FindFilesResponse findFiles(io.leither.v1.FindFilesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindFilesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CopyPath copies a file or a directory (recursively) into a tree, from the same tree or from
     * any version of another tree the caller may read. Content is shared, not duplicated.
     * </pre>
     */
    public io.leither.v1.CopyPathResponse copyPath(io.leither.v1.CopyPathRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCopyPathMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MovePath renames or moves a file or directory within a tree.
     * </pre>
     */
    public io.leither.v1.MovePathResponse movePath(io.leither.v1.MovePathRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMovePathMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemovePath removes a file or an empty directory. A non-empty directory fails with
     * FAILED_PRECONDITION, reason DIRECTORY_NOT_EMPTY.
     * </pre>
     */
    public io.leither.v1.RemovePathResponse removePath(io.leither.v1.RemovePathRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemovePathMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveAll removes a path and everything below it. A missing path is not an error.
     * </pre>
     */
    public io.leither.v1.RemoveAllResponse removeAll(io.leither.v1.RemoveAllRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DiffTree lists the paths that differ between two versions of a tree, descending only into
     * directories whose digests differ.
     * </pre>
     */
    public io.leither.v1.DiffTreeResponse diffTree(io.leither.v1.DiffTreeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDiffTreeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Upload sends content in a client stream: the first message carries an UploadHeader, every
     * later one a chunk (at most 4 MiB each; 256 KiB to 1 MiB is a good size). The content is
     * stored under its hash and placed as the header's target says.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.leither.v1.UploadRequest, io.leither.v1.UploadResponse>
        upload() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getUploadMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Download streams a file or a range of it: a DownloadHeader first, then the chunks in order.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.leither.v1.DownloadResponse>
        download(io.leither.v1.DownloadRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getDownloadMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service FileService.
   * <pre>
   * FileService reads and writes file content and MiMei file-system trees.
   * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
   * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
   * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
   * Writing needs a handle on `cur` opened with the write right; a handle on any other version
   * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
   * use and are closed with MiMeiService.Close.
   * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
   * equal bytes are stored once and freed when nothing references them. Content that nothing
   * references is kept for at least one hour after it was written, long enough to reference it.
   * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
   * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
   * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
   * fails with OUT_OF_RANGE.
   * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
   * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
   * neither "." nor "..". A trailing '/' is ignored.
   * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
   * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
   * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
   * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
   * of no bytes.
   * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
   * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
   * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
   * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
   * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
   * </pre>
   */
  public static final class FileServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<FileServiceBlockingStub> {
    private FileServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FileServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FileServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * OpenTempFile creates an empty, writable scratch file that belongs to the caller. It needs no
     * MiMei; FinishTempFile turns it into content-addressed content. An unfinished temp file is
     * deleted when its handle expires.
     * </pre>
     */
    public io.leither.v1.OpenTempFileResponse openTempFile(io.leither.v1.OpenTempFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOpenTempFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * OpenFile opens a file inside a tree, a content-addressed file referenced by a MiMei version,
     * or a file named by a MiMei URL, and returns a file handle.
     * </pre>
     */
    public io.leither.v1.OpenFileResponse openFile(io.leither.v1.OpenFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOpenFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * WriteFile writes bytes at an offset (see Offsets), extending the file as needed. At most
     * 4 MiB per call; use Upload for more.
     * </pre>
     */
    public io.leither.v1.WriteFileResponse writeFile(io.leither.v1.WriteFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWriteFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadFile reads bytes at an offset (see Offsets). At most 4 MiB per call; use Download for
     * more.
     * </pre>
     */
    public io.leither.v1.ReadFileResponse readFile(io.leither.v1.ReadFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReadFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TruncateFile sets the length of a writable file, cutting it or padding it with zero bytes.
     * </pre>
     */
    public io.leither.v1.TruncateFileResponse truncateFile(io.leither.v1.TruncateFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTruncateFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetFileSize returns the length of a file in bytes.
     * </pre>
     */
    public io.leither.v1.GetFileSizeResponse getFileSize(io.leither.v1.GetFileSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetFileSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * StatFile describes the file behind a file handle, or an entry of a tree by path.
     * </pre>
     */
    public io.leither.v1.StatFileResponse statFile(io.leither.v1.StatFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStatFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FileExists tells whether a path exists in a tree, or whether a content hash is stored and
     * referenced by the MiMei version behind a handle. Missing things are not errors here.
     * </pre>
     */
    public io.leither.v1.FileExistsResponse fileExists(io.leither.v1.FileExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFileExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMimeType returns the MIME type of a file, from its name and its first bytes.
     * </pre>
     */
    public io.leither.v1.GetMimeTypeResponse getMimeType(io.leither.v1.GetMimeTypeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMimeTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FinishTempFile freezes a temp file into content-addressed content, optionally placing it (as
     * a reference, as a file MiMei's content, or as a file in a tree). The temp handle stops
     * working.
     * </pre>
     */
    public io.leither.v1.FinishTempFileResponse finishTempFile(io.leither.v1.FinishTempFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFinishTempFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetObject replaces the content of a writable file with a JSON value (stored as compact
     * UTF-8 JSON with keys in sorted order, MIME type application/json).
     * </pre>
     */
    public io.leither.v1.SetObjectResponse setObject(io.leither.v1.SetObjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetObjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetObject reads the content of a file as a JSON value. Fails with FAILED_PRECONDITION,
     * reason NOT_JSON, when the content does not parse.
     * </pre>
     */
    public io.leither.v1.GetObjectResponse getObject(io.leither.v1.GetObjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetObjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetFileContent makes already stored content (by content hash) the `cur` content of a FILE
     * MiMei, without sending the bytes again.
     * </pre>
     */
    public io.leither.v1.SetFileContentResponse setFileContent(io.leither.v1.SetFileContentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetFileContentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MakeDir creates a directory in a tree.
     * </pre>
     */
    public io.leither.v1.MakeDirResponse makeDir(io.leither.v1.MakeDirRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMakeDirMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadDir lists a directory of a tree, sorted by name.
     * </pre>
     */
    public io.leither.v1.ReadDirResponse readDir(io.leither.v1.ReadDirRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReadDirMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindFiles searches a tree below a directory for entries with a given name or whose path
     * matches a glob pattern.
     * </pre>
     */
    public io.leither.v1.FindFilesResponse findFiles(io.leither.v1.FindFilesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindFilesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CopyPath copies a file or a directory (recursively) into a tree, from the same tree or from
     * any version of another tree the caller may read. Content is shared, not duplicated.
     * </pre>
     */
    public io.leither.v1.CopyPathResponse copyPath(io.leither.v1.CopyPathRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCopyPathMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MovePath renames or moves a file or directory within a tree.
     * </pre>
     */
    public io.leither.v1.MovePathResponse movePath(io.leither.v1.MovePathRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMovePathMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemovePath removes a file or an empty directory. A non-empty directory fails with
     * FAILED_PRECONDITION, reason DIRECTORY_NOT_EMPTY.
     * </pre>
     */
    public io.leither.v1.RemovePathResponse removePath(io.leither.v1.RemovePathRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemovePathMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveAll removes a path and everything below it. A missing path is not an error.
     * </pre>
     */
    public io.leither.v1.RemoveAllResponse removeAll(io.leither.v1.RemoveAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DiffTree lists the paths that differ between two versions of a tree, descending only into
     * directories whose digests differ.
     * </pre>
     */
    public io.leither.v1.DiffTreeResponse diffTree(io.leither.v1.DiffTreeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDiffTreeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Download streams a file or a range of it: a DownloadHeader first, then the chunks in order.
     * </pre>
     */
    public java.util.Iterator<io.leither.v1.DownloadResponse> download(
        io.leither.v1.DownloadRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getDownloadMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service FileService.
   * <pre>
   * FileService reads and writes file content and MiMei file-system trees.
   * Handles. A *file handle* is one of: a handle on a FILE MiMei from MiMeiService.Open; a handle
   * from OpenFile (a file inside a tree, or a content-addressed file); a temp-file handle from
   * OpenTempFile. A *tree handle* is a handle from MiMeiService.Open on an MMFS or APP MiMei.
   * Writing needs a handle on `cur` opened with the write right; a handle on any other version
   * only reads (FAILED_PRECONDITION, reason VERSION_FROZEN). Handles expire after a period without
   * use and are closed with MiMeiService.Close.
   * Content hashes. Stored bytes are addressed by their lowercase hex SHA-256 ("content hash");
   * equal bytes are stored once and freed when nothing references them. Content that nothing
   * references is kept for at least one hour after it was written, long enough to reference it.
   * Offsets. A non-negative offset counts from the start of the file. A negative offset counts
   * from the end: the position is size + 1 + offset, so -1 is the end of the file (a write there
   * appends), -2 is the last byte, and -11 reads the last 10 bytes. A position before the start
   * fails with OUT_OF_RANGE.
   * Paths. Paths inside a tree are absolute and '/'-separated ("/docs/a.txt"); "" and "/" are the
   * root. A name is 1 to 255 bytes of UTF-8 without '/', NUL or other control characters, and is
   * neither "." nor "..". A trailing '/' is ignored.
   * Directory digests. A directory's digest is the lowercase hex SHA-256 of one line per entry,
   * sorted by the bytes of the name: "f &lt;content hash&gt; &lt;name&gt;&#92;n" for a file and
   * "d &lt;digest&gt; &lt;name&gt;&#92;n" for a directory. Equal digests mean equal trees, so replicas compare
   * roots and descend only where digests differ. The digest of an empty directory is the SHA-256
   * of no bytes.
   * Replaces the original MFOpenByPath, MFOpenMacFile, MFOpenTempFile, MFTemp2MacFile,
   * MFTemp2Files, MFSetCid, MFSetObject, MFGetObject, MFSetData, MFGetData, MFGetSize,
   * MFGetMimeType, MFStat, MFIsExist, MFReaddir, MFTruncate, MMOpenUrl, FSFind, FSMkDir, FSStat,
   * FSCopy, FSRename, FSRemoveAll, Files*, MFLs, MFCopy, MFMkdir and the CLI `mimei setdata`,
   * `mimei add`, `mimei get`, `mimei ls`, `mimei cp`.
   * </pre>
   */
  public static final class FileServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<FileServiceFutureStub> {
    private FileServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected FileServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new FileServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * OpenTempFile creates an empty, writable scratch file that belongs to the caller. It needs no
     * MiMei; FinishTempFile turns it into content-addressed content. An unfinished temp file is
     * deleted when its handle expires.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.OpenTempFileResponse> openTempFile(
        io.leither.v1.OpenTempFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOpenTempFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * OpenFile opens a file inside a tree, a content-addressed file referenced by a MiMei version,
     * or a file named by a MiMei URL, and returns a file handle.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.OpenFileResponse> openFile(
        io.leither.v1.OpenFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOpenFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * WriteFile writes bytes at an offset (see Offsets), extending the file as needed. At most
     * 4 MiB per call; use Upload for more.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.WriteFileResponse> writeFile(
        io.leither.v1.WriteFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWriteFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ReadFile reads bytes at an offset (see Offsets). At most 4 MiB per call; use Download for
     * more.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ReadFileResponse> readFile(
        io.leither.v1.ReadFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReadFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * TruncateFile sets the length of a writable file, cutting it or padding it with zero bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.TruncateFileResponse> truncateFile(
        io.leither.v1.TruncateFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTruncateFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetFileSize returns the length of a file in bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetFileSizeResponse> getFileSize(
        io.leither.v1.GetFileSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetFileSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * StatFile describes the file behind a file handle, or an entry of a tree by path.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.StatFileResponse> statFile(
        io.leither.v1.StatFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStatFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FileExists tells whether a path exists in a tree, or whether a content hash is stored and
     * referenced by the MiMei version behind a handle. Missing things are not errors here.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.FileExistsResponse> fileExists(
        io.leither.v1.FileExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFileExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMimeType returns the MIME type of a file, from its name and its first bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetMimeTypeResponse> getMimeType(
        io.leither.v1.GetMimeTypeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMimeTypeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FinishTempFile freezes a temp file into content-addressed content, optionally placing it (as
     * a reference, as a file MiMei's content, or as a file in a tree). The temp handle stops
     * working.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.FinishTempFileResponse> finishTempFile(
        io.leither.v1.FinishTempFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFinishTempFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetObject replaces the content of a writable file with a JSON value (stored as compact
     * UTF-8 JSON with keys in sorted order, MIME type application/json).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetObjectResponse> setObject(
        io.leither.v1.SetObjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetObjectMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetObject reads the content of a file as a JSON value. Fails with FAILED_PRECONDITION,
     * reason NOT_JSON, when the content does not parse.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetObjectResponse> getObject(
        io.leither.v1.GetObjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetObjectMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetFileContent makes already stored content (by content hash) the `cur` content of a FILE
     * MiMei, without sending the bytes again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetFileContentResponse> setFileContent(
        io.leither.v1.SetFileContentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetFileContentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MakeDir creates a directory in a tree.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.MakeDirResponse> makeDir(
        io.leither.v1.MakeDirRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMakeDirMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ReadDir lists a directory of a tree, sorted by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ReadDirResponse> readDir(
        io.leither.v1.ReadDirRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReadDirMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FindFiles searches a tree below a directory for entries with a given name or whose path
     * matches a glob pattern.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.FindFilesResponse> findFiles(
        io.leither.v1.FindFilesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindFilesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CopyPath copies a file or a directory (recursively) into a tree, from the same tree or from
     * any version of another tree the caller may read. Content is shared, not duplicated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CopyPathResponse> copyPath(
        io.leither.v1.CopyPathRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCopyPathMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MovePath renames or moves a file or directory within a tree.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.MovePathResponse> movePath(
        io.leither.v1.MovePathRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMovePathMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RemovePath removes a file or an empty directory. A non-empty directory fails with
     * FAILED_PRECONDITION, reason DIRECTORY_NOT_EMPTY.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RemovePathResponse> removePath(
        io.leither.v1.RemovePathRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemovePathMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RemoveAll removes a path and everything below it. A missing path is not an error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RemoveAllResponse> removeAll(
        io.leither.v1.RemoveAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DiffTree lists the paths that differ between two versions of a tree, descending only into
     * directories whose digests differ.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DiffTreeResponse> diffTree(
        io.leither.v1.DiffTreeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDiffTreeMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_OPEN_TEMP_FILE = 0;
  private static final int METHODID_OPEN_FILE = 1;
  private static final int METHODID_WRITE_FILE = 2;
  private static final int METHODID_READ_FILE = 3;
  private static final int METHODID_TRUNCATE_FILE = 4;
  private static final int METHODID_GET_FILE_SIZE = 5;
  private static final int METHODID_STAT_FILE = 6;
  private static final int METHODID_FILE_EXISTS = 7;
  private static final int METHODID_GET_MIME_TYPE = 8;
  private static final int METHODID_FINISH_TEMP_FILE = 9;
  private static final int METHODID_SET_OBJECT = 10;
  private static final int METHODID_GET_OBJECT = 11;
  private static final int METHODID_SET_FILE_CONTENT = 12;
  private static final int METHODID_MAKE_DIR = 13;
  private static final int METHODID_READ_DIR = 14;
  private static final int METHODID_FIND_FILES = 15;
  private static final int METHODID_COPY_PATH = 16;
  private static final int METHODID_MOVE_PATH = 17;
  private static final int METHODID_REMOVE_PATH = 18;
  private static final int METHODID_REMOVE_ALL = 19;
  private static final int METHODID_DIFF_TREE = 20;
  private static final int METHODID_DOWNLOAD = 21;
  private static final int METHODID_UPLOAD = 22;

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
        case METHODID_OPEN_TEMP_FILE:
          serviceImpl.openTempFile((io.leither.v1.OpenTempFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.OpenTempFileResponse>) responseObserver);
          break;
        case METHODID_OPEN_FILE:
          serviceImpl.openFile((io.leither.v1.OpenFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.OpenFileResponse>) responseObserver);
          break;
        case METHODID_WRITE_FILE:
          serviceImpl.writeFile((io.leither.v1.WriteFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.WriteFileResponse>) responseObserver);
          break;
        case METHODID_READ_FILE:
          serviceImpl.readFile((io.leither.v1.ReadFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ReadFileResponse>) responseObserver);
          break;
        case METHODID_TRUNCATE_FILE:
          serviceImpl.truncateFile((io.leither.v1.TruncateFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.TruncateFileResponse>) responseObserver);
          break;
        case METHODID_GET_FILE_SIZE:
          serviceImpl.getFileSize((io.leither.v1.GetFileSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetFileSizeResponse>) responseObserver);
          break;
        case METHODID_STAT_FILE:
          serviceImpl.statFile((io.leither.v1.StatFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.StatFileResponse>) responseObserver);
          break;
        case METHODID_FILE_EXISTS:
          serviceImpl.fileExists((io.leither.v1.FileExistsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.FileExistsResponse>) responseObserver);
          break;
        case METHODID_GET_MIME_TYPE:
          serviceImpl.getMimeType((io.leither.v1.GetMimeTypeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetMimeTypeResponse>) responseObserver);
          break;
        case METHODID_FINISH_TEMP_FILE:
          serviceImpl.finishTempFile((io.leither.v1.FinishTempFileRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.FinishTempFileResponse>) responseObserver);
          break;
        case METHODID_SET_OBJECT:
          serviceImpl.setObject((io.leither.v1.SetObjectRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetObjectResponse>) responseObserver);
          break;
        case METHODID_GET_OBJECT:
          serviceImpl.getObject((io.leither.v1.GetObjectRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetObjectResponse>) responseObserver);
          break;
        case METHODID_SET_FILE_CONTENT:
          serviceImpl.setFileContent((io.leither.v1.SetFileContentRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetFileContentResponse>) responseObserver);
          break;
        case METHODID_MAKE_DIR:
          serviceImpl.makeDir((io.leither.v1.MakeDirRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.MakeDirResponse>) responseObserver);
          break;
        case METHODID_READ_DIR:
          serviceImpl.readDir((io.leither.v1.ReadDirRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ReadDirResponse>) responseObserver);
          break;
        case METHODID_FIND_FILES:
          serviceImpl.findFiles((io.leither.v1.FindFilesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.FindFilesResponse>) responseObserver);
          break;
        case METHODID_COPY_PATH:
          serviceImpl.copyPath((io.leither.v1.CopyPathRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CopyPathResponse>) responseObserver);
          break;
        case METHODID_MOVE_PATH:
          serviceImpl.movePath((io.leither.v1.MovePathRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.MovePathResponse>) responseObserver);
          break;
        case METHODID_REMOVE_PATH:
          serviceImpl.removePath((io.leither.v1.RemovePathRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RemovePathResponse>) responseObserver);
          break;
        case METHODID_REMOVE_ALL:
          serviceImpl.removeAll((io.leither.v1.RemoveAllRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RemoveAllResponse>) responseObserver);
          break;
        case METHODID_DIFF_TREE:
          serviceImpl.diffTree((io.leither.v1.DiffTreeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DiffTreeResponse>) responseObserver);
          break;
        case METHODID_DOWNLOAD:
          serviceImpl.download((io.leither.v1.DownloadRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DownloadResponse>) responseObserver);
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
        case METHODID_UPLOAD:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.upload(
              (io.grpc.stub.StreamObserver<io.leither.v1.UploadResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getOpenTempFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.OpenTempFileRequest,
              io.leither.v1.OpenTempFileResponse>(
                service, METHODID_OPEN_TEMP_FILE)))
        .addMethod(
          getOpenFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.OpenFileRequest,
              io.leither.v1.OpenFileResponse>(
                service, METHODID_OPEN_FILE)))
        .addMethod(
          getWriteFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.WriteFileRequest,
              io.leither.v1.WriteFileResponse>(
                service, METHODID_WRITE_FILE)))
        .addMethod(
          getReadFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ReadFileRequest,
              io.leither.v1.ReadFileResponse>(
                service, METHODID_READ_FILE)))
        .addMethod(
          getTruncateFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.TruncateFileRequest,
              io.leither.v1.TruncateFileResponse>(
                service, METHODID_TRUNCATE_FILE)))
        .addMethod(
          getGetFileSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetFileSizeRequest,
              io.leither.v1.GetFileSizeResponse>(
                service, METHODID_GET_FILE_SIZE)))
        .addMethod(
          getStatFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.StatFileRequest,
              io.leither.v1.StatFileResponse>(
                service, METHODID_STAT_FILE)))
        .addMethod(
          getFileExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.FileExistsRequest,
              io.leither.v1.FileExistsResponse>(
                service, METHODID_FILE_EXISTS)))
        .addMethod(
          getGetMimeTypeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetMimeTypeRequest,
              io.leither.v1.GetMimeTypeResponse>(
                service, METHODID_GET_MIME_TYPE)))
        .addMethod(
          getFinishTempFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.FinishTempFileRequest,
              io.leither.v1.FinishTempFileResponse>(
                service, METHODID_FINISH_TEMP_FILE)))
        .addMethod(
          getSetObjectMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetObjectRequest,
              io.leither.v1.SetObjectResponse>(
                service, METHODID_SET_OBJECT)))
        .addMethod(
          getGetObjectMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetObjectRequest,
              io.leither.v1.GetObjectResponse>(
                service, METHODID_GET_OBJECT)))
        .addMethod(
          getSetFileContentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetFileContentRequest,
              io.leither.v1.SetFileContentResponse>(
                service, METHODID_SET_FILE_CONTENT)))
        .addMethod(
          getMakeDirMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.MakeDirRequest,
              io.leither.v1.MakeDirResponse>(
                service, METHODID_MAKE_DIR)))
        .addMethod(
          getReadDirMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ReadDirRequest,
              io.leither.v1.ReadDirResponse>(
                service, METHODID_READ_DIR)))
        .addMethod(
          getFindFilesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.FindFilesRequest,
              io.leither.v1.FindFilesResponse>(
                service, METHODID_FIND_FILES)))
        .addMethod(
          getCopyPathMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CopyPathRequest,
              io.leither.v1.CopyPathResponse>(
                service, METHODID_COPY_PATH)))
        .addMethod(
          getMovePathMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.MovePathRequest,
              io.leither.v1.MovePathResponse>(
                service, METHODID_MOVE_PATH)))
        .addMethod(
          getRemovePathMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RemovePathRequest,
              io.leither.v1.RemovePathResponse>(
                service, METHODID_REMOVE_PATH)))
        .addMethod(
          getRemoveAllMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RemoveAllRequest,
              io.leither.v1.RemoveAllResponse>(
                service, METHODID_REMOVE_ALL)))
        .addMethod(
          getDiffTreeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DiffTreeRequest,
              io.leither.v1.DiffTreeResponse>(
                service, METHODID_DIFF_TREE)))
        .addMethod(
          getUploadMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              io.leither.v1.UploadRequest,
              io.leither.v1.UploadResponse>(
                service, METHODID_UPLOAD)))
        .addMethod(
          getDownloadMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.leither.v1.DownloadRequest,
              io.leither.v1.DownloadResponse>(
                service, METHODID_DOWNLOAD)))
        .build();
  }

  private static abstract class FileServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    FileServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.FileServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("FileService");
    }
  }

  private static final class FileServiceFileDescriptorSupplier
      extends FileServiceBaseDescriptorSupplier {
    FileServiceFileDescriptorSupplier() {}
  }

  private static final class FileServiceMethodDescriptorSupplier
      extends FileServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    FileServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (FileServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new FileServiceFileDescriptorSupplier())
              .addMethod(getOpenTempFileMethod())
              .addMethod(getOpenFileMethod())
              .addMethod(getWriteFileMethod())
              .addMethod(getReadFileMethod())
              .addMethod(getTruncateFileMethod())
              .addMethod(getGetFileSizeMethod())
              .addMethod(getStatFileMethod())
              .addMethod(getFileExistsMethod())
              .addMethod(getGetMimeTypeMethod())
              .addMethod(getFinishTempFileMethod())
              .addMethod(getSetObjectMethod())
              .addMethod(getGetObjectMethod())
              .addMethod(getSetFileContentMethod())
              .addMethod(getMakeDirMethod())
              .addMethod(getReadDirMethod())
              .addMethod(getFindFilesMethod())
              .addMethod(getCopyPathMethod())
              .addMethod(getMovePathMethod())
              .addMethod(getRemovePathMethod())
              .addMethod(getRemoveAllMethod())
              .addMethod(getDiffTreeMethod())
              .addMethod(getUploadMethod())
              .addMethod(getDownloadMethod())
              .build();
        }
      }
    }
    return result;
  }
}
