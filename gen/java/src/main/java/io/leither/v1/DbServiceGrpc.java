package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
 * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
 * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
 * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
 * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
 * hash, list, set or sorted set). Stored values, hash values, list items and set members are
 * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
 * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
 * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
 * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
 * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
 * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
 * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
 * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
 * are stable.
 * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
 * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
 * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
 * GetLastSeq) and the CLI `mimei grep`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class DbServiceGrpc {

  private DbServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.DbService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetRequest,
      io.leither.v1.SetResponse> getSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Set",
      requestType = io.leither.v1.SetRequest.class,
      responseType = io.leither.v1.SetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetRequest,
      io.leither.v1.SetResponse> getSetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetRequest, io.leither.v1.SetResponse> getSetMethod;
    if ((getSetMethod = DbServiceGrpc.getSetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSetMethod = DbServiceGrpc.getSetMethod) == null) {
          DbServiceGrpc.getSetMethod = getSetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetRequest, io.leither.v1.SetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Set"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Set"))
              .build();
        }
      }
    }
    return getSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetRequest,
      io.leither.v1.GetResponse> getGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Get",
      requestType = io.leither.v1.GetRequest.class,
      responseType = io.leither.v1.GetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetRequest,
      io.leither.v1.GetResponse> getGetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetRequest, io.leither.v1.GetResponse> getGetMethod;
    if ((getGetMethod = DbServiceGrpc.getGetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getGetMethod = DbServiceGrpc.getGetMethod) == null) {
          DbServiceGrpc.getGetMethod = getGetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetRequest, io.leither.v1.GetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Get"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Get"))
              .build();
        }
      }
    }
    return getGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DelRequest,
      io.leither.v1.DelResponse> getDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Del",
      requestType = io.leither.v1.DelRequest.class,
      responseType = io.leither.v1.DelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DelRequest,
      io.leither.v1.DelResponse> getDelMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DelRequest, io.leither.v1.DelResponse> getDelMethod;
    if ((getDelMethod = DbServiceGrpc.getDelMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getDelMethod = DbServiceGrpc.getDelMethod) == null) {
          DbServiceGrpc.getDelMethod = getDelMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DelRequest, io.leither.v1.DelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Del"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Del"))
              .build();
        }
      }
    }
    return getDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ExistsRequest,
      io.leither.v1.ExistsResponse> getExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Exists",
      requestType = io.leither.v1.ExistsRequest.class,
      responseType = io.leither.v1.ExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ExistsRequest,
      io.leither.v1.ExistsResponse> getExistsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ExistsRequest, io.leither.v1.ExistsResponse> getExistsMethod;
    if ((getExistsMethod = DbServiceGrpc.getExistsMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getExistsMethod = DbServiceGrpc.getExistsMethod) == null) {
          DbServiceGrpc.getExistsMethod = getExistsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ExistsRequest, io.leither.v1.ExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Exists"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Exists"))
              .build();
        }
      }
    }
    return getExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.IncrRequest,
      io.leither.v1.IncrResponse> getIncrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Incr",
      requestType = io.leither.v1.IncrRequest.class,
      responseType = io.leither.v1.IncrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.IncrRequest,
      io.leither.v1.IncrResponse> getIncrMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.IncrRequest, io.leither.v1.IncrResponse> getIncrMethod;
    if ((getIncrMethod = DbServiceGrpc.getIncrMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getIncrMethod = DbServiceGrpc.getIncrMethod) == null) {
          DbServiceGrpc.getIncrMethod = getIncrMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.IncrRequest, io.leither.v1.IncrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Incr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.IncrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.IncrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Incr"))
              .build();
        }
      }
    }
    return getIncrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.IncrByRequest,
      io.leither.v1.IncrByResponse> getIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IncrBy",
      requestType = io.leither.v1.IncrByRequest.class,
      responseType = io.leither.v1.IncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.IncrByRequest,
      io.leither.v1.IncrByResponse> getIncrByMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.IncrByRequest, io.leither.v1.IncrByResponse> getIncrByMethod;
    if ((getIncrByMethod = DbServiceGrpc.getIncrByMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getIncrByMethod = DbServiceGrpc.getIncrByMethod) == null) {
          DbServiceGrpc.getIncrByMethod = getIncrByMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.IncrByRequest, io.leither.v1.IncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.IncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.IncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("IncrBy"))
              .build();
        }
      }
    }
    return getIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.StrlenRequest,
      io.leither.v1.StrlenResponse> getStrlenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Strlen",
      requestType = io.leither.v1.StrlenRequest.class,
      responseType = io.leither.v1.StrlenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.StrlenRequest,
      io.leither.v1.StrlenResponse> getStrlenMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.StrlenRequest, io.leither.v1.StrlenResponse> getStrlenMethod;
    if ((getStrlenMethod = DbServiceGrpc.getStrlenMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getStrlenMethod = DbServiceGrpc.getStrlenMethod) == null) {
          DbServiceGrpc.getStrlenMethod = getStrlenMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.StrlenRequest, io.leither.v1.StrlenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Strlen"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.StrlenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.StrlenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Strlen"))
              .build();
        }
      }
    }
    return getStrlenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.MGetRequest,
      io.leither.v1.MGetResponse> getMGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MGet",
      requestType = io.leither.v1.MGetRequest.class,
      responseType = io.leither.v1.MGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.MGetRequest,
      io.leither.v1.MGetResponse> getMGetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.MGetRequest, io.leither.v1.MGetResponse> getMGetMethod;
    if ((getMGetMethod = DbServiceGrpc.getMGetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getMGetMethod = DbServiceGrpc.getMGetMethod) == null) {
          DbServiceGrpc.getMGetMethod = getMGetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.MGetRequest, io.leither.v1.MGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MGet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("MGet"))
              .build();
        }
      }
    }
    return getMGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.MSetRequest,
      io.leither.v1.MSetResponse> getMSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MSet",
      requestType = io.leither.v1.MSetRequest.class,
      responseType = io.leither.v1.MSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.MSetRequest,
      io.leither.v1.MSetResponse> getMSetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.MSetRequest, io.leither.v1.MSetResponse> getMSetMethod;
    if ((getMSetMethod = DbServiceGrpc.getMSetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getMSetMethod = DbServiceGrpc.getMSetMethod) == null) {
          DbServiceGrpc.getMSetMethod = getMSetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.MSetRequest, io.leither.v1.MSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.MSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("MSet"))
              .build();
        }
      }
    }
    return getMSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ExpireRequest,
      io.leither.v1.ExpireResponse> getExpireMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Expire",
      requestType = io.leither.v1.ExpireRequest.class,
      responseType = io.leither.v1.ExpireResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ExpireRequest,
      io.leither.v1.ExpireResponse> getExpireMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ExpireRequest, io.leither.v1.ExpireResponse> getExpireMethod;
    if ((getExpireMethod = DbServiceGrpc.getExpireMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getExpireMethod = DbServiceGrpc.getExpireMethod) == null) {
          DbServiceGrpc.getExpireMethod = getExpireMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ExpireRequest, io.leither.v1.ExpireResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Expire"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ExpireRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ExpireResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Expire"))
              .build();
        }
      }
    }
    return getExpireMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.TtlRequest,
      io.leither.v1.TtlResponse> getTtlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ttl",
      requestType = io.leither.v1.TtlRequest.class,
      responseType = io.leither.v1.TtlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.TtlRequest,
      io.leither.v1.TtlResponse> getTtlMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.TtlRequest, io.leither.v1.TtlResponse> getTtlMethod;
    if ((getTtlMethod = DbServiceGrpc.getTtlMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getTtlMethod = DbServiceGrpc.getTtlMethod) == null) {
          DbServiceGrpc.getTtlMethod = getTtlMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.TtlRequest, io.leither.v1.TtlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ttl"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.TtlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.TtlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Ttl"))
              .build();
        }
      }
    }
    return getTtlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HSetRequest,
      io.leither.v1.HSetResponse> getHSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HSet",
      requestType = io.leither.v1.HSetRequest.class,
      responseType = io.leither.v1.HSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HSetRequest,
      io.leither.v1.HSetResponse> getHSetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HSetRequest, io.leither.v1.HSetResponse> getHSetMethod;
    if ((getHSetMethod = DbServiceGrpc.getHSetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHSetMethod = DbServiceGrpc.getHSetMethod) == null) {
          DbServiceGrpc.getHSetMethod = getHSetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HSetRequest, io.leither.v1.HSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HSet"))
              .build();
        }
      }
    }
    return getHSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HGetRequest,
      io.leither.v1.HGetResponse> getHGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HGet",
      requestType = io.leither.v1.HGetRequest.class,
      responseType = io.leither.v1.HGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HGetRequest,
      io.leither.v1.HGetResponse> getHGetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HGetRequest, io.leither.v1.HGetResponse> getHGetMethod;
    if ((getHGetMethod = DbServiceGrpc.getHGetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHGetMethod = DbServiceGrpc.getHGetMethod) == null) {
          DbServiceGrpc.getHGetMethod = getHGetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HGetRequest, io.leither.v1.HGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HGet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HGet"))
              .build();
        }
      }
    }
    return getHGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HMSetRequest,
      io.leither.v1.HMSetResponse> getHMSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HMSet",
      requestType = io.leither.v1.HMSetRequest.class,
      responseType = io.leither.v1.HMSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HMSetRequest,
      io.leither.v1.HMSetResponse> getHMSetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HMSetRequest, io.leither.v1.HMSetResponse> getHMSetMethod;
    if ((getHMSetMethod = DbServiceGrpc.getHMSetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHMSetMethod = DbServiceGrpc.getHMSetMethod) == null) {
          DbServiceGrpc.getHMSetMethod = getHMSetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HMSetRequest, io.leither.v1.HMSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HMSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HMSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HMSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HMSet"))
              .build();
        }
      }
    }
    return getHMSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HMGetRequest,
      io.leither.v1.HMGetResponse> getHMGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HMGet",
      requestType = io.leither.v1.HMGetRequest.class,
      responseType = io.leither.v1.HMGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HMGetRequest,
      io.leither.v1.HMGetResponse> getHMGetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HMGetRequest, io.leither.v1.HMGetResponse> getHMGetMethod;
    if ((getHMGetMethod = DbServiceGrpc.getHMGetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHMGetMethod = DbServiceGrpc.getHMGetMethod) == null) {
          DbServiceGrpc.getHMGetMethod = getHMGetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HMGetRequest, io.leither.v1.HMGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HMGet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HMGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HMGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HMGet"))
              .build();
        }
      }
    }
    return getHMGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HGetAllRequest,
      io.leither.v1.HGetAllResponse> getHGetAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HGetAll",
      requestType = io.leither.v1.HGetAllRequest.class,
      responseType = io.leither.v1.HGetAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HGetAllRequest,
      io.leither.v1.HGetAllResponse> getHGetAllMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HGetAllRequest, io.leither.v1.HGetAllResponse> getHGetAllMethod;
    if ((getHGetAllMethod = DbServiceGrpc.getHGetAllMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHGetAllMethod = DbServiceGrpc.getHGetAllMethod) == null) {
          DbServiceGrpc.getHGetAllMethod = getHGetAllMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HGetAllRequest, io.leither.v1.HGetAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HGetAll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HGetAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HGetAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HGetAll"))
              .build();
        }
      }
    }
    return getHGetAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HKeysRequest,
      io.leither.v1.HKeysResponse> getHKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HKeys",
      requestType = io.leither.v1.HKeysRequest.class,
      responseType = io.leither.v1.HKeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HKeysRequest,
      io.leither.v1.HKeysResponse> getHKeysMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HKeysRequest, io.leither.v1.HKeysResponse> getHKeysMethod;
    if ((getHKeysMethod = DbServiceGrpc.getHKeysMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHKeysMethod = DbServiceGrpc.getHKeysMethod) == null) {
          DbServiceGrpc.getHKeysMethod = getHKeysMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HKeysRequest, io.leither.v1.HKeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HKeys"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HKeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HKeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HKeys"))
              .build();
        }
      }
    }
    return getHKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HValsRequest,
      io.leither.v1.HValsResponse> getHValsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HVals",
      requestType = io.leither.v1.HValsRequest.class,
      responseType = io.leither.v1.HValsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HValsRequest,
      io.leither.v1.HValsResponse> getHValsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HValsRequest, io.leither.v1.HValsResponse> getHValsMethod;
    if ((getHValsMethod = DbServiceGrpc.getHValsMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHValsMethod = DbServiceGrpc.getHValsMethod) == null) {
          DbServiceGrpc.getHValsMethod = getHValsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HValsRequest, io.leither.v1.HValsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HVals"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HValsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HValsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HVals"))
              .build();
        }
      }
    }
    return getHValsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HDelRequest,
      io.leither.v1.HDelResponse> getHDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HDel",
      requestType = io.leither.v1.HDelRequest.class,
      responseType = io.leither.v1.HDelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HDelRequest,
      io.leither.v1.HDelResponse> getHDelMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HDelRequest, io.leither.v1.HDelResponse> getHDelMethod;
    if ((getHDelMethod = DbServiceGrpc.getHDelMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHDelMethod = DbServiceGrpc.getHDelMethod) == null) {
          DbServiceGrpc.getHDelMethod = getHDelMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HDelRequest, io.leither.v1.HDelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HDel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HDelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HDelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HDel"))
              .build();
        }
      }
    }
    return getHDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HLenRequest,
      io.leither.v1.HLenResponse> getHLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HLen",
      requestType = io.leither.v1.HLenRequest.class,
      responseType = io.leither.v1.HLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HLenRequest,
      io.leither.v1.HLenResponse> getHLenMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HLenRequest, io.leither.v1.HLenResponse> getHLenMethod;
    if ((getHLenMethod = DbServiceGrpc.getHLenMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHLenMethod = DbServiceGrpc.getHLenMethod) == null) {
          DbServiceGrpc.getHLenMethod = getHLenMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HLenRequest, io.leither.v1.HLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HLen"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HLen"))
              .build();
        }
      }
    }
    return getHLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HExistsRequest,
      io.leither.v1.HExistsResponse> getHExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HExists",
      requestType = io.leither.v1.HExistsRequest.class,
      responseType = io.leither.v1.HExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HExistsRequest,
      io.leither.v1.HExistsResponse> getHExistsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HExistsRequest, io.leither.v1.HExistsResponse> getHExistsMethod;
    if ((getHExistsMethod = DbServiceGrpc.getHExistsMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHExistsMethod = DbServiceGrpc.getHExistsMethod) == null) {
          DbServiceGrpc.getHExistsMethod = getHExistsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HExistsRequest, io.leither.v1.HExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HExists"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HExists"))
              .build();
        }
      }
    }
    return getHExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HIncrByRequest,
      io.leither.v1.HIncrByResponse> getHIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HIncrBy",
      requestType = io.leither.v1.HIncrByRequest.class,
      responseType = io.leither.v1.HIncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HIncrByRequest,
      io.leither.v1.HIncrByResponse> getHIncrByMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HIncrByRequest, io.leither.v1.HIncrByResponse> getHIncrByMethod;
    if ((getHIncrByMethod = DbServiceGrpc.getHIncrByMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHIncrByMethod = DbServiceGrpc.getHIncrByMethod) == null) {
          DbServiceGrpc.getHIncrByMethod = getHIncrByMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HIncrByRequest, io.leither.v1.HIncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HIncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HIncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HIncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HIncrBy"))
              .build();
        }
      }
    }
    return getHIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HScanRequest,
      io.leither.v1.HScanResponse> getHScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HScan",
      requestType = io.leither.v1.HScanRequest.class,
      responseType = io.leither.v1.HScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HScanRequest,
      io.leither.v1.HScanResponse> getHScanMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HScanRequest, io.leither.v1.HScanResponse> getHScanMethod;
    if ((getHScanMethod = DbServiceGrpc.getHScanMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHScanMethod = DbServiceGrpc.getHScanMethod) == null) {
          DbServiceGrpc.getHScanMethod = getHScanMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HScanRequest, io.leither.v1.HScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HScan"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HScan"))
              .build();
        }
      }
    }
    return getHScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HRevScanRequest,
      io.leither.v1.HRevScanResponse> getHRevScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HRevScan",
      requestType = io.leither.v1.HRevScanRequest.class,
      responseType = io.leither.v1.HRevScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HRevScanRequest,
      io.leither.v1.HRevScanResponse> getHRevScanMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HRevScanRequest, io.leither.v1.HRevScanResponse> getHRevScanMethod;
    if ((getHRevScanMethod = DbServiceGrpc.getHRevScanMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHRevScanMethod = DbServiceGrpc.getHRevScanMethod) == null) {
          DbServiceGrpc.getHRevScanMethod = getHRevScanMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HRevScanRequest, io.leither.v1.HRevScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HRevScan"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HRevScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HRevScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HRevScan"))
              .build();
        }
      }
    }
    return getHRevScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.HClearRequest,
      io.leither.v1.HClearResponse> getHClearMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HClear",
      requestType = io.leither.v1.HClearRequest.class,
      responseType = io.leither.v1.HClearResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.HClearRequest,
      io.leither.v1.HClearResponse> getHClearMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.HClearRequest, io.leither.v1.HClearResponse> getHClearMethod;
    if ((getHClearMethod = DbServiceGrpc.getHClearMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getHClearMethod = DbServiceGrpc.getHClearMethod) == null) {
          DbServiceGrpc.getHClearMethod = getHClearMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.HClearRequest, io.leither.v1.HClearResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HClear"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HClearRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.HClearResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("HClear"))
              .build();
        }
      }
    }
    return getHClearMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LPushRequest,
      io.leither.v1.LPushResponse> getLPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPush",
      requestType = io.leither.v1.LPushRequest.class,
      responseType = io.leither.v1.LPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LPushRequest,
      io.leither.v1.LPushResponse> getLPushMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LPushRequest, io.leither.v1.LPushResponse> getLPushMethod;
    if ((getLPushMethod = DbServiceGrpc.getLPushMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLPushMethod = DbServiceGrpc.getLPushMethod) == null) {
          DbServiceGrpc.getLPushMethod = getLPushMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LPushRequest, io.leither.v1.LPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LPush"))
              .build();
        }
      }
    }
    return getLPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RPushRequest,
      io.leither.v1.RPushResponse> getRPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPush",
      requestType = io.leither.v1.RPushRequest.class,
      responseType = io.leither.v1.RPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RPushRequest,
      io.leither.v1.RPushResponse> getRPushMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RPushRequest, io.leither.v1.RPushResponse> getRPushMethod;
    if ((getRPushMethod = DbServiceGrpc.getRPushMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getRPushMethod = DbServiceGrpc.getRPushMethod) == null) {
          DbServiceGrpc.getRPushMethod = getRPushMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RPushRequest, io.leither.v1.RPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("RPush"))
              .build();
        }
      }
    }
    return getRPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LPopRequest,
      io.leither.v1.LPopResponse> getLPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPop",
      requestType = io.leither.v1.LPopRequest.class,
      responseType = io.leither.v1.LPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LPopRequest,
      io.leither.v1.LPopResponse> getLPopMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LPopRequest, io.leither.v1.LPopResponse> getLPopMethod;
    if ((getLPopMethod = DbServiceGrpc.getLPopMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLPopMethod = DbServiceGrpc.getLPopMethod) == null) {
          DbServiceGrpc.getLPopMethod = getLPopMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LPopRequest, io.leither.v1.LPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LPop"))
              .build();
        }
      }
    }
    return getLPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RPopRequest,
      io.leither.v1.RPopResponse> getRPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPop",
      requestType = io.leither.v1.RPopRequest.class,
      responseType = io.leither.v1.RPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RPopRequest,
      io.leither.v1.RPopResponse> getRPopMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RPopRequest, io.leither.v1.RPopResponse> getRPopMethod;
    if ((getRPopMethod = DbServiceGrpc.getRPopMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getRPopMethod = DbServiceGrpc.getRPopMethod) == null) {
          DbServiceGrpc.getRPopMethod = getRPopMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RPopRequest, io.leither.v1.RPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("RPop"))
              .build();
        }
      }
    }
    return getRPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LRangeRequest,
      io.leither.v1.LRangeResponse> getLRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LRange",
      requestType = io.leither.v1.LRangeRequest.class,
      responseType = io.leither.v1.LRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LRangeRequest,
      io.leither.v1.LRangeResponse> getLRangeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LRangeRequest, io.leither.v1.LRangeResponse> getLRangeMethod;
    if ((getLRangeMethod = DbServiceGrpc.getLRangeMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLRangeMethod = DbServiceGrpc.getLRangeMethod) == null) {
          DbServiceGrpc.getLRangeMethod = getLRangeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LRangeRequest, io.leither.v1.LRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LRange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LRange"))
              .build();
        }
      }
    }
    return getLRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LLenRequest,
      io.leither.v1.LLenResponse> getLLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LLen",
      requestType = io.leither.v1.LLenRequest.class,
      responseType = io.leither.v1.LLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LLenRequest,
      io.leither.v1.LLenResponse> getLLenMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LLenRequest, io.leither.v1.LLenResponse> getLLenMethod;
    if ((getLLenMethod = DbServiceGrpc.getLLenMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLLenMethod = DbServiceGrpc.getLLenMethod) == null) {
          DbServiceGrpc.getLLenMethod = getLLenMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LLenRequest, io.leither.v1.LLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LLen"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LLen"))
              .build();
        }
      }
    }
    return getLLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LIndexRequest,
      io.leither.v1.LIndexResponse> getLIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LIndex",
      requestType = io.leither.v1.LIndexRequest.class,
      responseType = io.leither.v1.LIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LIndexRequest,
      io.leither.v1.LIndexResponse> getLIndexMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LIndexRequest, io.leither.v1.LIndexResponse> getLIndexMethod;
    if ((getLIndexMethod = DbServiceGrpc.getLIndexMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLIndexMethod = DbServiceGrpc.getLIndexMethod) == null) {
          DbServiceGrpc.getLIndexMethod = getLIndexMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LIndexRequest, io.leither.v1.LIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LIndex"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LIndex"))
              .build();
        }
      }
    }
    return getLIndexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LSetRequest,
      io.leither.v1.LSetResponse> getLSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LSet",
      requestType = io.leither.v1.LSetRequest.class,
      responseType = io.leither.v1.LSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LSetRequest,
      io.leither.v1.LSetResponse> getLSetMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LSetRequest, io.leither.v1.LSetResponse> getLSetMethod;
    if ((getLSetMethod = DbServiceGrpc.getLSetMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLSetMethod = DbServiceGrpc.getLSetMethod) == null) {
          DbServiceGrpc.getLSetMethod = getLSetMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LSetRequest, io.leither.v1.LSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LSet"))
              .build();
        }
      }
    }
    return getLSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LTrimRequest,
      io.leither.v1.LTrimResponse> getLTrimMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LTrim",
      requestType = io.leither.v1.LTrimRequest.class,
      responseType = io.leither.v1.LTrimResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LTrimRequest,
      io.leither.v1.LTrimResponse> getLTrimMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LTrimRequest, io.leither.v1.LTrimResponse> getLTrimMethod;
    if ((getLTrimMethod = DbServiceGrpc.getLTrimMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getLTrimMethod = DbServiceGrpc.getLTrimMethod) == null) {
          DbServiceGrpc.getLTrimMethod = getLTrimMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LTrimRequest, io.leither.v1.LTrimResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LTrim"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LTrimRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LTrimResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("LTrim"))
              .build();
        }
      }
    }
    return getLTrimMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SAddRequest,
      io.leither.v1.SAddResponse> getSAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SAdd",
      requestType = io.leither.v1.SAddRequest.class,
      responseType = io.leither.v1.SAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SAddRequest,
      io.leither.v1.SAddResponse> getSAddMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SAddRequest, io.leither.v1.SAddResponse> getSAddMethod;
    if ((getSAddMethod = DbServiceGrpc.getSAddMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSAddMethod = DbServiceGrpc.getSAddMethod) == null) {
          DbServiceGrpc.getSAddMethod = getSAddMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SAddRequest, io.leither.v1.SAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SAdd"))
              .build();
        }
      }
    }
    return getSAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SRemRequest,
      io.leither.v1.SRemResponse> getSRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SRem",
      requestType = io.leither.v1.SRemRequest.class,
      responseType = io.leither.v1.SRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SRemRequest,
      io.leither.v1.SRemResponse> getSRemMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SRemRequest, io.leither.v1.SRemResponse> getSRemMethod;
    if ((getSRemMethod = DbServiceGrpc.getSRemMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSRemMethod = DbServiceGrpc.getSRemMethod) == null) {
          DbServiceGrpc.getSRemMethod = getSRemMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SRemRequest, io.leither.v1.SRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SRem"))
              .build();
        }
      }
    }
    return getSRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SMembersRequest,
      io.leither.v1.SMembersResponse> getSMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMembers",
      requestType = io.leither.v1.SMembersRequest.class,
      responseType = io.leither.v1.SMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SMembersRequest,
      io.leither.v1.SMembersResponse> getSMembersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SMembersRequest, io.leither.v1.SMembersResponse> getSMembersMethod;
    if ((getSMembersMethod = DbServiceGrpc.getSMembersMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSMembersMethod = DbServiceGrpc.getSMembersMethod) == null) {
          DbServiceGrpc.getSMembersMethod = getSMembersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SMembersRequest, io.leither.v1.SMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SMembers"))
              .build();
        }
      }
    }
    return getSMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SIsMemberRequest,
      io.leither.v1.SIsMemberResponse> getSIsMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SIsMember",
      requestType = io.leither.v1.SIsMemberRequest.class,
      responseType = io.leither.v1.SIsMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SIsMemberRequest,
      io.leither.v1.SIsMemberResponse> getSIsMemberMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SIsMemberRequest, io.leither.v1.SIsMemberResponse> getSIsMemberMethod;
    if ((getSIsMemberMethod = DbServiceGrpc.getSIsMemberMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSIsMemberMethod = DbServiceGrpc.getSIsMemberMethod) == null) {
          DbServiceGrpc.getSIsMemberMethod = getSIsMemberMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SIsMemberRequest, io.leither.v1.SIsMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SIsMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SIsMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SIsMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SIsMember"))
              .build();
        }
      }
    }
    return getSIsMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SCardRequest,
      io.leither.v1.SCardResponse> getSCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SCard",
      requestType = io.leither.v1.SCardRequest.class,
      responseType = io.leither.v1.SCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SCardRequest,
      io.leither.v1.SCardResponse> getSCardMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SCardRequest, io.leither.v1.SCardResponse> getSCardMethod;
    if ((getSCardMethod = DbServiceGrpc.getSCardMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSCardMethod = DbServiceGrpc.getSCardMethod) == null) {
          DbServiceGrpc.getSCardMethod = getSCardMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SCardRequest, io.leither.v1.SCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SCard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SCard"))
              .build();
        }
      }
    }
    return getSCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SInterRequest,
      io.leither.v1.SInterResponse> getSInterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SInter",
      requestType = io.leither.v1.SInterRequest.class,
      responseType = io.leither.v1.SInterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SInterRequest,
      io.leither.v1.SInterResponse> getSInterMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SInterRequest, io.leither.v1.SInterResponse> getSInterMethod;
    if ((getSInterMethod = DbServiceGrpc.getSInterMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSInterMethod = DbServiceGrpc.getSInterMethod) == null) {
          DbServiceGrpc.getSInterMethod = getSInterMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SInterRequest, io.leither.v1.SInterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SInter"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SInterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SInterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SInter"))
              .build();
        }
      }
    }
    return getSInterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SUnionRequest,
      io.leither.v1.SUnionResponse> getSUnionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SUnion",
      requestType = io.leither.v1.SUnionRequest.class,
      responseType = io.leither.v1.SUnionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SUnionRequest,
      io.leither.v1.SUnionResponse> getSUnionMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SUnionRequest, io.leither.v1.SUnionResponse> getSUnionMethod;
    if ((getSUnionMethod = DbServiceGrpc.getSUnionMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSUnionMethod = DbServiceGrpc.getSUnionMethod) == null) {
          DbServiceGrpc.getSUnionMethod = getSUnionMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SUnionRequest, io.leither.v1.SUnionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SUnion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SUnionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SUnionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SUnion"))
              .build();
        }
      }
    }
    return getSUnionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SDiffRequest,
      io.leither.v1.SDiffResponse> getSDiffMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SDiff",
      requestType = io.leither.v1.SDiffRequest.class,
      responseType = io.leither.v1.SDiffResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SDiffRequest,
      io.leither.v1.SDiffResponse> getSDiffMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SDiffRequest, io.leither.v1.SDiffResponse> getSDiffMethod;
    if ((getSDiffMethod = DbServiceGrpc.getSDiffMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getSDiffMethod = DbServiceGrpc.getSDiffMethod) == null) {
          DbServiceGrpc.getSDiffMethod = getSDiffMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SDiffRequest, io.leither.v1.SDiffResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SDiff"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SDiffRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SDiffResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("SDiff"))
              .build();
        }
      }
    }
    return getSDiffMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZAddRequest,
      io.leither.v1.ZAddResponse> getZAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZAdd",
      requestType = io.leither.v1.ZAddRequest.class,
      responseType = io.leither.v1.ZAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZAddRequest,
      io.leither.v1.ZAddResponse> getZAddMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZAddRequest, io.leither.v1.ZAddResponse> getZAddMethod;
    if ((getZAddMethod = DbServiceGrpc.getZAddMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZAddMethod = DbServiceGrpc.getZAddMethod) == null) {
          DbServiceGrpc.getZAddMethod = getZAddMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZAddRequest, io.leither.v1.ZAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZAdd"))
              .build();
        }
      }
    }
    return getZAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRemRequest,
      io.leither.v1.ZRemResponse> getZRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRem",
      requestType = io.leither.v1.ZRemRequest.class,
      responseType = io.leither.v1.ZRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRemRequest,
      io.leither.v1.ZRemResponse> getZRemMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRemRequest, io.leither.v1.ZRemResponse> getZRemMethod;
    if ((getZRemMethod = DbServiceGrpc.getZRemMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRemMethod = DbServiceGrpc.getZRemMethod) == null) {
          DbServiceGrpc.getZRemMethod = getZRemMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRemRequest, io.leither.v1.ZRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRem"))
              .build();
        }
      }
    }
    return getZRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZScoreRequest,
      io.leither.v1.ZScoreResponse> getZScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZScore",
      requestType = io.leither.v1.ZScoreRequest.class,
      responseType = io.leither.v1.ZScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZScoreRequest,
      io.leither.v1.ZScoreResponse> getZScoreMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZScoreRequest, io.leither.v1.ZScoreResponse> getZScoreMethod;
    if ((getZScoreMethod = DbServiceGrpc.getZScoreMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZScoreMethod = DbServiceGrpc.getZScoreMethod) == null) {
          DbServiceGrpc.getZScoreMethod = getZScoreMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZScoreRequest, io.leither.v1.ZScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZScore"))
              .build();
        }
      }
    }
    return getZScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZIncrByRequest,
      io.leither.v1.ZIncrByResponse> getZIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZIncrBy",
      requestType = io.leither.v1.ZIncrByRequest.class,
      responseType = io.leither.v1.ZIncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZIncrByRequest,
      io.leither.v1.ZIncrByResponse> getZIncrByMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZIncrByRequest, io.leither.v1.ZIncrByResponse> getZIncrByMethod;
    if ((getZIncrByMethod = DbServiceGrpc.getZIncrByMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZIncrByMethod = DbServiceGrpc.getZIncrByMethod) == null) {
          DbServiceGrpc.getZIncrByMethod = getZIncrByMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZIncrByRequest, io.leither.v1.ZIncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZIncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZIncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZIncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZIncrBy"))
              .build();
        }
      }
    }
    return getZIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZCardRequest,
      io.leither.v1.ZCardResponse> getZCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZCard",
      requestType = io.leither.v1.ZCardRequest.class,
      responseType = io.leither.v1.ZCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZCardRequest,
      io.leither.v1.ZCardResponse> getZCardMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZCardRequest, io.leither.v1.ZCardResponse> getZCardMethod;
    if ((getZCardMethod = DbServiceGrpc.getZCardMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZCardMethod = DbServiceGrpc.getZCardMethod) == null) {
          DbServiceGrpc.getZCardMethod = getZCardMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZCardRequest, io.leither.v1.ZCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZCard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZCard"))
              .build();
        }
      }
    }
    return getZCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRankRequest,
      io.leither.v1.ZRankResponse> getZRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRank",
      requestType = io.leither.v1.ZRankRequest.class,
      responseType = io.leither.v1.ZRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRankRequest,
      io.leither.v1.ZRankResponse> getZRankMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRankRequest, io.leither.v1.ZRankResponse> getZRankMethod;
    if ((getZRankMethod = DbServiceGrpc.getZRankMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRankMethod = DbServiceGrpc.getZRankMethod) == null) {
          DbServiceGrpc.getZRankMethod = getZRankMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRankRequest, io.leither.v1.ZRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRank"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRank"))
              .build();
        }
      }
    }
    return getZRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRangeRequest,
      io.leither.v1.ZRangeResponse> getZRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRange",
      requestType = io.leither.v1.ZRangeRequest.class,
      responseType = io.leither.v1.ZRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRangeRequest,
      io.leither.v1.ZRangeResponse> getZRangeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRangeRequest, io.leither.v1.ZRangeResponse> getZRangeMethod;
    if ((getZRangeMethod = DbServiceGrpc.getZRangeMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRangeMethod = DbServiceGrpc.getZRangeMethod) == null) {
          DbServiceGrpc.getZRangeMethod = getZRangeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRangeRequest, io.leither.v1.ZRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRange"))
              .build();
        }
      }
    }
    return getZRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRevRangeRequest,
      io.leither.v1.ZRevRangeResponse> getZRevRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRange",
      requestType = io.leither.v1.ZRevRangeRequest.class,
      responseType = io.leither.v1.ZRevRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRevRangeRequest,
      io.leither.v1.ZRevRangeResponse> getZRevRangeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRevRangeRequest, io.leither.v1.ZRevRangeResponse> getZRevRangeMethod;
    if ((getZRevRangeMethod = DbServiceGrpc.getZRevRangeMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRevRangeMethod = DbServiceGrpc.getZRevRangeMethod) == null) {
          DbServiceGrpc.getZRevRangeMethod = getZRevRangeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRevRangeRequest, io.leither.v1.ZRevRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRevRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRevRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRevRange"))
              .build();
        }
      }
    }
    return getZRevRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRangeByScoreRequest,
      io.leither.v1.ZRangeByScoreResponse> getZRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRangeByScore",
      requestType = io.leither.v1.ZRangeByScoreRequest.class,
      responseType = io.leither.v1.ZRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRangeByScoreRequest,
      io.leither.v1.ZRangeByScoreResponse> getZRangeByScoreMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRangeByScoreRequest, io.leither.v1.ZRangeByScoreResponse> getZRangeByScoreMethod;
    if ((getZRangeByScoreMethod = DbServiceGrpc.getZRangeByScoreMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRangeByScoreMethod = DbServiceGrpc.getZRangeByScoreMethod) == null) {
          DbServiceGrpc.getZRangeByScoreMethod = getZRangeByScoreMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRangeByScoreRequest, io.leither.v1.ZRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRangeByScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRangeByScore"))
              .build();
        }
      }
    }
    return getZRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRevRangeByScoreRequest,
      io.leither.v1.ZRevRangeByScoreResponse> getZRevRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRangeByScore",
      requestType = io.leither.v1.ZRevRangeByScoreRequest.class,
      responseType = io.leither.v1.ZRevRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRevRangeByScoreRequest,
      io.leither.v1.ZRevRangeByScoreResponse> getZRevRangeByScoreMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRevRangeByScoreRequest, io.leither.v1.ZRevRangeByScoreResponse> getZRevRangeByScoreMethod;
    if ((getZRevRangeByScoreMethod = DbServiceGrpc.getZRevRangeByScoreMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRevRangeByScoreMethod = DbServiceGrpc.getZRevRangeByScoreMethod) == null) {
          DbServiceGrpc.getZRevRangeByScoreMethod = getZRevRangeByScoreMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRevRangeByScoreRequest, io.leither.v1.ZRevRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRangeByScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRevRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRevRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRevRangeByScore"))
              .build();
        }
      }
    }
    return getZRevRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZCountRequest,
      io.leither.v1.ZCountResponse> getZCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZCount",
      requestType = io.leither.v1.ZCountRequest.class,
      responseType = io.leither.v1.ZCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZCountRequest,
      io.leither.v1.ZCountResponse> getZCountMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZCountRequest, io.leither.v1.ZCountResponse> getZCountMethod;
    if ((getZCountMethod = DbServiceGrpc.getZCountMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZCountMethod = DbServiceGrpc.getZCountMethod) == null) {
          DbServiceGrpc.getZCountMethod = getZCountMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZCountRequest, io.leither.v1.ZCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZCount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZCount"))
              .build();
        }
      }
    }
    return getZCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ZRemRangeByScoreRequest,
      io.leither.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRemRangeByScore",
      requestType = io.leither.v1.ZRemRangeByScoreRequest.class,
      responseType = io.leither.v1.ZRemRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ZRemRangeByScoreRequest,
      io.leither.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ZRemRangeByScoreRequest, io.leither.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod;
    if ((getZRemRangeByScoreMethod = DbServiceGrpc.getZRemRangeByScoreMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getZRemRangeByScoreMethod = DbServiceGrpc.getZRemRangeByScoreMethod) == null) {
          DbServiceGrpc.getZRemRangeByScoreMethod = getZRemRangeByScoreMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ZRemRangeByScoreRequest, io.leither.v1.ZRemRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRemRangeByScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRemRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ZRemRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("ZRemRangeByScore"))
              .build();
        }
      }
    }
    return getZRemRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ScanRequest,
      io.leither.v1.ScanResponse> getScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Scan",
      requestType = io.leither.v1.ScanRequest.class,
      responseType = io.leither.v1.ScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ScanRequest,
      io.leither.v1.ScanResponse> getScanMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ScanRequest, io.leither.v1.ScanResponse> getScanMethod;
    if ((getScanMethod = DbServiceGrpc.getScanMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getScanMethod = DbServiceGrpc.getScanMethod) == null) {
          DbServiceGrpc.getScanMethod = getScanMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ScanRequest, io.leither.v1.ScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Scan"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Scan"))
              .build();
        }
      }
    }
    return getScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.BatchRequest,
      io.leither.v1.BatchResponse> getBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Batch",
      requestType = io.leither.v1.BatchRequest.class,
      responseType = io.leither.v1.BatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.BatchRequest,
      io.leither.v1.BatchResponse> getBatchMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.BatchRequest, io.leither.v1.BatchResponse> getBatchMethod;
    if ((getBatchMethod = DbServiceGrpc.getBatchMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getBatchMethod = DbServiceGrpc.getBatchMethod) == null) {
          DbServiceGrpc.getBatchMethod = getBatchMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.BatchRequest, io.leither.v1.BatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Batch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.BatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.BatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("Batch"))
              .build();
        }
      }
    }
    return getBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.BeginTransactionRequest,
      io.leither.v1.BeginTransactionResponse> getBeginTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BeginTransaction",
      requestType = io.leither.v1.BeginTransactionRequest.class,
      responseType = io.leither.v1.BeginTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.BeginTransactionRequest,
      io.leither.v1.BeginTransactionResponse> getBeginTransactionMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.BeginTransactionRequest, io.leither.v1.BeginTransactionResponse> getBeginTransactionMethod;
    if ((getBeginTransactionMethod = DbServiceGrpc.getBeginTransactionMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getBeginTransactionMethod = DbServiceGrpc.getBeginTransactionMethod) == null) {
          DbServiceGrpc.getBeginTransactionMethod = getBeginTransactionMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.BeginTransactionRequest, io.leither.v1.BeginTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BeginTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.BeginTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.BeginTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("BeginTransaction"))
              .build();
        }
      }
    }
    return getBeginTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CommitTransactionRequest,
      io.leither.v1.CommitTransactionResponse> getCommitTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CommitTransaction",
      requestType = io.leither.v1.CommitTransactionRequest.class,
      responseType = io.leither.v1.CommitTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CommitTransactionRequest,
      io.leither.v1.CommitTransactionResponse> getCommitTransactionMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CommitTransactionRequest, io.leither.v1.CommitTransactionResponse> getCommitTransactionMethod;
    if ((getCommitTransactionMethod = DbServiceGrpc.getCommitTransactionMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getCommitTransactionMethod = DbServiceGrpc.getCommitTransactionMethod) == null) {
          DbServiceGrpc.getCommitTransactionMethod = getCommitTransactionMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CommitTransactionRequest, io.leither.v1.CommitTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CommitTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CommitTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CommitTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("CommitTransaction"))
              .build();
        }
      }
    }
    return getCommitTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RollbackTransactionRequest,
      io.leither.v1.RollbackTransactionResponse> getRollbackTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RollbackTransaction",
      requestType = io.leither.v1.RollbackTransactionRequest.class,
      responseType = io.leither.v1.RollbackTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RollbackTransactionRequest,
      io.leither.v1.RollbackTransactionResponse> getRollbackTransactionMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RollbackTransactionRequest, io.leither.v1.RollbackTransactionResponse> getRollbackTransactionMethod;
    if ((getRollbackTransactionMethod = DbServiceGrpc.getRollbackTransactionMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getRollbackTransactionMethod = DbServiceGrpc.getRollbackTransactionMethod) == null) {
          DbServiceGrpc.getRollbackTransactionMethod = getRollbackTransactionMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RollbackTransactionRequest, io.leither.v1.RollbackTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RollbackTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RollbackTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RollbackTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("RollbackTransaction"))
              .build();
        }
      }
    }
    return getRollbackTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetLastSeqRequest,
      io.leither.v1.GetLastSeqResponse> getGetLastSeqMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLastSeq",
      requestType = io.leither.v1.GetLastSeqRequest.class,
      responseType = io.leither.v1.GetLastSeqResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetLastSeqRequest,
      io.leither.v1.GetLastSeqResponse> getGetLastSeqMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetLastSeqRequest, io.leither.v1.GetLastSeqResponse> getGetLastSeqMethod;
    if ((getGetLastSeqMethod = DbServiceGrpc.getGetLastSeqMethod) == null) {
      synchronized (DbServiceGrpc.class) {
        if ((getGetLastSeqMethod = DbServiceGrpc.getGetLastSeqMethod) == null) {
          DbServiceGrpc.getGetLastSeqMethod = getGetLastSeqMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetLastSeqRequest, io.leither.v1.GetLastSeqResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLastSeq"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetLastSeqRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetLastSeqResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DbServiceMethodDescriptorSupplier("GetLastSeq"))
              .build();
        }
      }
    }
    return getGetLastSeqMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DbServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DbServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DbServiceStub>() {
        @java.lang.Override
        public DbServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DbServiceStub(channel, callOptions);
        }
      };
    return DbServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static DbServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DbServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DbServiceBlockingV2Stub>() {
        @java.lang.Override
        public DbServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DbServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return DbServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DbServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DbServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DbServiceBlockingStub>() {
        @java.lang.Override
        public DbServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DbServiceBlockingStub(channel, callOptions);
        }
      };
    return DbServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DbServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DbServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DbServiceFutureStub>() {
        @java.lang.Override
        public DbServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DbServiceFutureStub(channel, callOptions);
        }
      };
    return DbServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
   * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
   * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
   * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
   * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
   * hash, list, set or sorted set). Stored values, hash values, list items and set members are
   * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
   * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
   * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
   * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
   * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
   * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
   * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
   * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
   * are stable.
   * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
   * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
   * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
   * GetLastSeq) and the CLI `mimei grep`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Set stores a string value, with an optional expiry and an NX/XX condition (Redis SET).
     * </pre>
     */
    default void set(io.leither.v1.SetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Get fetches a string value (Redis GET).
     * </pre>
     */
    default void get(io.leither.v1.GetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Del deletes keys of any type and returns how many existed (Redis DEL).
     * </pre>
     */
    default void del(io.leither.v1.DelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Exists counts how many of the given keys exist (Redis EXISTS).
     * </pre>
     */
    default void exists(io.leither.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Incr adds 1 to an integer value, a missing key counting as 0 (Redis INCR).
     * </pre>
     */
    default void incr(io.leither.v1.IncrRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.IncrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrMethod(), responseObserver);
    }

    /**
     * <pre>
     * IncrBy adds a delta to an integer value (Redis INCRBY).
     * </pre>
     */
    default void incrBy(io.leither.v1.IncrByRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.IncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * Strlen returns the length in bytes of a string value (Redis STRLEN).
     * </pre>
     */
    default void strlen(io.leither.v1.StrlenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.StrlenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStrlenMethod(), responseObserver);
    }

    /**
     * <pre>
     * MGet fetches several string values (Redis MGET).
     * </pre>
     */
    default void mGet(io.leither.v1.MGetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * MSet stores several string values atomically (Redis MSET).
     * </pre>
     */
    default void mSet(io.leither.v1.MSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Expire sets or removes the expiry of a key of any type (Redis EXPIRE, PEXPIRE, PERSIST).
     * </pre>
     */
    default void expire(io.leither.v1.ExpireRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ExpireResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExpireMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ttl returns the time a key has left to live (Redis PTTL).
     * </pre>
     */
    default void ttl(io.leither.v1.TtlRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.TtlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTtlMethod(), responseObserver);
    }

    /**
     * <pre>
     * HSet sets one field of a hash (Redis HSET with one pair).
     * </pre>
     */
    default void hSet(io.leither.v1.HSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HGet fetches one field of a hash (Redis HGET).
     * </pre>
     */
    default void hGet(io.leither.v1.HGetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HMSet sets several fields of a hash, creating it if needed (Redis HSET with many pairs).
     * </pre>
     */
    default void hMSet(io.leither.v1.HMSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HMSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHMSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HMGet fetches several fields of a hash (Redis HMGET).
     * </pre>
     */
    default void hMGet(io.leither.v1.HMGetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HMGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHMGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HGetAll fetches every field of a hash (Redis HGETALL).
     * </pre>
     */
    default void hGetAll(io.leither.v1.HGetAllRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HGetAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHGetAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * HKeys lists the field names of a hash (Redis HKEYS).
     * </pre>
     */
    default void hKeys(io.leither.v1.HKeysRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HKeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * HVals lists the values of a hash in field order (Redis HVALS).
     * </pre>
     */
    default void hVals(io.leither.v1.HValsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HValsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHValsMethod(), responseObserver);
    }

    /**
     * <pre>
     * HDel deletes fields of a hash, ignoring missing ones (Redis HDEL).
     * </pre>
     */
    default void hDel(io.leither.v1.HDelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HDelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * HLen counts the fields of a hash (Redis HLEN).
     * </pre>
     */
    default void hLen(io.leither.v1.HLenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * HExists tells whether a hash has a field (Redis HEXISTS).
     * </pre>
     */
    default void hExists(io.leither.v1.HExistsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * HIncrBy adds a delta to an integer field of a hash (Redis HINCRBY).
     * </pre>
     */
    default void hIncrBy(io.leither.v1.HIncrByRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HIncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * HScan walks the fields of a hash in ascending order from a starting field, filtered by a
     * glob pattern.
     * </pre>
     */
    default void hScan(io.leither.v1.HScanRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * HRevScan walks the fields of a hash in descending order from a starting field.
     * </pre>
     */
    default void hRevScan(io.leither.v1.HRevScanRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HRevScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHRevScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * HClear deletes whole hashes; keys that are missing or hold another type are left alone.
     * </pre>
     */
    default void hClear(io.leither.v1.HClearRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HClearResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHClearMethod(), responseObserver);
    }

    /**
     * <pre>
     * LPush inserts items at the head of a list (Redis LPUSH).
     * </pre>
     */
    default void lPush(io.leither.v1.LPushRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * RPush appends items at the tail of a list (Redis RPUSH).
     * </pre>
     */
    default void rPush(io.leither.v1.RPushRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * LPop removes and returns items from the head of a list (Redis LPOP).
     * </pre>
     */
    default void lPop(io.leither.v1.LPopRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * RPop removes and returns items from the tail of a list (Redis RPOP).
     * </pre>
     */
    default void rPop(io.leither.v1.RPopRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * LRange returns the items between two indexes, inclusive (Redis LRANGE).
     * </pre>
     */
    default void lRange(io.leither.v1.LRangeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * LLen returns the length of a list (Redis LLEN).
     * </pre>
     */
    default void lLen(io.leither.v1.LLenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * LIndex returns the item at an index (Redis LINDEX).
     * </pre>
     */
    default void lIndex(io.leither.v1.LIndexRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLIndexMethod(), responseObserver);
    }

    /**
     * <pre>
     * LSet replaces the item at an index; an index outside the list fails with OUT_OF_RANGE
     * (Redis LSET).
     * </pre>
     */
    default void lSet(io.leither.v1.LSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * LTrim keeps only the items between two indexes (Redis LTRIM).
     * </pre>
     */
    default void lTrim(io.leither.v1.LTrimRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LTrimResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLTrimMethod(), responseObserver);
    }

    /**
     * <pre>
     * SAdd adds members to a set (Redis SADD).
     * </pre>
     */
    default void sAdd(io.leither.v1.SAddRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * SRem removes members from a set (Redis SREM).
     * </pre>
     */
    default void sRem(io.leither.v1.SRemRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * SMembers lists the members of a set (Redis SMEMBERS).
     * </pre>
     */
    default void sMembers(io.leither.v1.SMembersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * SIsMember tells whether a value is a member of a set (Redis SISMEMBER).
     * </pre>
     */
    default void sIsMember(io.leither.v1.SIsMemberRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SIsMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSIsMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * SCard counts the members of a set (Redis SCARD).
     * </pre>
     */
    default void sCard(io.leither.v1.SCardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * SInter returns the members common to all given sets (Redis SINTER).
     * </pre>
     */
    default void sInter(io.leither.v1.SInterRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SInterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSInterMethod(), responseObserver);
    }

    /**
     * <pre>
     * SUnion returns the members of any given set (Redis SUNION).
     * </pre>
     */
    default void sUnion(io.leither.v1.SUnionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SUnionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSUnionMethod(), responseObserver);
    }

    /**
     * <pre>
     * SDiff returns the members of the first set that are in none of the others (Redis SDIFF).
     * </pre>
     */
    default void sDiff(io.leither.v1.SDiffRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SDiffResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSDiffMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZAdd adds members with scores to a sorted set or updates their scores (Redis ZADD).
     * </pre>
     */
    default void zAdd(io.leither.v1.ZAddRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRem removes members from a sorted set (Redis ZREM).
     * </pre>
     */
    default void zRem(io.leither.v1.ZRemRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZScore returns the score of a member (Redis ZSCORE).
     * </pre>
     */
    default void zScore(io.leither.v1.ZScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZIncrBy adds a delta to the score of a member, adding it with score 0 first when missing
     * (Redis ZINCRBY).
     * </pre>
     */
    default void zIncrBy(io.leither.v1.ZIncrByRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZIncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZCard counts the members of a sorted set (Redis ZCARD).
     * </pre>
     */
    default void zCard(io.leither.v1.ZCardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRank returns the 0-based rank of a member by ascending (or descending) score (Redis
     * ZRANK, ZREVRANK).
     * </pre>
     */
    default void zRank(io.leither.v1.ZRankRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRange returns members by rank in ascending score order (Redis ZRANGE WITHSCORES).
     * </pre>
     */
    default void zRange(io.leither.v1.ZRangeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRevRange returns members by rank in descending score order (Redis ZREVRANGE WITHSCORES).
     * </pre>
     */
    default void zRevRange(io.leither.v1.ZRevRangeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRevRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRangeByScore returns members within a score range in ascending order, with paging (Redis
     * ZRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    default void zRangeByScore(io.leither.v1.ZRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRevRangeByScore returns members within a score range in descending order, with paging
     * (Redis ZREVRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    default void zRevRangeByScore(io.leither.v1.ZRevRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRevRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZCount counts the members within a score range (Redis ZCOUNT).
     * </pre>
     */
    default void zCount(io.leither.v1.ZCountRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRemRangeByScore removes the members within a score range (Redis ZREMRANGEBYSCORE).
     * </pre>
     */
    default void zRemRangeByScore(io.leither.v1.ZRemRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRemRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Scan walks the keys of the store in key order, filtered by a glob pattern and a type, a
     * page at a time (Redis SCAN, but ordered and with a resumable cursor).
     * </pre>
     */
    default void scan(io.leither.v1.ScanRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * Batch runs many commands in one round trip, in order. With `atomic` they run as one
     * transaction: all apply or none, and the call fails with the first command's error. Without
     * it, each command runs on its own and reports its own reply or error.
     * </pre>
     */
    default void batch(io.leither.v1.BatchRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.BatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * BeginTransaction starts an optimistic transaction on the store behind a handle on `cur`.
     * </pre>
     */
    default void beginTransaction(io.leither.v1.BeginTransactionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.BeginTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBeginTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * CommitTransaction applies a transaction's writes at once, or fails with ABORTED on a
     * conflict (see Transactions in DbService).
     * </pre>
     */
    default void commitTransaction(io.leither.v1.CommitTransactionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CommitTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * RollbackTransaction discards a transaction's writes.
     * </pre>
     */
    default void rollbackTransaction(io.leither.v1.RollbackTransactionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RollbackTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRollbackTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetLastSeq returns the store's sequence number: it grows by one with every committed write
     * and orders changes in time (replicas sync from it).
     * </pre>
     */
    default void getLastSeq(io.leither.v1.GetLastSeqRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetLastSeqResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLastSeqMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service DbService.
   * <pre>
   * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
   * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
   * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
   * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
   * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
   * hash, list, set or sorted set). Stored values, hash values, list items and set members are
   * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
   * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
   * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
   * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
   * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
   * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
   * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
   * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
   * are stable.
   * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
   * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
   * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
   * GetLastSeq) and the CLI `mimei grep`.
   * </pre>
   */
  public static abstract class DbServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return DbServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service DbService.
   * <pre>
   * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
   * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
   * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
   * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
   * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
   * hash, list, set or sorted set). Stored values, hash values, list items and set members are
   * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
   * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
   * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
   * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
   * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
   * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
   * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
   * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
   * are stable.
   * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
   * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
   * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
   * GetLastSeq) and the CLI `mimei grep`.
   * </pre>
   */
  public static final class DbServiceStub
      extends io.grpc.stub.AbstractAsyncStub<DbServiceStub> {
    private DbServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DbServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DbServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Set stores a string value, with an optional expiry and an NX/XX condition (Redis SET).
     * </pre>
     */
    public void set(io.leither.v1.SetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Get fetches a string value (Redis GET).
     * </pre>
     */
    public void get(io.leither.v1.GetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Del deletes keys of any type and returns how many existed (Redis DEL).
     * </pre>
     */
    public void del(io.leither.v1.DelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Exists counts how many of the given keys exist (Redis EXISTS).
     * </pre>
     */
    public void exists(io.leither.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Incr adds 1 to an integer value, a missing key counting as 0 (Redis INCR).
     * </pre>
     */
    public void incr(io.leither.v1.IncrRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.IncrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * IncrBy adds a delta to an integer value (Redis INCRBY).
     * </pre>
     */
    public void incrBy(io.leither.v1.IncrByRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.IncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Strlen returns the length in bytes of a string value (Redis STRLEN).
     * </pre>
     */
    public void strlen(io.leither.v1.StrlenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.StrlenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStrlenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MGet fetches several string values (Redis MGET).
     * </pre>
     */
    public void mGet(io.leither.v1.MGetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MSet stores several string values atomically (Redis MSET).
     * </pre>
     */
    public void mSet(io.leither.v1.MSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.MSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Expire sets or removes the expiry of a key of any type (Redis EXPIRE, PEXPIRE, PERSIST).
     * </pre>
     */
    public void expire(io.leither.v1.ExpireRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ExpireResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExpireMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ttl returns the time a key has left to live (Redis PTTL).
     * </pre>
     */
    public void ttl(io.leither.v1.TtlRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.TtlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTtlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HSet sets one field of a hash (Redis HSET with one pair).
     * </pre>
     */
    public void hSet(io.leither.v1.HSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HGet fetches one field of a hash (Redis HGET).
     * </pre>
     */
    public void hGet(io.leither.v1.HGetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HMSet sets several fields of a hash, creating it if needed (Redis HSET with many pairs).
     * </pre>
     */
    public void hMSet(io.leither.v1.HMSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HMSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHMSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HMGet fetches several fields of a hash (Redis HMGET).
     * </pre>
     */
    public void hMGet(io.leither.v1.HMGetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HMGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHMGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HGetAll fetches every field of a hash (Redis HGETALL).
     * </pre>
     */
    public void hGetAll(io.leither.v1.HGetAllRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HGetAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHGetAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HKeys lists the field names of a hash (Redis HKEYS).
     * </pre>
     */
    public void hKeys(io.leither.v1.HKeysRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HKeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HVals lists the values of a hash in field order (Redis HVALS).
     * </pre>
     */
    public void hVals(io.leither.v1.HValsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HValsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHValsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HDel deletes fields of a hash, ignoring missing ones (Redis HDEL).
     * </pre>
     */
    public void hDel(io.leither.v1.HDelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HDelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HLen counts the fields of a hash (Redis HLEN).
     * </pre>
     */
    public void hLen(io.leither.v1.HLenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HExists tells whether a hash has a field (Redis HEXISTS).
     * </pre>
     */
    public void hExists(io.leither.v1.HExistsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HIncrBy adds a delta to an integer field of a hash (Redis HINCRBY).
     * </pre>
     */
    public void hIncrBy(io.leither.v1.HIncrByRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HIncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HScan walks the fields of a hash in ascending order from a starting field, filtered by a
     * glob pattern.
     * </pre>
     */
    public void hScan(io.leither.v1.HScanRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HRevScan walks the fields of a hash in descending order from a starting field.
     * </pre>
     */
    public void hRevScan(io.leither.v1.HRevScanRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HRevScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHRevScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HClear deletes whole hashes; keys that are missing or hold another type are left alone.
     * </pre>
     */
    public void hClear(io.leither.v1.HClearRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.HClearResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHClearMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LPush inserts items at the head of a list (Redis LPUSH).
     * </pre>
     */
    public void lPush(io.leither.v1.LPushRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RPush appends items at the tail of a list (Redis RPUSH).
     * </pre>
     */
    public void rPush(io.leither.v1.RPushRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LPop removes and returns items from the head of a list (Redis LPOP).
     * </pre>
     */
    public void lPop(io.leither.v1.LPopRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RPop removes and returns items from the tail of a list (Redis RPOP).
     * </pre>
     */
    public void rPop(io.leither.v1.RPopRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LRange returns the items between two indexes, inclusive (Redis LRANGE).
     * </pre>
     */
    public void lRange(io.leither.v1.LRangeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LLen returns the length of a list (Redis LLEN).
     * </pre>
     */
    public void lLen(io.leither.v1.LLenRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LIndex returns the item at an index (Redis LINDEX).
     * </pre>
     */
    public void lIndex(io.leither.v1.LIndexRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLIndexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LSet replaces the item at an index; an index outside the list fails with OUT_OF_RANGE
     * (Redis LSET).
     * </pre>
     */
    public void lSet(io.leither.v1.LSetRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LTrim keeps only the items between two indexes (Redis LTRIM).
     * </pre>
     */
    public void lTrim(io.leither.v1.LTrimRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LTrimResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLTrimMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SAdd adds members to a set (Redis SADD).
     * </pre>
     */
    public void sAdd(io.leither.v1.SAddRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SRem removes members from a set (Redis SREM).
     * </pre>
     */
    public void sRem(io.leither.v1.SRemRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SMembers lists the members of a set (Redis SMEMBERS).
     * </pre>
     */
    public void sMembers(io.leither.v1.SMembersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SIsMember tells whether a value is a member of a set (Redis SISMEMBER).
     * </pre>
     */
    public void sIsMember(io.leither.v1.SIsMemberRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SIsMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSIsMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SCard counts the members of a set (Redis SCARD).
     * </pre>
     */
    public void sCard(io.leither.v1.SCardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SInter returns the members common to all given sets (Redis SINTER).
     * </pre>
     */
    public void sInter(io.leither.v1.SInterRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SInterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSInterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SUnion returns the members of any given set (Redis SUNION).
     * </pre>
     */
    public void sUnion(io.leither.v1.SUnionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SUnionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSUnionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SDiff returns the members of the first set that are in none of the others (Redis SDIFF).
     * </pre>
     */
    public void sDiff(io.leither.v1.SDiffRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SDiffResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSDiffMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZAdd adds members with scores to a sorted set or updates their scores (Redis ZADD).
     * </pre>
     */
    public void zAdd(io.leither.v1.ZAddRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRem removes members from a sorted set (Redis ZREM).
     * </pre>
     */
    public void zRem(io.leither.v1.ZRemRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZScore returns the score of a member (Redis ZSCORE).
     * </pre>
     */
    public void zScore(io.leither.v1.ZScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZIncrBy adds a delta to the score of a member, adding it with score 0 first when missing
     * (Redis ZINCRBY).
     * </pre>
     */
    public void zIncrBy(io.leither.v1.ZIncrByRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZIncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZCard counts the members of a sorted set (Redis ZCARD).
     * </pre>
     */
    public void zCard(io.leither.v1.ZCardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRank returns the 0-based rank of a member by ascending (or descending) score (Redis
     * ZRANK, ZREVRANK).
     * </pre>
     */
    public void zRank(io.leither.v1.ZRankRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRange returns members by rank in ascending score order (Redis ZRANGE WITHSCORES).
     * </pre>
     */
    public void zRange(io.leither.v1.ZRangeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRevRange returns members by rank in descending score order (Redis ZREVRANGE WITHSCORES).
     * </pre>
     */
    public void zRevRange(io.leither.v1.ZRevRangeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRevRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRangeByScore returns members within a score range in ascending order, with paging (Redis
     * ZRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public void zRangeByScore(io.leither.v1.ZRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRevRangeByScore returns members within a score range in descending order, with paging
     * (Redis ZREVRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public void zRevRangeByScore(io.leither.v1.ZRevRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRevRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZCount counts the members within a score range (Redis ZCOUNT).
     * </pre>
     */
    public void zCount(io.leither.v1.ZCountRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRemRangeByScore removes the members within a score range (Redis ZREMRANGEBYSCORE).
     * </pre>
     */
    public void zRemRangeByScore(io.leither.v1.ZRemRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ZRemRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Scan walks the keys of the store in key order, filtered by a glob pattern and a type, a
     * page at a time (Redis SCAN, but ordered and with a resumable cursor).
     * </pre>
     */
    public void scan(io.leither.v1.ScanRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Batch runs many commands in one round trip, in order. With `atomic` they run as one
     * transaction: all apply or none, and the call fails with the first command's error. Without
     * it, each command runs on its own and reports its own reply or error.
     * </pre>
     */
    public void batch(io.leither.v1.BatchRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.BatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BeginTransaction starts an optimistic transaction on the store behind a handle on `cur`.
     * </pre>
     */
    public void beginTransaction(io.leither.v1.BeginTransactionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.BeginTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBeginTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CommitTransaction applies a transaction's writes at once, or fails with ABORTED on a
     * conflict (see Transactions in DbService).
     * </pre>
     */
    public void commitTransaction(io.leither.v1.CommitTransactionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CommitTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RollbackTransaction discards a transaction's writes.
     * </pre>
     */
    public void rollbackTransaction(io.leither.v1.RollbackTransactionRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RollbackTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRollbackTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetLastSeq returns the store's sequence number: it grows by one with every committed write
     * and orders changes in time (replicas sync from it).
     * </pre>
     */
    public void getLastSeq(io.leither.v1.GetLastSeqRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetLastSeqResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLastSeqMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service DbService.
   * <pre>
   * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
   * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
   * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
   * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
   * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
   * hash, list, set or sorted set). Stored values, hash values, list items and set members are
   * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
   * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
   * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
   * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
   * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
   * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
   * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
   * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
   * are stable.
   * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
   * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
   * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
   * GetLastSeq) and the CLI `mimei grep`.
   * </pre>
   */
  public static final class DbServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<DbServiceBlockingV2Stub> {
    private DbServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DbServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DbServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Set stores a string value, with an optional expiry and an NX/XX condition (Redis SET).
     * </pre>
     */
    public io.leither.v1.SetResponse set(io.leither.v1.SetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Get fetches a string value (Redis GET).
     * </pre>
     */
    public io.leither.v1.GetResponse get(io.leither.v1.GetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Del deletes keys of any type and returns how many existed (Redis DEL).
     * </pre>
     */
    public io.leither.v1.DelResponse del(io.leither.v1.DelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Exists counts how many of the given keys exist (Redis EXISTS).
     * </pre>
     */
    public io.leither.v1.ExistsResponse exists(io.leither.v1.ExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Incr adds 1 to an integer value, a missing key counting as 0 (Redis INCR).
     * </pre>
     */
    public io.leither.v1.IncrResponse incr(io.leither.v1.IncrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * IncrBy adds a delta to an integer value (Redis INCRBY).
     * </pre>
     */
    public io.leither.v1.IncrByResponse incrBy(io.leither.v1.IncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Strlen returns the length in bytes of a string value (Redis STRLEN).
     * </pre>
     */
    public io.leither.v1.StrlenResponse strlen(io.leither.v1.StrlenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStrlenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MGet fetches several string values (Redis MGET).
     * </pre>
     */
    public io.leither.v1.MGetResponse mGet(io.leither.v1.MGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MSet stores several string values atomically (Redis MSET).
     * </pre>
     */
    public io.leither.v1.MSetResponse mSet(io.leither.v1.MSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Expire sets or removes the expiry of a key of any type (Redis EXPIRE, PEXPIRE, PERSIST).
     * </pre>
     */
    public io.leither.v1.ExpireResponse expire(io.leither.v1.ExpireRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ttl returns the time a key has left to live (Redis PTTL).
     * </pre>
     */
    public io.leither.v1.TtlResponse ttl(io.leither.v1.TtlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSet sets one field of a hash (Redis HSET with one pair).
     * </pre>
     */
    public io.leither.v1.HSetResponse hSet(io.leither.v1.HSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGet fetches one field of a hash (Redis HGET).
     * </pre>
     */
    public io.leither.v1.HGetResponse hGet(io.leither.v1.HGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HMSet sets several fields of a hash, creating it if needed (Redis HSET with many pairs).
     * </pre>
     */
    public io.leither.v1.HMSetResponse hMSet(io.leither.v1.HMSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HMGet fetches several fields of a hash (Redis HMGET).
     * </pre>
     */
    public io.leither.v1.HMGetResponse hMGet(io.leither.v1.HMGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGetAll fetches every field of a hash (Redis HGETALL).
     * </pre>
     */
    public io.leither.v1.HGetAllResponse hGetAll(io.leither.v1.HGetAllRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHGetAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HKeys lists the field names of a hash (Redis HKEYS).
     * </pre>
     */
    public io.leither.v1.HKeysResponse hKeys(io.leither.v1.HKeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HVals lists the values of a hash in field order (Redis HVALS).
     * </pre>
     */
    public io.leither.v1.HValsResponse hVals(io.leither.v1.HValsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHValsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HDel deletes fields of a hash, ignoring missing ones (Redis HDEL).
     * </pre>
     */
    public io.leither.v1.HDelResponse hDel(io.leither.v1.HDelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HLen counts the fields of a hash (Redis HLEN).
     * </pre>
     */
    public io.leither.v1.HLenResponse hLen(io.leither.v1.HLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HExists tells whether a hash has a field (Redis HEXISTS).
     * </pre>
     */
    public io.leither.v1.HExistsResponse hExists(io.leither.v1.HExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HIncrBy adds a delta to an integer field of a hash (Redis HINCRBY).
     * </pre>
     */
    public io.leither.v1.HIncrByResponse hIncrBy(io.leither.v1.HIncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HScan walks the fields of a hash in ascending order from a starting field, filtered by a
     * glob pattern.
     * </pre>
     */
    public io.leither.v1.HScanResponse hScan(io.leither.v1.HScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HRevScan walks the fields of a hash in descending order from a starting field.
     * </pre>
     */
    public io.leither.v1.HRevScanResponse hRevScan(io.leither.v1.HRevScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHRevScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HClear deletes whole hashes; keys that are missing or hold another type are left alone.
     * </pre>
     */
    public io.leither.v1.HClearResponse hClear(io.leither.v1.HClearRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHClearMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPush inserts items at the head of a list (Redis LPUSH).
     * </pre>
     */
    public io.leither.v1.LPushResponse lPush(io.leither.v1.LPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPush appends items at the tail of a list (Redis RPUSH).
     * </pre>
     */
    public io.leither.v1.RPushResponse rPush(io.leither.v1.RPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPop removes and returns items from the head of a list (Redis LPOP).
     * </pre>
     */
    public io.leither.v1.LPopResponse lPop(io.leither.v1.LPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPop removes and returns items from the tail of a list (Redis RPOP).
     * </pre>
     */
    public io.leither.v1.RPopResponse rPop(io.leither.v1.RPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LRange returns the items between two indexes, inclusive (Redis LRANGE).
     * </pre>
     */
    public io.leither.v1.LRangeResponse lRange(io.leither.v1.LRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LLen returns the length of a list (Redis LLEN).
     * </pre>
     */
    public io.leither.v1.LLenResponse lLen(io.leither.v1.LLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LIndex returns the item at an index (Redis LINDEX).
     * </pre>
     */
    public io.leither.v1.LIndexResponse lIndex(io.leither.v1.LIndexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LSet replaces the item at an index; an index outside the list fails with OUT_OF_RANGE
     * (Redis LSET).
     * </pre>
     */
    public io.leither.v1.LSetResponse lSet(io.leither.v1.LSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LTrim keeps only the items between two indexes (Redis LTRIM).
     * </pre>
     */
    public io.leither.v1.LTrimResponse lTrim(io.leither.v1.LTrimRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SAdd adds members to a set (Redis SADD).
     * </pre>
     */
    public io.leither.v1.SAddResponse sAdd(io.leither.v1.SAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SRem removes members from a set (Redis SREM).
     * </pre>
     */
    public io.leither.v1.SRemResponse sRem(io.leither.v1.SRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMembers lists the members of a set (Redis SMEMBERS).
     * </pre>
     */
    public io.leither.v1.SMembersResponse sMembers(io.leither.v1.SMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SIsMember tells whether a value is a member of a set (Redis SISMEMBER).
     * </pre>
     */
    public io.leither.v1.SIsMemberResponse sIsMember(io.leither.v1.SIsMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCard counts the members of a set (Redis SCARD).
     * </pre>
     */
    public io.leither.v1.SCardResponse sCard(io.leither.v1.SCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SInter returns the members common to all given sets (Redis SINTER).
     * </pre>
     */
    public io.leither.v1.SInterResponse sInter(io.leither.v1.SInterRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUnion returns the members of any given set (Redis SUNION).
     * </pre>
     */
    public io.leither.v1.SUnionResponse sUnion(io.leither.v1.SUnionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SDiff returns the members of the first set that are in none of the others (Redis SDIFF).
     * </pre>
     */
    public io.leither.v1.SDiffResponse sDiff(io.leither.v1.SDiffRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZAdd adds members with scores to a sorted set or updates their scores (Redis ZADD).
     * </pre>
     */
    public io.leither.v1.ZAddResponse zAdd(io.leither.v1.ZAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRem removes members from a sorted set (Redis ZREM).
     * </pre>
     */
    public io.leither.v1.ZRemResponse zRem(io.leither.v1.ZRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZScore returns the score of a member (Redis ZSCORE).
     * </pre>
     */
    public io.leither.v1.ZScoreResponse zScore(io.leither.v1.ZScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZIncrBy adds a delta to the score of a member, adding it with score 0 first when missing
     * (Redis ZINCRBY).
     * </pre>
     */
    public io.leither.v1.ZIncrByResponse zIncrBy(io.leither.v1.ZIncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCard counts the members of a sorted set (Redis ZCARD).
     * </pre>
     */
    public io.leither.v1.ZCardResponse zCard(io.leither.v1.ZCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRank returns the 0-based rank of a member by ascending (or descending) score (Redis
     * ZRANK, ZREVRANK).
     * </pre>
     */
    public io.leither.v1.ZRankResponse zRank(io.leither.v1.ZRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRange returns members by rank in ascending score order (Redis ZRANGE WITHSCORES).
     * </pre>
     */
    public io.leither.v1.ZRangeResponse zRange(io.leither.v1.ZRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRevRange returns members by rank in descending score order (Redis ZREVRANGE WITHSCORES).
     * </pre>
     */
    public io.leither.v1.ZRevRangeResponse zRevRange(io.leither.v1.ZRevRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRangeByScore returns members within a score range in ascending order, with paging (Redis
     * ZRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public io.leither.v1.ZRangeByScoreResponse zRangeByScore(io.leither.v1.ZRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRevRangeByScore returns members within a score range in descending order, with paging
     * (Redis ZREVRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public io.leither.v1.ZRevRangeByScoreResponse zRevRangeByScore(io.leither.v1.ZRevRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCount counts the members within a score range (Redis ZCOUNT).
     * </pre>
     */
    public io.leither.v1.ZCountResponse zCount(io.leither.v1.ZCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRemRangeByScore removes the members within a score range (Redis ZREMRANGEBYSCORE).
     * </pre>
     */
    public io.leither.v1.ZRemRangeByScoreResponse zRemRangeByScore(io.leither.v1.ZRemRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Scan walks the keys of the store in key order, filtered by a glob pattern and a type, a
     * page at a time (Redis SCAN, but ordered and with a resumable cursor).
     * </pre>
     */
    public io.leither.v1.ScanResponse scan(io.leither.v1.ScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Batch runs many commands in one round trip, in order. With `atomic` they run as one
     * transaction: all apply or none, and the call fails with the first command's error. Without
     * it, each command runs on its own and reports its own reply or error.
     * </pre>
     */
    public io.leither.v1.BatchResponse batch(io.leither.v1.BatchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BeginTransaction starts an optimistic transaction on the store behind a handle on `cur`.
     * </pre>
     */
    public io.leither.v1.BeginTransactionResponse beginTransaction(io.leither.v1.BeginTransactionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBeginTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CommitTransaction applies a transaction's writes at once, or fails with ABORTED on a
     * conflict (see Transactions in DbService).
     * </pre>
     */
    public io.leither.v1.CommitTransactionResponse commitTransaction(io.leither.v1.CommitTransactionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCommitTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RollbackTransaction discards a transaction's writes.
     * </pre>
     */
    public io.leither.v1.RollbackTransactionResponse rollbackTransaction(io.leither.v1.RollbackTransactionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRollbackTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetLastSeq returns the store's sequence number: it grows by one with every committed write
     * and orders changes in time (replicas sync from it).
     * </pre>
     */
    public io.leither.v1.GetLastSeqResponse getLastSeq(io.leither.v1.GetLastSeqRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLastSeqMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service DbService.
   * <pre>
   * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
   * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
   * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
   * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
   * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
   * hash, list, set or sorted set). Stored values, hash values, list items and set members are
   * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
   * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
   * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
   * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
   * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
   * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
   * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
   * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
   * are stable.
   * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
   * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
   * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
   * GetLastSeq) and the CLI `mimei grep`.
   * </pre>
   */
  public static final class DbServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<DbServiceBlockingStub> {
    private DbServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DbServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DbServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Set stores a string value, with an optional expiry and an NX/XX condition (Redis SET).
     * </pre>
     */
    public io.leither.v1.SetResponse set(io.leither.v1.SetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Get fetches a string value (Redis GET).
     * </pre>
     */
    public io.leither.v1.GetResponse get(io.leither.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Del deletes keys of any type and returns how many existed (Redis DEL).
     * </pre>
     */
    public io.leither.v1.DelResponse del(io.leither.v1.DelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Exists counts how many of the given keys exist (Redis EXISTS).
     * </pre>
     */
    public io.leither.v1.ExistsResponse exists(io.leither.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Incr adds 1 to an integer value, a missing key counting as 0 (Redis INCR).
     * </pre>
     */
    public io.leither.v1.IncrResponse incr(io.leither.v1.IncrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * IncrBy adds a delta to an integer value (Redis INCRBY).
     * </pre>
     */
    public io.leither.v1.IncrByResponse incrBy(io.leither.v1.IncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Strlen returns the length in bytes of a string value (Redis STRLEN).
     * </pre>
     */
    public io.leither.v1.StrlenResponse strlen(io.leither.v1.StrlenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStrlenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MGet fetches several string values (Redis MGET).
     * </pre>
     */
    public io.leither.v1.MGetResponse mGet(io.leither.v1.MGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MSet stores several string values atomically (Redis MSET).
     * </pre>
     */
    public io.leither.v1.MSetResponse mSet(io.leither.v1.MSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Expire sets or removes the expiry of a key of any type (Redis EXPIRE, PEXPIRE, PERSIST).
     * </pre>
     */
    public io.leither.v1.ExpireResponse expire(io.leither.v1.ExpireRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ttl returns the time a key has left to live (Redis PTTL).
     * </pre>
     */
    public io.leither.v1.TtlResponse ttl(io.leither.v1.TtlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSet sets one field of a hash (Redis HSET with one pair).
     * </pre>
     */
    public io.leither.v1.HSetResponse hSet(io.leither.v1.HSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGet fetches one field of a hash (Redis HGET).
     * </pre>
     */
    public io.leither.v1.HGetResponse hGet(io.leither.v1.HGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HMSet sets several fields of a hash, creating it if needed (Redis HSET with many pairs).
     * </pre>
     */
    public io.leither.v1.HMSetResponse hMSet(io.leither.v1.HMSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HMGet fetches several fields of a hash (Redis HMGET).
     * </pre>
     */
    public io.leither.v1.HMGetResponse hMGet(io.leither.v1.HMGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGetAll fetches every field of a hash (Redis HGETALL).
     * </pre>
     */
    public io.leither.v1.HGetAllResponse hGetAll(io.leither.v1.HGetAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHGetAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HKeys lists the field names of a hash (Redis HKEYS).
     * </pre>
     */
    public io.leither.v1.HKeysResponse hKeys(io.leither.v1.HKeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HVals lists the values of a hash in field order (Redis HVALS).
     * </pre>
     */
    public io.leither.v1.HValsResponse hVals(io.leither.v1.HValsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHValsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HDel deletes fields of a hash, ignoring missing ones (Redis HDEL).
     * </pre>
     */
    public io.leither.v1.HDelResponse hDel(io.leither.v1.HDelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HLen counts the fields of a hash (Redis HLEN).
     * </pre>
     */
    public io.leither.v1.HLenResponse hLen(io.leither.v1.HLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HExists tells whether a hash has a field (Redis HEXISTS).
     * </pre>
     */
    public io.leither.v1.HExistsResponse hExists(io.leither.v1.HExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HIncrBy adds a delta to an integer field of a hash (Redis HINCRBY).
     * </pre>
     */
    public io.leither.v1.HIncrByResponse hIncrBy(io.leither.v1.HIncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HScan walks the fields of a hash in ascending order from a starting field, filtered by a
     * glob pattern.
     * </pre>
     */
    public io.leither.v1.HScanResponse hScan(io.leither.v1.HScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HRevScan walks the fields of a hash in descending order from a starting field.
     * </pre>
     */
    public io.leither.v1.HRevScanResponse hRevScan(io.leither.v1.HRevScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHRevScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HClear deletes whole hashes; keys that are missing or hold another type are left alone.
     * </pre>
     */
    public io.leither.v1.HClearResponse hClear(io.leither.v1.HClearRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHClearMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPush inserts items at the head of a list (Redis LPUSH).
     * </pre>
     */
    public io.leither.v1.LPushResponse lPush(io.leither.v1.LPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPush appends items at the tail of a list (Redis RPUSH).
     * </pre>
     */
    public io.leither.v1.RPushResponse rPush(io.leither.v1.RPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPop removes and returns items from the head of a list (Redis LPOP).
     * </pre>
     */
    public io.leither.v1.LPopResponse lPop(io.leither.v1.LPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPop removes and returns items from the tail of a list (Redis RPOP).
     * </pre>
     */
    public io.leither.v1.RPopResponse rPop(io.leither.v1.RPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LRange returns the items between two indexes, inclusive (Redis LRANGE).
     * </pre>
     */
    public io.leither.v1.LRangeResponse lRange(io.leither.v1.LRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LLen returns the length of a list (Redis LLEN).
     * </pre>
     */
    public io.leither.v1.LLenResponse lLen(io.leither.v1.LLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LIndex returns the item at an index (Redis LINDEX).
     * </pre>
     */
    public io.leither.v1.LIndexResponse lIndex(io.leither.v1.LIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LSet replaces the item at an index; an index outside the list fails with OUT_OF_RANGE
     * (Redis LSET).
     * </pre>
     */
    public io.leither.v1.LSetResponse lSet(io.leither.v1.LSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LTrim keeps only the items between two indexes (Redis LTRIM).
     * </pre>
     */
    public io.leither.v1.LTrimResponse lTrim(io.leither.v1.LTrimRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SAdd adds members to a set (Redis SADD).
     * </pre>
     */
    public io.leither.v1.SAddResponse sAdd(io.leither.v1.SAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SRem removes members from a set (Redis SREM).
     * </pre>
     */
    public io.leither.v1.SRemResponse sRem(io.leither.v1.SRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMembers lists the members of a set (Redis SMEMBERS).
     * </pre>
     */
    public io.leither.v1.SMembersResponse sMembers(io.leither.v1.SMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SIsMember tells whether a value is a member of a set (Redis SISMEMBER).
     * </pre>
     */
    public io.leither.v1.SIsMemberResponse sIsMember(io.leither.v1.SIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCard counts the members of a set (Redis SCARD).
     * </pre>
     */
    public io.leither.v1.SCardResponse sCard(io.leither.v1.SCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SInter returns the members common to all given sets (Redis SINTER).
     * </pre>
     */
    public io.leither.v1.SInterResponse sInter(io.leither.v1.SInterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUnion returns the members of any given set (Redis SUNION).
     * </pre>
     */
    public io.leither.v1.SUnionResponse sUnion(io.leither.v1.SUnionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SDiff returns the members of the first set that are in none of the others (Redis SDIFF).
     * </pre>
     */
    public io.leither.v1.SDiffResponse sDiff(io.leither.v1.SDiffRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZAdd adds members with scores to a sorted set or updates their scores (Redis ZADD).
     * </pre>
     */
    public io.leither.v1.ZAddResponse zAdd(io.leither.v1.ZAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRem removes members from a sorted set (Redis ZREM).
     * </pre>
     */
    public io.leither.v1.ZRemResponse zRem(io.leither.v1.ZRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZScore returns the score of a member (Redis ZSCORE).
     * </pre>
     */
    public io.leither.v1.ZScoreResponse zScore(io.leither.v1.ZScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZIncrBy adds a delta to the score of a member, adding it with score 0 first when missing
     * (Redis ZINCRBY).
     * </pre>
     */
    public io.leither.v1.ZIncrByResponse zIncrBy(io.leither.v1.ZIncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCard counts the members of a sorted set (Redis ZCARD).
     * </pre>
     */
    public io.leither.v1.ZCardResponse zCard(io.leither.v1.ZCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRank returns the 0-based rank of a member by ascending (or descending) score (Redis
     * ZRANK, ZREVRANK).
     * </pre>
     */
    public io.leither.v1.ZRankResponse zRank(io.leither.v1.ZRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRange returns members by rank in ascending score order (Redis ZRANGE WITHSCORES).
     * </pre>
     */
    public io.leither.v1.ZRangeResponse zRange(io.leither.v1.ZRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRevRange returns members by rank in descending score order (Redis ZREVRANGE WITHSCORES).
     * </pre>
     */
    public io.leither.v1.ZRevRangeResponse zRevRange(io.leither.v1.ZRevRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRangeByScore returns members within a score range in ascending order, with paging (Redis
     * ZRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public io.leither.v1.ZRangeByScoreResponse zRangeByScore(io.leither.v1.ZRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRevRangeByScore returns members within a score range in descending order, with paging
     * (Redis ZREVRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public io.leither.v1.ZRevRangeByScoreResponse zRevRangeByScore(io.leither.v1.ZRevRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCount counts the members within a score range (Redis ZCOUNT).
     * </pre>
     */
    public io.leither.v1.ZCountResponse zCount(io.leither.v1.ZCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRemRangeByScore removes the members within a score range (Redis ZREMRANGEBYSCORE).
     * </pre>
     */
    public io.leither.v1.ZRemRangeByScoreResponse zRemRangeByScore(io.leither.v1.ZRemRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Scan walks the keys of the store in key order, filtered by a glob pattern and a type, a
     * page at a time (Redis SCAN, but ordered and with a resumable cursor).
     * </pre>
     */
    public io.leither.v1.ScanResponse scan(io.leither.v1.ScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Batch runs many commands in one round trip, in order. With `atomic` they run as one
     * transaction: all apply or none, and the call fails with the first command's error. Without
     * it, each command runs on its own and reports its own reply or error.
     * </pre>
     */
    public io.leither.v1.BatchResponse batch(io.leither.v1.BatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BeginTransaction starts an optimistic transaction on the store behind a handle on `cur`.
     * </pre>
     */
    public io.leither.v1.BeginTransactionResponse beginTransaction(io.leither.v1.BeginTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBeginTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CommitTransaction applies a transaction's writes at once, or fails with ABORTED on a
     * conflict (see Transactions in DbService).
     * </pre>
     */
    public io.leither.v1.CommitTransactionResponse commitTransaction(io.leither.v1.CommitTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RollbackTransaction discards a transaction's writes.
     * </pre>
     */
    public io.leither.v1.RollbackTransactionResponse rollbackTransaction(io.leither.v1.RollbackTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRollbackTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetLastSeq returns the store's sequence number: it grows by one with every committed write
     * and orders changes in time (replicas sync from it).
     * </pre>
     */
    public io.leither.v1.GetLastSeqResponse getLastSeq(io.leither.v1.GetLastSeqRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLastSeqMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service DbService.
   * <pre>
   * DbService reads and writes the key-value store of a DB MiMei, with Redis semantics.
   * Every call names the store by a `handle` from MiMeiService.Open on a DB MiMei. A handle on
   * `cur` reads and, with the write right, writes; a handle on a numbered version reads a frozen
   * snapshot (writes fail with FAILED_PRECONDITION, reason VERSION_FROZEN).
   * Data model. Keys are UTF-8 strings and share one namespace; each key holds one type (string,
   * hash, list, set or sorted set). Stored values, hash values, list items and set members are
   * bytes. Integer commands (Incr, IncrBy, HIncrBy) store decimal ASCII, as Redis does, and fail
   * with FAILED_PRECONDITION, reason NOT_INTEGER, on anything else; overflow fails with
   * OUT_OF_RANGE, reason OVERFLOW. A command on a key of another type fails with
   * FAILED_PRECONDITION, reason WRONGTYPE (ErrorDetail metadata "redis" holds the reply text
   * redis-server gives for each such error). Sorted-set scores are IEEE doubles with Redis semantics (the original used int64:
   * integers up to 2^53 are exact); NaN is refused and infinities are allowed in ranges. Missing
   * keys read as empty, as in Redis, and `found` fields tell absence from emptiness.
   * Ordering. Hash fields, set members and keys are ordered by their bytes, so scans and listings
   * are stable.
   * Limits. A reply that would hold more than 100 000 items or 64 MiB fails with
   * RESOURCE_EXHAUSTED; page with ranges, scans or counts instead.
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
   * Replaces the original MDbStub calls (Set ... Zmclear, Scan, Begin, Commit, Rollback,
   * GetLastSeq) and the CLI `mimei grep`.
   * </pre>
   */
  public static final class DbServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<DbServiceFutureStub> {
    private DbServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DbServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DbServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Set stores a string value, with an optional expiry and an NX/XX condition (Redis SET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetResponse> set(
        io.leither.v1.SetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Get fetches a string value (Redis GET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetResponse> get(
        io.leither.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Del deletes keys of any type and returns how many existed (Redis DEL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DelResponse> del(
        io.leither.v1.DelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Exists counts how many of the given keys exist (Redis EXISTS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ExistsResponse> exists(
        io.leither.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Incr adds 1 to an integer value, a missing key counting as 0 (Redis INCR).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.IncrResponse> incr(
        io.leither.v1.IncrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * IncrBy adds a delta to an integer value (Redis INCRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.IncrByResponse> incrBy(
        io.leither.v1.IncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Strlen returns the length in bytes of a string value (Redis STRLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.StrlenResponse> strlen(
        io.leither.v1.StrlenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStrlenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MGet fetches several string values (Redis MGET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.MGetResponse> mGet(
        io.leither.v1.MGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MSet stores several string values atomically (Redis MSET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.MSetResponse> mSet(
        io.leither.v1.MSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Expire sets or removes the expiry of a key of any type (Redis EXPIRE, PEXPIRE, PERSIST).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ExpireResponse> expire(
        io.leither.v1.ExpireRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExpireMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ttl returns the time a key has left to live (Redis PTTL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.TtlResponse> ttl(
        io.leither.v1.TtlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTtlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HSet sets one field of a hash (Redis HSET with one pair).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HSetResponse> hSet(
        io.leither.v1.HSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HGet fetches one field of a hash (Redis HGET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HGetResponse> hGet(
        io.leither.v1.HGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HMSet sets several fields of a hash, creating it if needed (Redis HSET with many pairs).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HMSetResponse> hMSet(
        io.leither.v1.HMSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHMSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HMGet fetches several fields of a hash (Redis HMGET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HMGetResponse> hMGet(
        io.leither.v1.HMGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHMGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HGetAll fetches every field of a hash (Redis HGETALL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HGetAllResponse> hGetAll(
        io.leither.v1.HGetAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHGetAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HKeys lists the field names of a hash (Redis HKEYS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HKeysResponse> hKeys(
        io.leither.v1.HKeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HVals lists the values of a hash in field order (Redis HVALS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HValsResponse> hVals(
        io.leither.v1.HValsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHValsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HDel deletes fields of a hash, ignoring missing ones (Redis HDEL).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HDelResponse> hDel(
        io.leither.v1.HDelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HLen counts the fields of a hash (Redis HLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HLenResponse> hLen(
        io.leither.v1.HLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HExists tells whether a hash has a field (Redis HEXISTS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HExistsResponse> hExists(
        io.leither.v1.HExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HIncrBy adds a delta to an integer field of a hash (Redis HINCRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HIncrByResponse> hIncrBy(
        io.leither.v1.HIncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HScan walks the fields of a hash in ascending order from a starting field, filtered by a
     * glob pattern.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HScanResponse> hScan(
        io.leither.v1.HScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HRevScan walks the fields of a hash in descending order from a starting field.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HRevScanResponse> hRevScan(
        io.leither.v1.HRevScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHRevScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HClear deletes whole hashes; keys that are missing or hold another type are left alone.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.HClearResponse> hClear(
        io.leither.v1.HClearRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHClearMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LPush inserts items at the head of a list (Redis LPUSH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LPushResponse> lPush(
        io.leither.v1.LPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RPush appends items at the tail of a list (Redis RPUSH).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RPushResponse> rPush(
        io.leither.v1.RPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LPop removes and returns items from the head of a list (Redis LPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LPopResponse> lPop(
        io.leither.v1.LPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RPop removes and returns items from the tail of a list (Redis RPOP).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RPopResponse> rPop(
        io.leither.v1.RPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LRange returns the items between two indexes, inclusive (Redis LRANGE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LRangeResponse> lRange(
        io.leither.v1.LRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LLen returns the length of a list (Redis LLEN).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LLenResponse> lLen(
        io.leither.v1.LLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LIndex returns the item at an index (Redis LINDEX).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LIndexResponse> lIndex(
        io.leither.v1.LIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLIndexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LSet replaces the item at an index; an index outside the list fails with OUT_OF_RANGE
     * (Redis LSET).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LSetResponse> lSet(
        io.leither.v1.LSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LTrim keeps only the items between two indexes (Redis LTRIM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LTrimResponse> lTrim(
        io.leither.v1.LTrimRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLTrimMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SAdd adds members to a set (Redis SADD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SAddResponse> sAdd(
        io.leither.v1.SAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SRem removes members from a set (Redis SREM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SRemResponse> sRem(
        io.leither.v1.SRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SMembers lists the members of a set (Redis SMEMBERS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SMembersResponse> sMembers(
        io.leither.v1.SMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SIsMember tells whether a value is a member of a set (Redis SISMEMBER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SIsMemberResponse> sIsMember(
        io.leither.v1.SIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSIsMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SCard counts the members of a set (Redis SCARD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SCardResponse> sCard(
        io.leither.v1.SCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SInter returns the members common to all given sets (Redis SINTER).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SInterResponse> sInter(
        io.leither.v1.SInterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSInterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SUnion returns the members of any given set (Redis SUNION).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SUnionResponse> sUnion(
        io.leither.v1.SUnionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSUnionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SDiff returns the members of the first set that are in none of the others (Redis SDIFF).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SDiffResponse> sDiff(
        io.leither.v1.SDiffRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSDiffMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZAdd adds members with scores to a sorted set or updates their scores (Redis ZADD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZAddResponse> zAdd(
        io.leither.v1.ZAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRem removes members from a sorted set (Redis ZREM).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRemResponse> zRem(
        io.leither.v1.ZRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZScore returns the score of a member (Redis ZSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZScoreResponse> zScore(
        io.leither.v1.ZScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZIncrBy adds a delta to the score of a member, adding it with score 0 first when missing
     * (Redis ZINCRBY).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZIncrByResponse> zIncrBy(
        io.leither.v1.ZIncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZCard counts the members of a sorted set (Redis ZCARD).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZCardResponse> zCard(
        io.leither.v1.ZCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRank returns the 0-based rank of a member by ascending (or descending) score (Redis
     * ZRANK, ZREVRANK).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRankResponse> zRank(
        io.leither.v1.ZRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRange returns members by rank in ascending score order (Redis ZRANGE WITHSCORES).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRangeResponse> zRange(
        io.leither.v1.ZRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRevRange returns members by rank in descending score order (Redis ZREVRANGE WITHSCORES).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRevRangeResponse> zRevRange(
        io.leither.v1.ZRevRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRangeByScore returns members within a score range in ascending order, with paging (Redis
     * ZRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRangeByScoreResponse> zRangeByScore(
        io.leither.v1.ZRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRevRangeByScore returns members within a score range in descending order, with paging
     * (Redis ZREVRANGEBYSCORE WITHSCORES LIMIT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRevRangeByScoreResponse> zRevRangeByScore(
        io.leither.v1.ZRevRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZCount counts the members within a score range (Redis ZCOUNT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZCountResponse> zCount(
        io.leither.v1.ZCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRemRangeByScore removes the members within a score range (Redis ZREMRANGEBYSCORE).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ZRemRangeByScoreResponse> zRemRangeByScore(
        io.leither.v1.ZRemRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Scan walks the keys of the store in key order, filtered by a glob pattern and a type, a
     * page at a time (Redis SCAN, but ordered and with a resumable cursor).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ScanResponse> scan(
        io.leither.v1.ScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Batch runs many commands in one round trip, in order. With `atomic` they run as one
     * transaction: all apply or none, and the call fails with the first command's error. Without
     * it, each command runs on its own and reports its own reply or error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.BatchResponse> batch(
        io.leither.v1.BatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BeginTransaction starts an optimistic transaction on the store behind a handle on `cur`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.BeginTransactionResponse> beginTransaction(
        io.leither.v1.BeginTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBeginTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CommitTransaction applies a transaction's writes at once, or fails with ABORTED on a
     * conflict (see Transactions in DbService).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CommitTransactionResponse> commitTransaction(
        io.leither.v1.CommitTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RollbackTransaction discards a transaction's writes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RollbackTransactionResponse> rollbackTransaction(
        io.leither.v1.RollbackTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRollbackTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetLastSeq returns the store's sequence number: it grows by one with every committed write
     * and orders changes in time (replicas sync from it).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetLastSeqResponse> getLastSeq(
        io.leither.v1.GetLastSeqRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLastSeqMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SET = 0;
  private static final int METHODID_GET = 1;
  private static final int METHODID_DEL = 2;
  private static final int METHODID_EXISTS = 3;
  private static final int METHODID_INCR = 4;
  private static final int METHODID_INCR_BY = 5;
  private static final int METHODID_STRLEN = 6;
  private static final int METHODID_MGET = 7;
  private static final int METHODID_MSET = 8;
  private static final int METHODID_EXPIRE = 9;
  private static final int METHODID_TTL = 10;
  private static final int METHODID_HSET = 11;
  private static final int METHODID_HGET = 12;
  private static final int METHODID_HMSET = 13;
  private static final int METHODID_HMGET = 14;
  private static final int METHODID_HGET_ALL = 15;
  private static final int METHODID_HKEYS = 16;
  private static final int METHODID_HVALS = 17;
  private static final int METHODID_HDEL = 18;
  private static final int METHODID_HLEN = 19;
  private static final int METHODID_HEXISTS = 20;
  private static final int METHODID_HINCR_BY = 21;
  private static final int METHODID_HSCAN = 22;
  private static final int METHODID_HREV_SCAN = 23;
  private static final int METHODID_HCLEAR = 24;
  private static final int METHODID_LPUSH = 25;
  private static final int METHODID_RPUSH = 26;
  private static final int METHODID_LPOP = 27;
  private static final int METHODID_RPOP = 28;
  private static final int METHODID_LRANGE = 29;
  private static final int METHODID_LLEN = 30;
  private static final int METHODID_LINDEX = 31;
  private static final int METHODID_LSET = 32;
  private static final int METHODID_LTRIM = 33;
  private static final int METHODID_SADD = 34;
  private static final int METHODID_SREM = 35;
  private static final int METHODID_SMEMBERS = 36;
  private static final int METHODID_SIS_MEMBER = 37;
  private static final int METHODID_SCARD = 38;
  private static final int METHODID_SINTER = 39;
  private static final int METHODID_SUNION = 40;
  private static final int METHODID_SDIFF = 41;
  private static final int METHODID_ZADD = 42;
  private static final int METHODID_ZREM = 43;
  private static final int METHODID_ZSCORE = 44;
  private static final int METHODID_ZINCR_BY = 45;
  private static final int METHODID_ZCARD = 46;
  private static final int METHODID_ZRANK = 47;
  private static final int METHODID_ZRANGE = 48;
  private static final int METHODID_ZREV_RANGE = 49;
  private static final int METHODID_ZRANGE_BY_SCORE = 50;
  private static final int METHODID_ZREV_RANGE_BY_SCORE = 51;
  private static final int METHODID_ZCOUNT = 52;
  private static final int METHODID_ZREM_RANGE_BY_SCORE = 53;
  private static final int METHODID_SCAN = 54;
  private static final int METHODID_BATCH = 55;
  private static final int METHODID_BEGIN_TRANSACTION = 56;
  private static final int METHODID_COMMIT_TRANSACTION = 57;
  private static final int METHODID_ROLLBACK_TRANSACTION = 58;
  private static final int METHODID_GET_LAST_SEQ = 59;

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
        case METHODID_SET:
          serviceImpl.set((io.leither.v1.SetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetResponse>) responseObserver);
          break;
        case METHODID_GET:
          serviceImpl.get((io.leither.v1.GetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetResponse>) responseObserver);
          break;
        case METHODID_DEL:
          serviceImpl.del((io.leither.v1.DelRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DelResponse>) responseObserver);
          break;
        case METHODID_EXISTS:
          serviceImpl.exists((io.leither.v1.ExistsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ExistsResponse>) responseObserver);
          break;
        case METHODID_INCR:
          serviceImpl.incr((io.leither.v1.IncrRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.IncrResponse>) responseObserver);
          break;
        case METHODID_INCR_BY:
          serviceImpl.incrBy((io.leither.v1.IncrByRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.IncrByResponse>) responseObserver);
          break;
        case METHODID_STRLEN:
          serviceImpl.strlen((io.leither.v1.StrlenRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.StrlenResponse>) responseObserver);
          break;
        case METHODID_MGET:
          serviceImpl.mGet((io.leither.v1.MGetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.MGetResponse>) responseObserver);
          break;
        case METHODID_MSET:
          serviceImpl.mSet((io.leither.v1.MSetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.MSetResponse>) responseObserver);
          break;
        case METHODID_EXPIRE:
          serviceImpl.expire((io.leither.v1.ExpireRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ExpireResponse>) responseObserver);
          break;
        case METHODID_TTL:
          serviceImpl.ttl((io.leither.v1.TtlRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.TtlResponse>) responseObserver);
          break;
        case METHODID_HSET:
          serviceImpl.hSet((io.leither.v1.HSetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HSetResponse>) responseObserver);
          break;
        case METHODID_HGET:
          serviceImpl.hGet((io.leither.v1.HGetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HGetResponse>) responseObserver);
          break;
        case METHODID_HMSET:
          serviceImpl.hMSet((io.leither.v1.HMSetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HMSetResponse>) responseObserver);
          break;
        case METHODID_HMGET:
          serviceImpl.hMGet((io.leither.v1.HMGetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HMGetResponse>) responseObserver);
          break;
        case METHODID_HGET_ALL:
          serviceImpl.hGetAll((io.leither.v1.HGetAllRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HGetAllResponse>) responseObserver);
          break;
        case METHODID_HKEYS:
          serviceImpl.hKeys((io.leither.v1.HKeysRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HKeysResponse>) responseObserver);
          break;
        case METHODID_HVALS:
          serviceImpl.hVals((io.leither.v1.HValsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HValsResponse>) responseObserver);
          break;
        case METHODID_HDEL:
          serviceImpl.hDel((io.leither.v1.HDelRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HDelResponse>) responseObserver);
          break;
        case METHODID_HLEN:
          serviceImpl.hLen((io.leither.v1.HLenRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HLenResponse>) responseObserver);
          break;
        case METHODID_HEXISTS:
          serviceImpl.hExists((io.leither.v1.HExistsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HExistsResponse>) responseObserver);
          break;
        case METHODID_HINCR_BY:
          serviceImpl.hIncrBy((io.leither.v1.HIncrByRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HIncrByResponse>) responseObserver);
          break;
        case METHODID_HSCAN:
          serviceImpl.hScan((io.leither.v1.HScanRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HScanResponse>) responseObserver);
          break;
        case METHODID_HREV_SCAN:
          serviceImpl.hRevScan((io.leither.v1.HRevScanRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HRevScanResponse>) responseObserver);
          break;
        case METHODID_HCLEAR:
          serviceImpl.hClear((io.leither.v1.HClearRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.HClearResponse>) responseObserver);
          break;
        case METHODID_LPUSH:
          serviceImpl.lPush((io.leither.v1.LPushRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LPushResponse>) responseObserver);
          break;
        case METHODID_RPUSH:
          serviceImpl.rPush((io.leither.v1.RPushRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RPushResponse>) responseObserver);
          break;
        case METHODID_LPOP:
          serviceImpl.lPop((io.leither.v1.LPopRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LPopResponse>) responseObserver);
          break;
        case METHODID_RPOP:
          serviceImpl.rPop((io.leither.v1.RPopRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RPopResponse>) responseObserver);
          break;
        case METHODID_LRANGE:
          serviceImpl.lRange((io.leither.v1.LRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LRangeResponse>) responseObserver);
          break;
        case METHODID_LLEN:
          serviceImpl.lLen((io.leither.v1.LLenRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LLenResponse>) responseObserver);
          break;
        case METHODID_LINDEX:
          serviceImpl.lIndex((io.leither.v1.LIndexRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LIndexResponse>) responseObserver);
          break;
        case METHODID_LSET:
          serviceImpl.lSet((io.leither.v1.LSetRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LSetResponse>) responseObserver);
          break;
        case METHODID_LTRIM:
          serviceImpl.lTrim((io.leither.v1.LTrimRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LTrimResponse>) responseObserver);
          break;
        case METHODID_SADD:
          serviceImpl.sAdd((io.leither.v1.SAddRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SAddResponse>) responseObserver);
          break;
        case METHODID_SREM:
          serviceImpl.sRem((io.leither.v1.SRemRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SRemResponse>) responseObserver);
          break;
        case METHODID_SMEMBERS:
          serviceImpl.sMembers((io.leither.v1.SMembersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SMembersResponse>) responseObserver);
          break;
        case METHODID_SIS_MEMBER:
          serviceImpl.sIsMember((io.leither.v1.SIsMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SIsMemberResponse>) responseObserver);
          break;
        case METHODID_SCARD:
          serviceImpl.sCard((io.leither.v1.SCardRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SCardResponse>) responseObserver);
          break;
        case METHODID_SINTER:
          serviceImpl.sInter((io.leither.v1.SInterRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SInterResponse>) responseObserver);
          break;
        case METHODID_SUNION:
          serviceImpl.sUnion((io.leither.v1.SUnionRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SUnionResponse>) responseObserver);
          break;
        case METHODID_SDIFF:
          serviceImpl.sDiff((io.leither.v1.SDiffRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SDiffResponse>) responseObserver);
          break;
        case METHODID_ZADD:
          serviceImpl.zAdd((io.leither.v1.ZAddRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZAddResponse>) responseObserver);
          break;
        case METHODID_ZREM:
          serviceImpl.zRem((io.leither.v1.ZRemRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRemResponse>) responseObserver);
          break;
        case METHODID_ZSCORE:
          serviceImpl.zScore((io.leither.v1.ZScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZScoreResponse>) responseObserver);
          break;
        case METHODID_ZINCR_BY:
          serviceImpl.zIncrBy((io.leither.v1.ZIncrByRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZIncrByResponse>) responseObserver);
          break;
        case METHODID_ZCARD:
          serviceImpl.zCard((io.leither.v1.ZCardRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZCardResponse>) responseObserver);
          break;
        case METHODID_ZRANK:
          serviceImpl.zRank((io.leither.v1.ZRankRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRankResponse>) responseObserver);
          break;
        case METHODID_ZRANGE:
          serviceImpl.zRange((io.leither.v1.ZRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRangeResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANGE:
          serviceImpl.zRevRange((io.leither.v1.ZRevRangeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRevRangeResponse>) responseObserver);
          break;
        case METHODID_ZRANGE_BY_SCORE:
          serviceImpl.zRangeByScore((io.leither.v1.ZRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANGE_BY_SCORE:
          serviceImpl.zRevRangeByScore((io.leither.v1.ZRevRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRevRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_ZCOUNT:
          serviceImpl.zCount((io.leither.v1.ZCountRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZCountResponse>) responseObserver);
          break;
        case METHODID_ZREM_RANGE_BY_SCORE:
          serviceImpl.zRemRangeByScore((io.leither.v1.ZRemRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ZRemRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_SCAN:
          serviceImpl.scan((io.leither.v1.ScanRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ScanResponse>) responseObserver);
          break;
        case METHODID_BATCH:
          serviceImpl.batch((io.leither.v1.BatchRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.BatchResponse>) responseObserver);
          break;
        case METHODID_BEGIN_TRANSACTION:
          serviceImpl.beginTransaction((io.leither.v1.BeginTransactionRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.BeginTransactionResponse>) responseObserver);
          break;
        case METHODID_COMMIT_TRANSACTION:
          serviceImpl.commitTransaction((io.leither.v1.CommitTransactionRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CommitTransactionResponse>) responseObserver);
          break;
        case METHODID_ROLLBACK_TRANSACTION:
          serviceImpl.rollbackTransaction((io.leither.v1.RollbackTransactionRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RollbackTransactionResponse>) responseObserver);
          break;
        case METHODID_GET_LAST_SEQ:
          serviceImpl.getLastSeq((io.leither.v1.GetLastSeqRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetLastSeqResponse>) responseObserver);
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
          getSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetRequest,
              io.leither.v1.SetResponse>(
                service, METHODID_SET)))
        .addMethod(
          getGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetRequest,
              io.leither.v1.GetResponse>(
                service, METHODID_GET)))
        .addMethod(
          getDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DelRequest,
              io.leither.v1.DelResponse>(
                service, METHODID_DEL)))
        .addMethod(
          getExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ExistsRequest,
              io.leither.v1.ExistsResponse>(
                service, METHODID_EXISTS)))
        .addMethod(
          getIncrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.IncrRequest,
              io.leither.v1.IncrResponse>(
                service, METHODID_INCR)))
        .addMethod(
          getIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.IncrByRequest,
              io.leither.v1.IncrByResponse>(
                service, METHODID_INCR_BY)))
        .addMethod(
          getStrlenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.StrlenRequest,
              io.leither.v1.StrlenResponse>(
                service, METHODID_STRLEN)))
        .addMethod(
          getMGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.MGetRequest,
              io.leither.v1.MGetResponse>(
                service, METHODID_MGET)))
        .addMethod(
          getMSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.MSetRequest,
              io.leither.v1.MSetResponse>(
                service, METHODID_MSET)))
        .addMethod(
          getExpireMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ExpireRequest,
              io.leither.v1.ExpireResponse>(
                service, METHODID_EXPIRE)))
        .addMethod(
          getTtlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.TtlRequest,
              io.leither.v1.TtlResponse>(
                service, METHODID_TTL)))
        .addMethod(
          getHSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HSetRequest,
              io.leither.v1.HSetResponse>(
                service, METHODID_HSET)))
        .addMethod(
          getHGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HGetRequest,
              io.leither.v1.HGetResponse>(
                service, METHODID_HGET)))
        .addMethod(
          getHMSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HMSetRequest,
              io.leither.v1.HMSetResponse>(
                service, METHODID_HMSET)))
        .addMethod(
          getHMGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HMGetRequest,
              io.leither.v1.HMGetResponse>(
                service, METHODID_HMGET)))
        .addMethod(
          getHGetAllMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HGetAllRequest,
              io.leither.v1.HGetAllResponse>(
                service, METHODID_HGET_ALL)))
        .addMethod(
          getHKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HKeysRequest,
              io.leither.v1.HKeysResponse>(
                service, METHODID_HKEYS)))
        .addMethod(
          getHValsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HValsRequest,
              io.leither.v1.HValsResponse>(
                service, METHODID_HVALS)))
        .addMethod(
          getHDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HDelRequest,
              io.leither.v1.HDelResponse>(
                service, METHODID_HDEL)))
        .addMethod(
          getHLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HLenRequest,
              io.leither.v1.HLenResponse>(
                service, METHODID_HLEN)))
        .addMethod(
          getHExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HExistsRequest,
              io.leither.v1.HExistsResponse>(
                service, METHODID_HEXISTS)))
        .addMethod(
          getHIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HIncrByRequest,
              io.leither.v1.HIncrByResponse>(
                service, METHODID_HINCR_BY)))
        .addMethod(
          getHScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HScanRequest,
              io.leither.v1.HScanResponse>(
                service, METHODID_HSCAN)))
        .addMethod(
          getHRevScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HRevScanRequest,
              io.leither.v1.HRevScanResponse>(
                service, METHODID_HREV_SCAN)))
        .addMethod(
          getHClearMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.HClearRequest,
              io.leither.v1.HClearResponse>(
                service, METHODID_HCLEAR)))
        .addMethod(
          getLPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LPushRequest,
              io.leither.v1.LPushResponse>(
                service, METHODID_LPUSH)))
        .addMethod(
          getRPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RPushRequest,
              io.leither.v1.RPushResponse>(
                service, METHODID_RPUSH)))
        .addMethod(
          getLPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LPopRequest,
              io.leither.v1.LPopResponse>(
                service, METHODID_LPOP)))
        .addMethod(
          getRPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RPopRequest,
              io.leither.v1.RPopResponse>(
                service, METHODID_RPOP)))
        .addMethod(
          getLRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LRangeRequest,
              io.leither.v1.LRangeResponse>(
                service, METHODID_LRANGE)))
        .addMethod(
          getLLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LLenRequest,
              io.leither.v1.LLenResponse>(
                service, METHODID_LLEN)))
        .addMethod(
          getLIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LIndexRequest,
              io.leither.v1.LIndexResponse>(
                service, METHODID_LINDEX)))
        .addMethod(
          getLSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LSetRequest,
              io.leither.v1.LSetResponse>(
                service, METHODID_LSET)))
        .addMethod(
          getLTrimMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LTrimRequest,
              io.leither.v1.LTrimResponse>(
                service, METHODID_LTRIM)))
        .addMethod(
          getSAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SAddRequest,
              io.leither.v1.SAddResponse>(
                service, METHODID_SADD)))
        .addMethod(
          getSRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SRemRequest,
              io.leither.v1.SRemResponse>(
                service, METHODID_SREM)))
        .addMethod(
          getSMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SMembersRequest,
              io.leither.v1.SMembersResponse>(
                service, METHODID_SMEMBERS)))
        .addMethod(
          getSIsMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SIsMemberRequest,
              io.leither.v1.SIsMemberResponse>(
                service, METHODID_SIS_MEMBER)))
        .addMethod(
          getSCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SCardRequest,
              io.leither.v1.SCardResponse>(
                service, METHODID_SCARD)))
        .addMethod(
          getSInterMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SInterRequest,
              io.leither.v1.SInterResponse>(
                service, METHODID_SINTER)))
        .addMethod(
          getSUnionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SUnionRequest,
              io.leither.v1.SUnionResponse>(
                service, METHODID_SUNION)))
        .addMethod(
          getSDiffMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SDiffRequest,
              io.leither.v1.SDiffResponse>(
                service, METHODID_SDIFF)))
        .addMethod(
          getZAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZAddRequest,
              io.leither.v1.ZAddResponse>(
                service, METHODID_ZADD)))
        .addMethod(
          getZRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRemRequest,
              io.leither.v1.ZRemResponse>(
                service, METHODID_ZREM)))
        .addMethod(
          getZScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZScoreRequest,
              io.leither.v1.ZScoreResponse>(
                service, METHODID_ZSCORE)))
        .addMethod(
          getZIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZIncrByRequest,
              io.leither.v1.ZIncrByResponse>(
                service, METHODID_ZINCR_BY)))
        .addMethod(
          getZCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZCardRequest,
              io.leither.v1.ZCardResponse>(
                service, METHODID_ZCARD)))
        .addMethod(
          getZRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRankRequest,
              io.leither.v1.ZRankResponse>(
                service, METHODID_ZRANK)))
        .addMethod(
          getZRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRangeRequest,
              io.leither.v1.ZRangeResponse>(
                service, METHODID_ZRANGE)))
        .addMethod(
          getZRevRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRevRangeRequest,
              io.leither.v1.ZRevRangeResponse>(
                service, METHODID_ZREV_RANGE)))
        .addMethod(
          getZRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRangeByScoreRequest,
              io.leither.v1.ZRangeByScoreResponse>(
                service, METHODID_ZRANGE_BY_SCORE)))
        .addMethod(
          getZRevRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRevRangeByScoreRequest,
              io.leither.v1.ZRevRangeByScoreResponse>(
                service, METHODID_ZREV_RANGE_BY_SCORE)))
        .addMethod(
          getZCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZCountRequest,
              io.leither.v1.ZCountResponse>(
                service, METHODID_ZCOUNT)))
        .addMethod(
          getZRemRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ZRemRangeByScoreRequest,
              io.leither.v1.ZRemRangeByScoreResponse>(
                service, METHODID_ZREM_RANGE_BY_SCORE)))
        .addMethod(
          getScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ScanRequest,
              io.leither.v1.ScanResponse>(
                service, METHODID_SCAN)))
        .addMethod(
          getBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.BatchRequest,
              io.leither.v1.BatchResponse>(
                service, METHODID_BATCH)))
        .addMethod(
          getBeginTransactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.BeginTransactionRequest,
              io.leither.v1.BeginTransactionResponse>(
                service, METHODID_BEGIN_TRANSACTION)))
        .addMethod(
          getCommitTransactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CommitTransactionRequest,
              io.leither.v1.CommitTransactionResponse>(
                service, METHODID_COMMIT_TRANSACTION)))
        .addMethod(
          getRollbackTransactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RollbackTransactionRequest,
              io.leither.v1.RollbackTransactionResponse>(
                service, METHODID_ROLLBACK_TRANSACTION)))
        .addMethod(
          getGetLastSeqMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetLastSeqRequest,
              io.leither.v1.GetLastSeqResponse>(
                service, METHODID_GET_LAST_SEQ)))
        .build();
  }

  private static abstract class DbServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DbServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.DbServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DbService");
    }
  }

  private static final class DbServiceFileDescriptorSupplier
      extends DbServiceBaseDescriptorSupplier {
    DbServiceFileDescriptorSupplier() {}
  }

  private static final class DbServiceMethodDescriptorSupplier
      extends DbServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    DbServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (DbServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DbServiceFileDescriptorSupplier())
              .addMethod(getSetMethod())
              .addMethod(getGetMethod())
              .addMethod(getDelMethod())
              .addMethod(getExistsMethod())
              .addMethod(getIncrMethod())
              .addMethod(getIncrByMethod())
              .addMethod(getStrlenMethod())
              .addMethod(getMGetMethod())
              .addMethod(getMSetMethod())
              .addMethod(getExpireMethod())
              .addMethod(getTtlMethod())
              .addMethod(getHSetMethod())
              .addMethod(getHGetMethod())
              .addMethod(getHMSetMethod())
              .addMethod(getHMGetMethod())
              .addMethod(getHGetAllMethod())
              .addMethod(getHKeysMethod())
              .addMethod(getHValsMethod())
              .addMethod(getHDelMethod())
              .addMethod(getHLenMethod())
              .addMethod(getHExistsMethod())
              .addMethod(getHIncrByMethod())
              .addMethod(getHScanMethod())
              .addMethod(getHRevScanMethod())
              .addMethod(getHClearMethod())
              .addMethod(getLPushMethod())
              .addMethod(getRPushMethod())
              .addMethod(getLPopMethod())
              .addMethod(getRPopMethod())
              .addMethod(getLRangeMethod())
              .addMethod(getLLenMethod())
              .addMethod(getLIndexMethod())
              .addMethod(getLSetMethod())
              .addMethod(getLTrimMethod())
              .addMethod(getSAddMethod())
              .addMethod(getSRemMethod())
              .addMethod(getSMembersMethod())
              .addMethod(getSIsMemberMethod())
              .addMethod(getSCardMethod())
              .addMethod(getSInterMethod())
              .addMethod(getSUnionMethod())
              .addMethod(getSDiffMethod())
              .addMethod(getZAddMethod())
              .addMethod(getZRemMethod())
              .addMethod(getZScoreMethod())
              .addMethod(getZIncrByMethod())
              .addMethod(getZCardMethod())
              .addMethod(getZRankMethod())
              .addMethod(getZRangeMethod())
              .addMethod(getZRevRangeMethod())
              .addMethod(getZRangeByScoreMethod())
              .addMethod(getZRevRangeByScoreMethod())
              .addMethod(getZCountMethod())
              .addMethod(getZRemRangeByScoreMethod())
              .addMethod(getScanMethod())
              .addMethod(getBatchMethod())
              .addMethod(getBeginTransactionMethod())
              .addMethod(getCommitTransactionMethod())
              .addMethod(getRollbackTransactionMethod())
              .addMethod(getGetLastSeqMethod())
              .build();
        }
      }
    }
    return result;
  }
}
