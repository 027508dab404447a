package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
 * A node serves the domains under the zones its configuration names (a "domain node"). A
 * binding made on it is signed by the node, kept there and published in the DHT, so every node
 * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
 * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
 * listing the nodes that serve it so the browser picks one; traffic is not proxied.
 * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
 * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
 * the CLI `mimei setdomain` and `lapp setdomain`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class DnsServiceGrpc {

  private DnsServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.DnsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetDomainRequest,
      io.leither.v1.SetDomainResponse> getSetDomainMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetDomain",
      requestType = io.leither.v1.SetDomainRequest.class,
      responseType = io.leither.v1.SetDomainResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetDomainRequest,
      io.leither.v1.SetDomainResponse> getSetDomainMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetDomainRequest, io.leither.v1.SetDomainResponse> getSetDomainMethod;
    if ((getSetDomainMethod = DnsServiceGrpc.getSetDomainMethod) == null) {
      synchronized (DnsServiceGrpc.class) {
        if ((getSetDomainMethod = DnsServiceGrpc.getSetDomainMethod) == null) {
          DnsServiceGrpc.getSetDomainMethod = getSetDomainMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetDomainRequest, io.leither.v1.SetDomainResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetDomain"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetDomainRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetDomainResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DnsServiceMethodDescriptorSupplier("SetDomain"))
              .build();
        }
      }
    }
    return getSetDomainMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DeleteDomainRequest,
      io.leither.v1.DeleteDomainResponse> getDeleteDomainMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteDomain",
      requestType = io.leither.v1.DeleteDomainRequest.class,
      responseType = io.leither.v1.DeleteDomainResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DeleteDomainRequest,
      io.leither.v1.DeleteDomainResponse> getDeleteDomainMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DeleteDomainRequest, io.leither.v1.DeleteDomainResponse> getDeleteDomainMethod;
    if ((getDeleteDomainMethod = DnsServiceGrpc.getDeleteDomainMethod) == null) {
      synchronized (DnsServiceGrpc.class) {
        if ((getDeleteDomainMethod = DnsServiceGrpc.getDeleteDomainMethod) == null) {
          DnsServiceGrpc.getDeleteDomainMethod = getDeleteDomainMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DeleteDomainRequest, io.leither.v1.DeleteDomainResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteDomain"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteDomainRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DeleteDomainResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DnsServiceMethodDescriptorSupplier("DeleteDomain"))
              .build();
        }
      }
    }
    return getDeleteDomainMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListDomainsRequest,
      io.leither.v1.ListDomainsResponse> getListDomainsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDomains",
      requestType = io.leither.v1.ListDomainsRequest.class,
      responseType = io.leither.v1.ListDomainsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListDomainsRequest,
      io.leither.v1.ListDomainsResponse> getListDomainsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListDomainsRequest, io.leither.v1.ListDomainsResponse> getListDomainsMethod;
    if ((getListDomainsMethod = DnsServiceGrpc.getListDomainsMethod) == null) {
      synchronized (DnsServiceGrpc.class) {
        if ((getListDomainsMethod = DnsServiceGrpc.getListDomainsMethod) == null) {
          DnsServiceGrpc.getListDomainsMethod = getListDomainsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListDomainsRequest, io.leither.v1.ListDomainsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDomains"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListDomainsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListDomainsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DnsServiceMethodDescriptorSupplier("ListDomains"))
              .build();
        }
      }
    }
    return getListDomainsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UpdateDomainAddrsRequest,
      io.leither.v1.UpdateDomainAddrsResponse> getUpdateDomainAddrsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateDomainAddrs",
      requestType = io.leither.v1.UpdateDomainAddrsRequest.class,
      responseType = io.leither.v1.UpdateDomainAddrsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UpdateDomainAddrsRequest,
      io.leither.v1.UpdateDomainAddrsResponse> getUpdateDomainAddrsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UpdateDomainAddrsRequest, io.leither.v1.UpdateDomainAddrsResponse> getUpdateDomainAddrsMethod;
    if ((getUpdateDomainAddrsMethod = DnsServiceGrpc.getUpdateDomainAddrsMethod) == null) {
      synchronized (DnsServiceGrpc.class) {
        if ((getUpdateDomainAddrsMethod = DnsServiceGrpc.getUpdateDomainAddrsMethod) == null) {
          DnsServiceGrpc.getUpdateDomainAddrsMethod = getUpdateDomainAddrsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UpdateDomainAddrsRequest, io.leither.v1.UpdateDomainAddrsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateDomainAddrs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UpdateDomainAddrsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UpdateDomainAddrsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DnsServiceMethodDescriptorSupplier("UpdateDomainAddrs"))
              .build();
        }
      }
    }
    return getUpdateDomainAddrsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ResolveDomainRequest,
      io.leither.v1.ResolveDomainResponse> getResolveDomainMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResolveDomain",
      requestType = io.leither.v1.ResolveDomainRequest.class,
      responseType = io.leither.v1.ResolveDomainResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ResolveDomainRequest,
      io.leither.v1.ResolveDomainResponse> getResolveDomainMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ResolveDomainRequest, io.leither.v1.ResolveDomainResponse> getResolveDomainMethod;
    if ((getResolveDomainMethod = DnsServiceGrpc.getResolveDomainMethod) == null) {
      synchronized (DnsServiceGrpc.class) {
        if ((getResolveDomainMethod = DnsServiceGrpc.getResolveDomainMethod) == null) {
          DnsServiceGrpc.getResolveDomainMethod = getResolveDomainMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ResolveDomainRequest, io.leither.v1.ResolveDomainResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResolveDomain"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ResolveDomainRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ResolveDomainResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DnsServiceMethodDescriptorSupplier("ResolveDomain"))
              .build();
        }
      }
    }
    return getResolveDomainMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DnsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DnsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DnsServiceStub>() {
        @java.lang.Override
        public DnsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DnsServiceStub(channel, callOptions);
        }
      };
    return DnsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static DnsServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DnsServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DnsServiceBlockingV2Stub>() {
        @java.lang.Override
        public DnsServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DnsServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return DnsServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DnsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DnsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DnsServiceBlockingStub>() {
        @java.lang.Override
        public DnsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DnsServiceBlockingStub(channel, callOptions);
        }
      };
    return DnsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DnsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DnsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DnsServiceFutureStub>() {
        @java.lang.Override
        public DnsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DnsServiceFutureStub(channel, callOptions);
        }
      };
    return DnsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
   * A node serves the domains under the zones its configuration names (a "domain node"). A
   * binding made on it is signed by the node, kept there and published in the DHT, so every node
   * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
   * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
   * listing the nodes that serve it so the browser picks one; traffic is not proxied.
   * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
   * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
   * the CLI `mimei setdomain` and `lapp setdomain`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * SetDomain binds a name to a target, or changes the binding of a name the caller owns. The
     * name must be under a zone this node serves (FAILED_PRECONDITION, reason ZONE_NOT_SERVED);
     * a name bound by someone else fails with ALREADY_EXISTS.
     * </pre>
     */
    default void setDomain(io.leither.v1.SetDomainRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetDomainResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetDomainMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteDomain unbinds a name.
     * </pre>
     */
    default void deleteDomain(io.leither.v1.DeleteDomainRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteDomainResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteDomainMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListDomains lists the names the caller bound on this node (every name for node admins).
     * </pre>
     */
    default void listDomains(io.leither.v1.ListDomainsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListDomainsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDomainsMethod(), responseObserver);
    }

    /**
     * <pre>
     * UpdateDomainAddrs replaces the addresses a name resolves to (for example after a home
     * node's IP changed); nodes call it every 15 minutes for names bound to them.
     * </pre>
     */
    default void updateDomainAddrs(io.leither.v1.UpdateDomainAddrsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UpdateDomainAddrsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateDomainAddrsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ResolveDomain resolves a name, locally or through the DHT, to its target and the
     * addresses of nodes that serve it. Open to guests.
     * </pre>
     */
    default void resolveDomain(io.leither.v1.ResolveDomainRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ResolveDomainResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResolveDomainMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service DnsService.
   * <pre>
   * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
   * A node serves the domains under the zones its configuration names (a "domain node"). A
   * binding made on it is signed by the node, kept there and published in the DHT, so every node
   * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
   * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
   * listing the nodes that serve it so the browser picks one; traffic is not proxied.
   * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
   * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
   * the CLI `mimei setdomain` and `lapp setdomain`.
   * </pre>
   */
  public static abstract class DnsServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return DnsServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service DnsService.
   * <pre>
   * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
   * A node serves the domains under the zones its configuration names (a "domain node"). A
   * binding made on it is signed by the node, kept there and published in the DHT, so every node
   * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
   * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
   * listing the nodes that serve it so the browser picks one; traffic is not proxied.
   * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
   * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
   * the CLI `mimei setdomain` and `lapp setdomain`.
   * </pre>
   */
  public static final class DnsServiceStub
      extends io.grpc.stub.AbstractAsyncStub<DnsServiceStub> {
    private DnsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DnsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DnsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * SetDomain binds a name to a target, or changes the binding of a name the caller owns. The
     * name must be under a zone this node serves (FAILED_PRECONDITION, reason ZONE_NOT_SERVED);
     * a name bound by someone else fails with ALREADY_EXISTS.
     * </pre>
     */
    public void setDomain(io.leither.v1.SetDomainRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetDomainResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetDomainMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteDomain unbinds a name.
     * </pre>
     */
    public void deleteDomain(io.leither.v1.DeleteDomainRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DeleteDomainResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteDomainMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListDomains lists the names the caller bound on this node (every name for node admins).
     * </pre>
     */
    public void listDomains(io.leither.v1.ListDomainsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListDomainsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDomainsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UpdateDomainAddrs replaces the addresses a name resolves to (for example after a home
     * node's IP changed); nodes call it every 15 minutes for names bound to them.
     * </pre>
     */
    public void updateDomainAddrs(io.leither.v1.UpdateDomainAddrsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UpdateDomainAddrsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateDomainAddrsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ResolveDomain resolves a name, locally or through the DHT, to its target and the
     * addresses of nodes that serve it. Open to guests.
     * </pre>
     */
    public void resolveDomain(io.leither.v1.ResolveDomainRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ResolveDomainResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResolveDomainMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service DnsService.
   * <pre>
   * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
   * A node serves the domains under the zones its configuration names (a "domain node"). A
   * binding made on it is signed by the node, kept there and published in the DHT, so every node
   * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
   * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
   * listing the nodes that serve it so the browser picks one; traffic is not proxied.
   * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
   * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
   * the CLI `mimei setdomain` and `lapp setdomain`.
   * </pre>
   */
  public static final class DnsServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<DnsServiceBlockingV2Stub> {
    private DnsServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DnsServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DnsServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * SetDomain binds a name to a target, or changes the binding of a name the caller owns. The
     * name must be under a zone this node serves (FAILED_PRECONDITION, reason ZONE_NOT_SERVED);
     * a name bound by someone else fails with ALREADY_EXISTS.
     * </pre>
     */
    public io.leither.v1.SetDomainResponse setDomain(io.leither.v1.SetDomainRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetDomainMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteDomain unbinds a name.
     * </pre>
     */
    public io.leither.v1.DeleteDomainResponse deleteDomain(io.leither.v1.DeleteDomainRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteDomainMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDomains lists the names the caller bound on this node (every name for node admins).
     * </pre>
     */
    public io.leither.v1.ListDomainsResponse listDomains(io.leither.v1.ListDomainsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListDomainsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateDomainAddrs replaces the addresses a name resolves to (for example after a home
     * node's IP changed); nodes call it every 15 minutes for names bound to them.
     * </pre>
     */
    public io.leither.v1.UpdateDomainAddrsResponse updateDomainAddrs(io.leither.v1.UpdateDomainAddrsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateDomainAddrsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ResolveDomain resolves a name, locally or through the DHT, to its target and the
     * addresses of nodes that serve it. Open to guests.
     * </pre>
     */
    public io.leither.v1.ResolveDomainResponse resolveDomain(io.leither.v1.ResolveDomainRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getResolveDomainMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service DnsService.
   * <pre>
   * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
   * A node serves the domains under the zones its configuration names (a "domain node"). A
   * binding made on it is signed by the node, kept there and published in the DHT, so every node
   * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
   * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
   * listing the nodes that serve it so the browser picks one; traffic is not proxied.
   * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
   * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
   * the CLI `mimei setdomain` and `lapp setdomain`.
   * </pre>
   */
  public static final class DnsServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<DnsServiceBlockingStub> {
    private DnsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DnsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DnsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * SetDomain binds a name to a target, or changes the binding of a name the caller owns. The
     * name must be under a zone this node serves (FAILED_PRECONDITION, reason ZONE_NOT_SERVED);
     * a name bound by someone else fails with ALREADY_EXISTS.
     * </pre>
     */
    public io.leither.v1.SetDomainResponse setDomain(io.leither.v1.SetDomainRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetDomainMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteDomain unbinds a name.
     * </pre>
     */
    public io.leither.v1.DeleteDomainResponse deleteDomain(io.leither.v1.DeleteDomainRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteDomainMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDomains lists the names the caller bound on this node (every name for node admins).
     * </pre>
     */
    public io.leither.v1.ListDomainsResponse listDomains(io.leither.v1.ListDomainsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDomainsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateDomainAddrs replaces the addresses a name resolves to (for example after a home
     * node's IP changed); nodes call it every 15 minutes for names bound to them.
     * </pre>
     */
    public io.leither.v1.UpdateDomainAddrsResponse updateDomainAddrs(io.leither.v1.UpdateDomainAddrsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateDomainAddrsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ResolveDomain resolves a name, locally or through the DHT, to its target and the
     * addresses of nodes that serve it. Open to guests.
     * </pre>
     */
    public io.leither.v1.ResolveDomainResponse resolveDomain(io.leither.v1.ResolveDomainRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResolveDomainMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service DnsService.
   * <pre>
   * DnsService binds ordinary domain names to MiMei, apps and nodes, and resolves them.
   * A node serves the domains under the zones its configuration names (a "domain node"). A
   * binding made on it is signed by the node, kept there and published in the DHT, so every node
   * resolves it. When an HTTP request for a bound name reaches a node, the node answers with the
   * target (the MiMei's default view, the app's entry, or the node itself), or with a small page
   * listing the nodes that serve it so the browser picks one; traffic is not proxied.
   * A name is bound by one user at a time; its owner or a node admin changes or deletes it.
   * Replaces the original SetDomain, DelDomain, ShowDomain, UpdateAddrs, GetVar(domainaddr) and
   * the CLI `mimei setdomain` and `lapp setdomain`.
   * </pre>
   */
  public static final class DnsServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<DnsServiceFutureStub> {
    private DnsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DnsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DnsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * SetDomain binds a name to a target, or changes the binding of a name the caller owns. The
     * name must be under a zone this node serves (FAILED_PRECONDITION, reason ZONE_NOT_SERVED);
     * a name bound by someone else fails with ALREADY_EXISTS.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetDomainResponse> setDomain(
        io.leither.v1.SetDomainRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetDomainMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteDomain unbinds a name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DeleteDomainResponse> deleteDomain(
        io.leither.v1.DeleteDomainRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteDomainMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListDomains lists the names the caller bound on this node (every name for node admins).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListDomainsResponse> listDomains(
        io.leither.v1.ListDomainsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDomainsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UpdateDomainAddrs replaces the addresses a name resolves to (for example after a home
     * node's IP changed); nodes call it every 15 minutes for names bound to them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UpdateDomainAddrsResponse> updateDomainAddrs(
        io.leither.v1.UpdateDomainAddrsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateDomainAddrsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ResolveDomain resolves a name, locally or through the DHT, to its target and the
     * addresses of nodes that serve it. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ResolveDomainResponse> resolveDomain(
        io.leither.v1.ResolveDomainRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResolveDomainMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SET_DOMAIN = 0;
  private static final int METHODID_DELETE_DOMAIN = 1;
  private static final int METHODID_LIST_DOMAINS = 2;
  private static final int METHODID_UPDATE_DOMAIN_ADDRS = 3;
  private static final int METHODID_RESOLVE_DOMAIN = 4;

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
        case METHODID_SET_DOMAIN:
          serviceImpl.setDomain((io.leither.v1.SetDomainRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetDomainResponse>) responseObserver);
          break;
        case METHODID_DELETE_DOMAIN:
          serviceImpl.deleteDomain((io.leither.v1.DeleteDomainRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DeleteDomainResponse>) responseObserver);
          break;
        case METHODID_LIST_DOMAINS:
          serviceImpl.listDomains((io.leither.v1.ListDomainsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListDomainsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_DOMAIN_ADDRS:
          serviceImpl.updateDomainAddrs((io.leither.v1.UpdateDomainAddrsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UpdateDomainAddrsResponse>) responseObserver);
          break;
        case METHODID_RESOLVE_DOMAIN:
          serviceImpl.resolveDomain((io.leither.v1.ResolveDomainRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ResolveDomainResponse>) responseObserver);
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
          getSetDomainMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetDomainRequest,
              io.leither.v1.SetDomainResponse>(
                service, METHODID_SET_DOMAIN)))
        .addMethod(
          getDeleteDomainMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DeleteDomainRequest,
              io.leither.v1.DeleteDomainResponse>(
                service, METHODID_DELETE_DOMAIN)))
        .addMethod(
          getListDomainsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListDomainsRequest,
              io.leither.v1.ListDomainsResponse>(
                service, METHODID_LIST_DOMAINS)))
        .addMethod(
          getUpdateDomainAddrsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UpdateDomainAddrsRequest,
              io.leither.v1.UpdateDomainAddrsResponse>(
                service, METHODID_UPDATE_DOMAIN_ADDRS)))
        .addMethod(
          getResolveDomainMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ResolveDomainRequest,
              io.leither.v1.ResolveDomainResponse>(
                service, METHODID_RESOLVE_DOMAIN)))
        .build();
  }

  private static abstract class DnsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DnsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.DnsServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DnsService");
    }
  }

  private static final class DnsServiceFileDescriptorSupplier
      extends DnsServiceBaseDescriptorSupplier {
    DnsServiceFileDescriptorSupplier() {}
  }

  private static final class DnsServiceMethodDescriptorSupplier
      extends DnsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    DnsServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (DnsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DnsServiceFileDescriptorSupplier())
              .addMethod(getSetDomainMethod())
              .addMethod(getDeleteDomainMethod())
              .addMethod(getListDomainsMethod())
              .addMethod(getUpdateDomainAddrsMethod())
              .addMethod(getResolveDomainMethod())
              .build();
        }
      }
    }
    return result;
  }
}
