package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * ContractService deploys and runs smart contracts on an organization's ledger.
 * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
 * run it deterministically inside pulses (LedgerService): the same calls on the same state give
 * the same result on every node. A contract has its own account (its contract id) that receives
 * tokens like any account; it may pay out of that account freely and out of its consignor's
 * account up to the spending limit, over its whole life. When the limit is used up the
 * contract stops accepting calls that would spend.
 * Calls that change state are signed by the caller and use the caller's account nonce like a
 * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
 * signatures follow LedgerService.
 * The original had no contract API (GongShi describes contracts in prose); this service is new.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ContractServiceGrpc {

  private ContractServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.ContractService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DeployContractRequest,
      io.leither.v1.DeployContractResponse> getDeployContractMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeployContract",
      requestType = io.leither.v1.DeployContractRequest.class,
      responseType = io.leither.v1.DeployContractResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DeployContractRequest,
      io.leither.v1.DeployContractResponse> getDeployContractMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DeployContractRequest, io.leither.v1.DeployContractResponse> getDeployContractMethod;
    if ((getDeployContractMethod = ContractServiceGrpc.getDeployContractMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getDeployContractMethod = ContractServiceGrpc.getDeployContractMethod) == null) {
          ContractServiceGrpc.getDeployContractMethod = getDeployContractMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DeployContractRequest, io.leither.v1.DeployContractResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeployContract"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeployContractRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeployContractResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("DeployContract"))
              .build();
        }
      }
    }
    return getDeployContractMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CallContractRequest,
      io.leither.v1.CallContractResponse> getCallContractMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CallContract",
      requestType = io.leither.v1.CallContractRequest.class,
      responseType = io.leither.v1.CallContractResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CallContractRequest,
      io.leither.v1.CallContractResponse> getCallContractMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CallContractRequest, io.leither.v1.CallContractResponse> getCallContractMethod;
    if ((getCallContractMethod = ContractServiceGrpc.getCallContractMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getCallContractMethod = ContractServiceGrpc.getCallContractMethod) == null) {
          ContractServiceGrpc.getCallContractMethod = getCallContractMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CallContractRequest, io.leither.v1.CallContractResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CallContract"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CallContractRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CallContractResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("CallContract"))
              .build();
        }
      }
    }
    return getCallContractMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetContractCallRequest,
      io.leither.v1.GetContractCallResponse> getGetContractCallMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetContractCall",
      requestType = io.leither.v1.GetContractCallRequest.class,
      responseType = io.leither.v1.GetContractCallResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetContractCallRequest,
      io.leither.v1.GetContractCallResponse> getGetContractCallMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetContractCallRequest, io.leither.v1.GetContractCallResponse> getGetContractCallMethod;
    if ((getGetContractCallMethod = ContractServiceGrpc.getGetContractCallMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getGetContractCallMethod = ContractServiceGrpc.getGetContractCallMethod) == null) {
          ContractServiceGrpc.getGetContractCallMethod = getGetContractCallMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetContractCallRequest, io.leither.v1.GetContractCallResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetContractCall"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetContractCallRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetContractCallResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("GetContractCall"))
              .build();
        }
      }
    }
    return getGetContractCallMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.QueryContractRequest,
      io.leither.v1.QueryContractResponse> getQueryContractMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueryContract",
      requestType = io.leither.v1.QueryContractRequest.class,
      responseType = io.leither.v1.QueryContractResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.QueryContractRequest,
      io.leither.v1.QueryContractResponse> getQueryContractMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.QueryContractRequest, io.leither.v1.QueryContractResponse> getQueryContractMethod;
    if ((getQueryContractMethod = ContractServiceGrpc.getQueryContractMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getQueryContractMethod = ContractServiceGrpc.getQueryContractMethod) == null) {
          ContractServiceGrpc.getQueryContractMethod = getQueryContractMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.QueryContractRequest, io.leither.v1.QueryContractResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueryContract"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.QueryContractRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.QueryContractResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("QueryContract"))
              .build();
        }
      }
    }
    return getQueryContractMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetContractInfoRequest,
      io.leither.v1.GetContractInfoResponse> getGetContractInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetContractInfo",
      requestType = io.leither.v1.GetContractInfoRequest.class,
      responseType = io.leither.v1.GetContractInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetContractInfoRequest,
      io.leither.v1.GetContractInfoResponse> getGetContractInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetContractInfoRequest, io.leither.v1.GetContractInfoResponse> getGetContractInfoMethod;
    if ((getGetContractInfoMethod = ContractServiceGrpc.getGetContractInfoMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getGetContractInfoMethod = ContractServiceGrpc.getGetContractInfoMethod) == null) {
          ContractServiceGrpc.getGetContractInfoMethod = getGetContractInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetContractInfoRequest, io.leither.v1.GetContractInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetContractInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetContractInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetContractInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("GetContractInfo"))
              .build();
        }
      }
    }
    return getGetContractInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListContractsRequest,
      io.leither.v1.ListContractsResponse> getListContractsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListContracts",
      requestType = io.leither.v1.ListContractsRequest.class,
      responseType = io.leither.v1.ListContractsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListContractsRequest,
      io.leither.v1.ListContractsResponse> getListContractsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListContractsRequest, io.leither.v1.ListContractsResponse> getListContractsMethod;
    if ((getListContractsMethod = ContractServiceGrpc.getListContractsMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getListContractsMethod = ContractServiceGrpc.getListContractsMethod) == null) {
          ContractServiceGrpc.getListContractsMethod = getListContractsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListContractsRequest, io.leither.v1.ListContractsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListContracts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListContractsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListContractsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("ListContracts"))
              .build();
        }
      }
    }
    return getListContractsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RevokeContractRequest,
      io.leither.v1.RevokeContractResponse> getRevokeContractMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeContract",
      requestType = io.leither.v1.RevokeContractRequest.class,
      responseType = io.leither.v1.RevokeContractResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RevokeContractRequest,
      io.leither.v1.RevokeContractResponse> getRevokeContractMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RevokeContractRequest, io.leither.v1.RevokeContractResponse> getRevokeContractMethod;
    if ((getRevokeContractMethod = ContractServiceGrpc.getRevokeContractMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getRevokeContractMethod = ContractServiceGrpc.getRevokeContractMethod) == null) {
          ContractServiceGrpc.getRevokeContractMethod = getRevokeContractMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RevokeContractRequest, io.leither.v1.RevokeContractResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeContract"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RevokeContractRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RevokeContractResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("RevokeContract"))
              .build();
        }
      }
    }
    return getRevokeContractMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DistributeIncomeRequest,
      io.leither.v1.DistributeIncomeResponse> getDistributeIncomeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DistributeIncome",
      requestType = io.leither.v1.DistributeIncomeRequest.class,
      responseType = io.leither.v1.DistributeIncomeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DistributeIncomeRequest,
      io.leither.v1.DistributeIncomeResponse> getDistributeIncomeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DistributeIncomeRequest, io.leither.v1.DistributeIncomeResponse> getDistributeIncomeMethod;
    if ((getDistributeIncomeMethod = ContractServiceGrpc.getDistributeIncomeMethod) == null) {
      synchronized (ContractServiceGrpc.class) {
        if ((getDistributeIncomeMethod = ContractServiceGrpc.getDistributeIncomeMethod) == null) {
          ContractServiceGrpc.getDistributeIncomeMethod = getDistributeIncomeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DistributeIncomeRequest, io.leither.v1.DistributeIncomeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DistributeIncome"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DistributeIncomeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DistributeIncomeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ContractServiceMethodDescriptorSupplier("DistributeIncome"))
              .build();
        }
      }
    }
    return getDistributeIncomeMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ContractServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContractServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContractServiceStub>() {
        @java.lang.Override
        public ContractServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContractServiceStub(channel, callOptions);
        }
      };
    return ContractServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ContractServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContractServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContractServiceBlockingV2Stub>() {
        @java.lang.Override
        public ContractServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContractServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ContractServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ContractServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContractServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContractServiceBlockingStub>() {
        @java.lang.Override
        public ContractServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContractServiceBlockingStub(channel, callOptions);
        }
      };
    return ContractServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ContractServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ContractServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ContractServiceFutureStub>() {
        @java.lang.Override
        public ContractServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ContractServiceFutureStub(channel, callOptions);
        }
      };
    return ContractServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * ContractService deploys and runs smart contracts on an organization's ledger.
   * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
   * run it deterministically inside pulses (LedgerService): the same calls on the same state give
   * the same result on every node. A contract has its own account (its contract id) that receives
   * tokens like any account; it may pay out of that account freely and out of its consignor's
   * account up to the spending limit, over its whole life. When the limit is used up the
   * contract stops accepting calls that would spend.
   * Calls that change state are signed by the caller and use the caller's account nonce like a
   * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
   * signatures follow LedgerService.
   * The original had no contract API (GongShi describes contracts in prose); this service is new.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * DeployContract installs a contract signed by its consignor. Members of the organization
     * only.
     * </pre>
     */
    default void deployContract(io.leither.v1.DeployContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeployContractResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeployContractMethod(), responseObserver);
    }

    /**
     * <pre>
     * CallContract submits a signed call of a contract method, applied in a coming pulse; with
     * `wait` it returns once the call is sealed (or after 10 s, still pending).
     * </pre>
     */
    default void callContract(io.leither.v1.CallContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CallContractResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCallContractMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetContractCall returns a call and its outcome.
     * </pre>
     */
    default void getContractCall(io.leither.v1.GetContractCallRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetContractCallResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetContractCallMethod(), responseObserver);
    }

    /**
     * <pre>
     * QueryContract runs a read-only method against a sealed pulse's state and returns its result;
     * nothing is signed or changed.
     * </pre>
     */
    default void queryContract(io.leither.v1.QueryContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.QueryContractResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueryContractMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetContractInfo describes a contract. Open to guests.
     * </pre>
     */
    default void getContractInfo(io.leither.v1.GetContractInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetContractInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetContractInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListContracts lists an organization's contracts. Open to guests.
     * </pre>
     */
    default void listContracts(io.leither.v1.ListContractsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListContractsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListContractsMethod(), responseObserver);
    }

    /**
     * <pre>
     * RevokeContract stops a contract for good. Its consignor only; tokens left in its account go
     * back to the consignor.
     * </pre>
     */
    default void revokeContract(io.leither.v1.RevokeContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RevokeContractResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeContractMethod(), responseObserver);
    }

    /**
     * <pre>
     * DistributeIncome pays an amount from a source account to the holders of an organization's
     * tokens in proportion to their balances (the built-in income contract). Each holder with
     * balance b, out of the total S of all holders' balances at the snapshot pulse (the source
     * excluded), receives floor(amount * b / S); the remainder stays with the source.
     * </pre>
     */
    default void distributeIncome(io.leither.v1.DistributeIncomeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DistributeIncomeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDistributeIncomeMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ContractService.
   * <pre>
   * ContractService deploys and runs smart contracts on an organization's ledger.
   * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
   * run it deterministically inside pulses (LedgerService): the same calls on the same state give
   * the same result on every node. A contract has its own account (its contract id) that receives
   * tokens like any account; it may pay out of that account freely and out of its consignor's
   * account up to the spending limit, over its whole life. When the limit is used up the
   * contract stops accepting calls that would spend.
   * Calls that change state are signed by the caller and use the caller's account nonce like a
   * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
   * signatures follow LedgerService.
   * The original had no contract API (GongShi describes contracts in prose); this service is new.
   * </pre>
   */
  public static abstract class ContractServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ContractServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ContractService.
   * <pre>
   * ContractService deploys and runs smart contracts on an organization's ledger.
   * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
   * run it deterministically inside pulses (LedgerService): the same calls on the same state give
   * the same result on every node. A contract has its own account (its contract id) that receives
   * tokens like any account; it may pay out of that account freely and out of its consignor's
   * account up to the spending limit, over its whole life. When the limit is used up the
   * contract stops accepting calls that would spend.
   * Calls that change state are signed by the caller and use the caller's account nonce like a
   * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
   * signatures follow LedgerService.
   * The original had no contract API (GongShi describes contracts in prose); this service is new.
   * </pre>
   */
  public static final class ContractServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ContractServiceStub> {
    private ContractServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContractServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContractServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * DeployContract installs a contract signed by its consignor. Members of the organization
     * only.
     * </pre>
     */
    public void deployContract(io.leither.v1.DeployContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeployContractResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeployContractMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CallContract submits a signed call of a contract method, applied in a coming pulse; with
     * `wait` it returns once the call is sealed (or after 10 s, still pending).
     * </pre>
     */
    public void callContract(io.leither.v1.CallContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CallContractResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCallContractMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetContractCall returns a call and its outcome.
     * </pre>
     */
    public void getContractCall(io.leither.v1.GetContractCallRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetContractCallResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetContractCallMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * QueryContract runs a read-only method against a sealed pulse's state and returns its result;
     * nothing is signed or changed.
     * </pre>
     */
    public void queryContract(io.leither.v1.QueryContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.QueryContractResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueryContractMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetContractInfo describes a contract. Open to guests.
     * </pre>
     */
    public void getContractInfo(io.leither.v1.GetContractInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetContractInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetContractInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListContracts lists an organization's contracts. Open to guests.
     * </pre>
     */
    public void listContracts(io.leither.v1.ListContractsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListContractsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListContractsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RevokeContract stops a contract for good. Its consignor only; tokens left in its account go
     * back to the consignor.
     * </pre>
     */
    public void revokeContract(io.leither.v1.RevokeContractRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RevokeContractResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeContractMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DistributeIncome pays an amount from a source account to the holders of an organization's
     * tokens in proportion to their balances (the built-in income contract). Each holder with
     * balance b, out of the total S of all holders' balances at the snapshot pulse (the source
     * excluded), receives floor(amount * b / S); the remainder stays with the source.
     * </pre>
     */
    public void distributeIncome(io.leither.v1.DistributeIncomeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DistributeIncomeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDistributeIncomeMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ContractService.
   * <pre>
   * ContractService deploys and runs smart contracts on an organization's ledger.
   * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
   * run it deterministically inside pulses (LedgerService): the same calls on the same state give
   * the same result on every node. A contract has its own account (its contract id) that receives
   * tokens like any account; it may pay out of that account freely and out of its consignor's
   * account up to the spending limit, over its whole life. When the limit is used up the
   * contract stops accepting calls that would spend.
   * Calls that change state are signed by the caller and use the caller's account nonce like a
   * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
   * signatures follow LedgerService.
   * The original had no contract API (GongShi describes contracts in prose); this service is new.
   * </pre>
   */
  public static final class ContractServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ContractServiceBlockingV2Stub> {
    private ContractServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContractServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContractServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * DeployContract installs a contract signed by its consignor. Members of the organization
     * only.
     * </pre>
     */
    public io.leither.v1.DeployContractResponse deployContract(io.leither.v1.DeployContractRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeployContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CallContract submits a signed call of a contract method, applied in a coming pulse; with
     * `wait` it returns once the call is sealed (or after 10 s, still pending).
     * </pre>
     */
    public io.leither.v1.CallContractResponse callContract(io.leither.v1.CallContractRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCallContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContractCall returns a call and its outcome.
     * </pre>
     */
    public io.leither.v1.GetContractCallResponse getContractCall(io.leither.v1.GetContractCallRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetContractCallMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * QueryContract runs a read-only method against a sealed pulse's state and returns its result;
     * nothing is signed or changed.
     * </pre>
     */
    public io.leither.v1.QueryContractResponse queryContract(io.leither.v1.QueryContractRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getQueryContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContractInfo describes a contract. Open to guests.
     * </pre>
     */
    public io.leither.v1.GetContractInfoResponse getContractInfo(io.leither.v1.GetContractInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetContractInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListContracts lists an organization's contracts. Open to guests.
     * </pre>
     */
    public io.leither.v1.ListContractsResponse listContracts(io.leither.v1.ListContractsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListContractsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RevokeContract stops a contract for good. Its consignor only; tokens left in its account go
     * back to the consignor.
     * </pre>
     */
    public io.leither.v1.RevokeContractResponse revokeContract(io.leither.v1.RevokeContractRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DistributeIncome pays an amount from a source account to the holders of an organization's
     * tokens in proportion to their balances (the built-in income contract). Each holder with
     * balance b, out of the total S of all holders' balances at the snapshot pulse (the source
     * excluded), receives floor(amount * b / S); the remainder stays with the source.
     * </pre>
     */
    public io.leither.v1.DistributeIncomeResponse distributeIncome(io.leither.v1.DistributeIncomeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDistributeIncomeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ContractService.
   * <pre>
   * ContractService deploys and runs smart contracts on an organization's ledger.
   * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
   * run it deterministically inside pulses (LedgerService): the same calls on the same state give
   * the same result on every node. A contract has its own account (its contract id) that receives
   * tokens like any account; it may pay out of that account freely and out of its consignor's
   * account up to the spending limit, over its whole life. When the limit is used up the
   * contract stops accepting calls that would spend.
   * Calls that change state are signed by the caller and use the caller's account nonce like a
   * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
   * signatures follow LedgerService.
   * The original had no contract API (GongShi describes contracts in prose); this service is new.
   * </pre>
   */
  public static final class ContractServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ContractServiceBlockingStub> {
    private ContractServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContractServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContractServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * DeployContract installs a contract signed by its consignor. Members of the organization
     * only.
     * </pre>
     */
    public io.leither.v1.DeployContractResponse deployContract(io.leither.v1.DeployContractRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeployContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CallContract submits a signed call of a contract method, applied in a coming pulse; with
     * `wait` it returns once the call is sealed (or after 10 s, still pending).
     * </pre>
     */
    public io.leither.v1.CallContractResponse callContract(io.leither.v1.CallContractRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCallContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContractCall returns a call and its outcome.
     * </pre>
     */
    public io.leither.v1.GetContractCallResponse getContractCall(io.leither.v1.GetContractCallRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetContractCallMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * QueryContract runs a read-only method against a sealed pulse's state and returns its result;
     * nothing is signed or changed.
     * </pre>
     */
    public io.leither.v1.QueryContractResponse queryContract(io.leither.v1.QueryContractRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetContractInfo describes a contract. Open to guests.
     * </pre>
     */
    public io.leither.v1.GetContractInfoResponse getContractInfo(io.leither.v1.GetContractInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetContractInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListContracts lists an organization's contracts. Open to guests.
     * </pre>
     */
    public io.leither.v1.ListContractsResponse listContracts(io.leither.v1.ListContractsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListContractsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RevokeContract stops a contract for good. Its consignor only; tokens left in its account go
     * back to the consignor.
     * </pre>
     */
    public io.leither.v1.RevokeContractResponse revokeContract(io.leither.v1.RevokeContractRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeContractMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DistributeIncome pays an amount from a source account to the holders of an organization's
     * tokens in proportion to their balances (the built-in income contract). Each holder with
     * balance b, out of the total S of all holders' balances at the snapshot pulse (the source
     * excluded), receives floor(amount * b / S); the remainder stays with the source.
     * </pre>
     */
    public io.leither.v1.DistributeIncomeResponse distributeIncome(io.leither.v1.DistributeIncomeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDistributeIncomeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ContractService.
   * <pre>
   * ContractService deploys and runs smart contracts on an organization's ledger.
   * A contract is code plus its consignor's signature and a spending upper limit. The bookkeepers
   * run it deterministically inside pulses (LedgerService): the same calls on the same state give
   * the same result on every node. A contract has its own account (its contract id) that receives
   * tokens like any account; it may pay out of that account freely and out of its consignor's
   * account up to the spending limit, over its whole life. When the limit is used up the
   * contract stops accepting calls that would spend.
   * Calls that change state are signed by the caller and use the caller's account nonce like a
   * transfer (nonce = the caller's nonce + 1), so a call is never applied twice. Encodings and
   * signatures follow LedgerService.
   * The original had no contract API (GongShi describes contracts in prose); this service is new.
   * </pre>
   */
  public static final class ContractServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ContractServiceFutureStub> {
    private ContractServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ContractServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ContractServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * DeployContract installs a contract signed by its consignor. Members of the organization
     * only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DeployContractResponse> deployContract(
        io.leither.v1.DeployContractRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeployContractMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CallContract submits a signed call of a contract method, applied in a coming pulse; with
     * `wait` it returns once the call is sealed (or after 10 s, still pending).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CallContractResponse> callContract(
        io.leither.v1.CallContractRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCallContractMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetContractCall returns a call and its outcome.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetContractCallResponse> getContractCall(
        io.leither.v1.GetContractCallRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetContractCallMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * QueryContract runs a read-only method against a sealed pulse's state and returns its result;
     * nothing is signed or changed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.QueryContractResponse> queryContract(
        io.leither.v1.QueryContractRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueryContractMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetContractInfo describes a contract. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetContractInfoResponse> getContractInfo(
        io.leither.v1.GetContractInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetContractInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListContracts lists an organization's contracts. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListContractsResponse> listContracts(
        io.leither.v1.ListContractsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListContractsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RevokeContract stops a contract for good. Its consignor only; tokens left in its account go
     * back to the consignor.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RevokeContractResponse> revokeContract(
        io.leither.v1.RevokeContractRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeContractMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DistributeIncome pays an amount from a source account to the holders of an organization's
     * tokens in proportion to their balances (the built-in income contract). Each holder with
     * balance b, out of the total S of all holders' balances at the snapshot pulse (the source
     * excluded), receives floor(amount * b / S); the remainder stays with the source.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DistributeIncomeResponse> distributeIncome(
        io.leither.v1.DistributeIncomeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDistributeIncomeMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_DEPLOY_CONTRACT = 0;
  private static final int METHODID_CALL_CONTRACT = 1;
  private static final int METHODID_GET_CONTRACT_CALL = 2;
  private static final int METHODID_QUERY_CONTRACT = 3;
  private static final int METHODID_GET_CONTRACT_INFO = 4;
  private static final int METHODID_LIST_CONTRACTS = 5;
  private static final int METHODID_REVOKE_CONTRACT = 6;
  private static final int METHODID_DISTRIBUTE_INCOME = 7;

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
        case METHODID_DEPLOY_CONTRACT:
          serviceImpl.deployContract((io.leither.v1.DeployContractRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DeployContractResponse>) responseObserver);
          break;
        case METHODID_CALL_CONTRACT:
          serviceImpl.callContract((io.leither.v1.CallContractRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CallContractResponse>) responseObserver);
          break;
        case METHODID_GET_CONTRACT_CALL:
          serviceImpl.getContractCall((io.leither.v1.GetContractCallRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetContractCallResponse>) responseObserver);
          break;
        case METHODID_QUERY_CONTRACT:
          serviceImpl.queryContract((io.leither.v1.QueryContractRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.QueryContractResponse>) responseObserver);
          break;
        case METHODID_GET_CONTRACT_INFO:
          serviceImpl.getContractInfo((io.leither.v1.GetContractInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetContractInfoResponse>) responseObserver);
          break;
        case METHODID_LIST_CONTRACTS:
          serviceImpl.listContracts((io.leither.v1.ListContractsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListContractsResponse>) responseObserver);
          break;
        case METHODID_REVOKE_CONTRACT:
          serviceImpl.revokeContract((io.leither.v1.RevokeContractRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RevokeContractResponse>) responseObserver);
          break;
        case METHODID_DISTRIBUTE_INCOME:
          serviceImpl.distributeIncome((io.leither.v1.DistributeIncomeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DistributeIncomeResponse>) responseObserver);
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
          getDeployContractMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DeployContractRequest,
              io.leither.v1.DeployContractResponse>(
                service, METHODID_DEPLOY_CONTRACT)))
        .addMethod(
          getCallContractMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CallContractRequest,
              io.leither.v1.CallContractResponse>(
                service, METHODID_CALL_CONTRACT)))
        .addMethod(
          getGetContractCallMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetContractCallRequest,
              io.leither.v1.GetContractCallResponse>(
                service, METHODID_GET_CONTRACT_CALL)))
        .addMethod(
          getQueryContractMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.QueryContractRequest,
              io.leither.v1.QueryContractResponse>(
                service, METHODID_QUERY_CONTRACT)))
        .addMethod(
          getGetContractInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetContractInfoRequest,
              io.leither.v1.GetContractInfoResponse>(
                service, METHODID_GET_CONTRACT_INFO)))
        .addMethod(
          getListContractsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListContractsRequest,
              io.leither.v1.ListContractsResponse>(
                service, METHODID_LIST_CONTRACTS)))
        .addMethod(
          getRevokeContractMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RevokeContractRequest,
              io.leither.v1.RevokeContractResponse>(
                service, METHODID_REVOKE_CONTRACT)))
        .addMethod(
          getDistributeIncomeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DistributeIncomeRequest,
              io.leither.v1.DistributeIncomeResponse>(
                service, METHODID_DISTRIBUTE_INCOME)))
        .build();
  }

  private static abstract class ContractServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ContractServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.ContractServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ContractService");
    }
  }

  private static final class ContractServiceFileDescriptorSupplier
      extends ContractServiceBaseDescriptorSupplier {
    ContractServiceFileDescriptorSupplier() {}
  }

  private static final class ContractServiceMethodDescriptorSupplier
      extends ContractServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ContractServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ContractServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ContractServiceFileDescriptorSupplier())
              .addMethod(getDeployContractMethod())
              .addMethod(getCallContractMethod())
              .addMethod(getGetContractCallMethod())
              .addMethod(getQueryContractMethod())
              .addMethod(getGetContractInfoMethod())
              .addMethod(getListContractsMethod())
              .addMethod(getRevokeContractMethod())
              .addMethod(getDistributeIncomeMethod())
              .build();
        }
      }
    }
    return result;
  }
}
