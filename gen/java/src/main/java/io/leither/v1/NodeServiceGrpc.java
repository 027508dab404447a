package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * NodeService describes the node a client talks to. Every call is open to guests.
 * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
 * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class NodeServiceGrpc {

  private NodeServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.NodeService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetNodeInfoRequest,
      io.leither.v1.GetNodeInfoResponse> getGetNodeInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNodeInfo",
      requestType = io.leither.v1.GetNodeInfoRequest.class,
      responseType = io.leither.v1.GetNodeInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetNodeInfoRequest,
      io.leither.v1.GetNodeInfoResponse> getGetNodeInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetNodeInfoRequest, io.leither.v1.GetNodeInfoResponse> getGetNodeInfoMethod;
    if ((getGetNodeInfoMethod = NodeServiceGrpc.getGetNodeInfoMethod) == null) {
      synchronized (NodeServiceGrpc.class) {
        if ((getGetNodeInfoMethod = NodeServiceGrpc.getGetNodeInfoMethod) == null) {
          NodeServiceGrpc.getGetNodeInfoMethod = getGetNodeInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetNodeInfoRequest, io.leither.v1.GetNodeInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNodeInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetNodeInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetNodeInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NodeServiceMethodDescriptorSupplier("GetNodeInfo"))
              .build();
        }
      }
    }
    return getGetNodeInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetAddressesRequest,
      io.leither.v1.GetAddressesResponse> getGetAddressesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAddresses",
      requestType = io.leither.v1.GetAddressesRequest.class,
      responseType = io.leither.v1.GetAddressesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetAddressesRequest,
      io.leither.v1.GetAddressesResponse> getGetAddressesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetAddressesRequest, io.leither.v1.GetAddressesResponse> getGetAddressesMethod;
    if ((getGetAddressesMethod = NodeServiceGrpc.getGetAddressesMethod) == null) {
      synchronized (NodeServiceGrpc.class) {
        if ((getGetAddressesMethod = NodeServiceGrpc.getGetAddressesMethod) == null) {
          NodeServiceGrpc.getGetAddressesMethod = getGetAddressesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetAddressesRequest, io.leither.v1.GetAddressesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAddresses"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetAddressesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetAddressesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NodeServiceMethodDescriptorSupplier("GetAddresses"))
              .build();
        }
      }
    }
    return getGetAddressesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetStatsRequest,
      io.leither.v1.GetStatsResponse> getGetStatsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetStats",
      requestType = io.leither.v1.GetStatsRequest.class,
      responseType = io.leither.v1.GetStatsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetStatsRequest,
      io.leither.v1.GetStatsResponse> getGetStatsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetStatsRequest, io.leither.v1.GetStatsResponse> getGetStatsMethod;
    if ((getGetStatsMethod = NodeServiceGrpc.getGetStatsMethod) == null) {
      synchronized (NodeServiceGrpc.class) {
        if ((getGetStatsMethod = NodeServiceGrpc.getGetStatsMethod) == null) {
          NodeServiceGrpc.getGetStatsMethod = getGetStatsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetStatsRequest, io.leither.v1.GetStatsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetStats"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetStatsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetStatsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NodeServiceMethodDescriptorSupplier("GetStats"))
              .build();
        }
      }
    }
    return getGetStatsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NodeServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NodeServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NodeServiceStub>() {
        @java.lang.Override
        public NodeServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NodeServiceStub(channel, callOptions);
        }
      };
    return NodeServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static NodeServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NodeServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NodeServiceBlockingV2Stub>() {
        @java.lang.Override
        public NodeServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NodeServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return NodeServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NodeServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NodeServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NodeServiceBlockingStub>() {
        @java.lang.Override
        public NodeServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NodeServiceBlockingStub(channel, callOptions);
        }
      };
    return NodeServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NodeServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NodeServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NodeServiceFutureStub>() {
        @java.lang.Override
        public NodeServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NodeServiceFutureStub(channel, callOptions);
        }
      };
    return NodeServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * NodeService describes the node a client talks to. Every call is open to guests.
   * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
   * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetNodeInfo returns the node's ids, version and uptime in one small call.
     * </pre>
     */
    default void getNodeInfo(io.leither.v1.GetNodeInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetNodeInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNodeInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetAddresses returns the addresses the node listens on and announces.
     * </pre>
     */
    default void getAddresses(io.leither.v1.GetAddressesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetAddressesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAddressesMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetStats returns usage figures: requests, sessions, storage, memory and CPU.
     * </pre>
     */
    default void getStats(io.leither.v1.GetStatsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetStatsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStatsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service NodeService.
   * <pre>
   * NodeService describes the node a client talks to. Every call is open to guests.
   * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
   * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
   * </pre>
   */
  public static abstract class NodeServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return NodeServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service NodeService.
   * <pre>
   * NodeService describes the node a client talks to. Every call is open to guests.
   * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
   * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
   * </pre>
   */
  public static final class NodeServiceStub
      extends io.grpc.stub.AbstractAsyncStub<NodeServiceStub> {
    private NodeServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NodeServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NodeServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetNodeInfo returns the node's ids, version and uptime in one small call.
     * </pre>
     */
    public void getNodeInfo(io.leither.v1.GetNodeInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetNodeInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNodeInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetAddresses returns the addresses the node listens on and announces.
     * </pre>
     */
    public void getAddresses(io.leither.v1.GetAddressesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetAddressesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAddressesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetStats returns usage figures: requests, sessions, storage, memory and CPU.
     * </pre>
     */
    public void getStats(io.leither.v1.GetStatsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetStatsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service NodeService.
   * <pre>
   * NodeService describes the node a client talks to. Every call is open to guests.
   * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
   * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
   * </pre>
   */
  public static final class NodeServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<NodeServiceBlockingV2Stub> {
    private NodeServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NodeServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NodeServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetNodeInfo returns the node's ids, version and uptime in one small call.
     * </pre>
     */
    public io.leither.v1.GetNodeInfoResponse getNodeInfo(io.leither.v1.GetNodeInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetNodeInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetAddresses returns the addresses the node listens on and announces.
     * </pre>
     */
    public io.leither.v1.GetAddressesResponse getAddresses(io.leither.v1.GetAddressesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAddressesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetStats returns usage figures: requests, sessions, storage, memory and CPU.
     * </pre>
     */
    public io.leither.v1.GetStatsResponse getStats(io.leither.v1.GetStatsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service NodeService.
   * <pre>
   * NodeService describes the node a client talks to. Every call is open to guests.
   * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
   * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
   * </pre>
   */
  public static final class NodeServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<NodeServiceBlockingStub> {
    private NodeServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NodeServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NodeServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetNodeInfo returns the node's ids, version and uptime in one small call.
     * </pre>
     */
    public io.leither.v1.GetNodeInfoResponse getNodeInfo(io.leither.v1.GetNodeInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNodeInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetAddresses returns the addresses the node listens on and announces.
     * </pre>
     */
    public io.leither.v1.GetAddressesResponse getAddresses(io.leither.v1.GetAddressesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAddressesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetStats returns usage figures: requests, sessions, storage, memory and CPU.
     * </pre>
     */
    public io.leither.v1.GetStatsResponse getStats(io.leither.v1.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service NodeService.
   * <pre>
   * NodeService describes the node a client talks to. Every call is open to guests.
   * Replaces the original GetVar(ver, nodeid, peerid, nodepk, nodeaddrs, nodeinfo, cpu, disk,
   * virtualmemory, systemvars) and the CLI `version` and `swarm id`.
   * </pre>
   */
  public static final class NodeServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<NodeServiceFutureStub> {
    private NodeServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NodeServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NodeServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetNodeInfo returns the node's ids, version and uptime in one small call.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetNodeInfoResponse> getNodeInfo(
        io.leither.v1.GetNodeInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNodeInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetAddresses returns the addresses the node listens on and announces.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetAddressesResponse> getAddresses(
        io.leither.v1.GetAddressesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAddressesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetStats returns usage figures: requests, sessions, storage, memory and CPU.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetStatsResponse> getStats(
        io.leither.v1.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_NODE_INFO = 0;
  private static final int METHODID_GET_ADDRESSES = 1;
  private static final int METHODID_GET_STATS = 2;

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
        case METHODID_GET_NODE_INFO:
          serviceImpl.getNodeInfo((io.leither.v1.GetNodeInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetNodeInfoResponse>) responseObserver);
          break;
        case METHODID_GET_ADDRESSES:
          serviceImpl.getAddresses((io.leither.v1.GetAddressesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetAddressesResponse>) responseObserver);
          break;
        case METHODID_GET_STATS:
          serviceImpl.getStats((io.leither.v1.GetStatsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetStatsResponse>) responseObserver);
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
          getGetNodeInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetNodeInfoRequest,
              io.leither.v1.GetNodeInfoResponse>(
                service, METHODID_GET_NODE_INFO)))
        .addMethod(
          getGetAddressesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetAddressesRequest,
              io.leither.v1.GetAddressesResponse>(
                service, METHODID_GET_ADDRESSES)))
        .addMethod(
          getGetStatsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetStatsRequest,
              io.leither.v1.GetStatsResponse>(
                service, METHODID_GET_STATS)))
        .build();
  }

  private static abstract class NodeServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    NodeServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.NodeServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("NodeService");
    }
  }

  private static final class NodeServiceFileDescriptorSupplier
      extends NodeServiceBaseDescriptorSupplier {
    NodeServiceFileDescriptorSupplier() {}
  }

  private static final class NodeServiceMethodDescriptorSupplier
      extends NodeServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    NodeServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (NodeServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new NodeServiceFileDescriptorSupplier())
              .addMethod(getGetNodeInfoMethod())
              .addMethod(getGetAddressesMethod())
              .addMethod(getGetStatsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
