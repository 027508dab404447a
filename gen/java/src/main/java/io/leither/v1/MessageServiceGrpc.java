package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * MessageService delivers signed messages to users. A message is queued on the recipient's
 * home node (forwarded there when sent on another node) until the recipient reads it; the node
 * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
 * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
 * takes it first.
 * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
 * the 4-byte big-endian length of x followed by x:
 *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
 *   lp(app_id) || lp(msg) || lp(data)
 * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
 * check it again with the sender's public key.
 * System messages have an empty app id; the node sends one with msg "offline" to everyone
 * watching a user's queue when that user logs out.
 * Replaces the original SendMsg, ReadMsg and PullMsg.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MessageServiceGrpc {

  private MessageServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.MessageService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SendMessageRequest,
      io.leither.v1.SendMessageResponse> getSendMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SendMessage",
      requestType = io.leither.v1.SendMessageRequest.class,
      responseType = io.leither.v1.SendMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SendMessageRequest,
      io.leither.v1.SendMessageResponse> getSendMessageMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SendMessageRequest, io.leither.v1.SendMessageResponse> getSendMessageMethod;
    if ((getSendMessageMethod = MessageServiceGrpc.getSendMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getSendMessageMethod = MessageServiceGrpc.getSendMessageMethod) == null) {
          MessageServiceGrpc.getSendMessageMethod = getSendMessageMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SendMessageRequest, io.leither.v1.SendMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SendMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SendMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SendMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("SendMessage"))
              .build();
        }
      }
    }
    return getSendMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ReadMessagesRequest,
      io.leither.v1.ReadMessagesResponse> getReadMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadMessages",
      requestType = io.leither.v1.ReadMessagesRequest.class,
      responseType = io.leither.v1.ReadMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ReadMessagesRequest,
      io.leither.v1.ReadMessagesResponse> getReadMessagesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ReadMessagesRequest, io.leither.v1.ReadMessagesResponse> getReadMessagesMethod;
    if ((getReadMessagesMethod = MessageServiceGrpc.getReadMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getReadMessagesMethod = MessageServiceGrpc.getReadMessagesMethod) == null) {
          MessageServiceGrpc.getReadMessagesMethod = getReadMessagesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ReadMessagesRequest, io.leither.v1.ReadMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReadMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ReadMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("ReadMessages"))
              .build();
        }
      }
    }
    return getReadMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.PullMessageRequest,
      io.leither.v1.PullMessageResponse> getPullMessageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PullMessage",
      requestType = io.leither.v1.PullMessageRequest.class,
      responseType = io.leither.v1.PullMessageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.PullMessageRequest,
      io.leither.v1.PullMessageResponse> getPullMessageMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.PullMessageRequest, io.leither.v1.PullMessageResponse> getPullMessageMethod;
    if ((getPullMessageMethod = MessageServiceGrpc.getPullMessageMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getPullMessageMethod = MessageServiceGrpc.getPullMessageMethod) == null) {
          MessageServiceGrpc.getPullMessageMethod = getPullMessageMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.PullMessageRequest, io.leither.v1.PullMessageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PullMessage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.PullMessageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.PullMessageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("PullMessage"))
              .build();
        }
      }
    }
    return getPullMessageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.WatchMessagesRequest,
      io.leither.v1.WatchMessagesResponse> getWatchMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchMessages",
      requestType = io.leither.v1.WatchMessagesRequest.class,
      responseType = io.leither.v1.WatchMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.leither.v1.WatchMessagesRequest,
      io.leither.v1.WatchMessagesResponse> getWatchMessagesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.WatchMessagesRequest, io.leither.v1.WatchMessagesResponse> getWatchMessagesMethod;
    if ((getWatchMessagesMethod = MessageServiceGrpc.getWatchMessagesMethod) == null) {
      synchronized (MessageServiceGrpc.class) {
        if ((getWatchMessagesMethod = MessageServiceGrpc.getWatchMessagesMethod) == null) {
          MessageServiceGrpc.getWatchMessagesMethod = getWatchMessagesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.WatchMessagesRequest, io.leither.v1.WatchMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.WatchMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.WatchMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MessageServiceMethodDescriptorSupplier("WatchMessages"))
              .build();
        }
      }
    }
    return getWatchMessagesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MessageServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceStub>() {
        @java.lang.Override
        public MessageServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceStub(channel, callOptions);
        }
      };
    return MessageServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MessageServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingV2Stub>() {
        @java.lang.Override
        public MessageServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MessageServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MessageServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceBlockingStub>() {
        @java.lang.Override
        public MessageServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceBlockingStub(channel, callOptions);
        }
      };
    return MessageServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MessageServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MessageServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MessageServiceFutureStub>() {
        @java.lang.Override
        public MessageServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MessageServiceFutureStub(channel, callOptions);
        }
      };
    return MessageServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * MessageService delivers signed messages to users. A message is queued on the recipient's
   * home node (forwarded there when sent on another node) until the recipient reads it; the node
   * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
   * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
   * takes it first.
   * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
   * the 4-byte big-endian length of x followed by x:
   *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
   *   lp(app_id) || lp(msg) || lp(data)
   * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
   * check it again with the sender's public key.
   * System messages have an empty app id; the node sends one with msg "offline" to everyone
   * watching a user's queue when that user logs out.
   * Replaces the original SendMsg, ReadMsg and PullMsg.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * SendMessage queues a message for its recipient. The sender must be the caller. When the
     * signature is empty the node signs with the caller's key (a password session unlocks it);
     * otherwise it checks the given signature.
     * </pre>
     */
    default void sendMessage(io.leither.v1.SendMessageRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SendMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSendMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * ReadMessages takes queued messages for the caller, oldest first, up to a limit. `more`
     * says to call again.
     * </pre>
     */
    default void readMessages(io.leither.v1.ReadMessagesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReadMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * PullMessage takes the oldest queued message for the caller, waiting up to a timeout for
     * one to arrive.
     * </pre>
     */
    default void pullMessage(io.leither.v1.PullMessageRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.PullMessageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPullMessageMethod(), responseObserver);
    }

    /**
     * <pre>
     * WatchMessages streams the caller's messages as they arrive, starting with those already
     * queued. Each message sent on the stream leaves the queue.
     * </pre>
     */
    default void watchMessages(io.leither.v1.WatchMessagesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.WatchMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchMessagesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MessageService.
   * <pre>
   * MessageService delivers signed messages to users. A message is queued on the recipient's
   * home node (forwarded there when sent on another node) until the recipient reads it; the node
   * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
   * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
   * takes it first.
   * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
   * the 4-byte big-endian length of x followed by x:
   *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
   *   lp(app_id) || lp(msg) || lp(data)
   * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
   * check it again with the sender's public key.
   * System messages have an empty app id; the node sends one with msg "offline" to everyone
   * watching a user's queue when that user logs out.
   * Replaces the original SendMsg, ReadMsg and PullMsg.
   * </pre>
   */
  public static abstract class MessageServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MessageServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MessageService.
   * <pre>
   * MessageService delivers signed messages to users. A message is queued on the recipient's
   * home node (forwarded there when sent on another node) until the recipient reads it; the node
   * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
   * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
   * takes it first.
   * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
   * the 4-byte big-endian length of x followed by x:
   *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
   *   lp(app_id) || lp(msg) || lp(data)
   * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
   * check it again with the sender's public key.
   * System messages have an empty app id; the node sends one with msg "offline" to everyone
   * watching a user's queue when that user logs out.
   * Replaces the original SendMsg, ReadMsg and PullMsg.
   * </pre>
   */
  public static final class MessageServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MessageServiceStub> {
    private MessageServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * SendMessage queues a message for its recipient. The sender must be the caller. When the
     * signature is empty the node signs with the caller's key (a password session unlocks it);
     * otherwise it checks the given signature.
     * </pre>
     */
    public void sendMessage(io.leither.v1.SendMessageRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SendMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ReadMessages takes queued messages for the caller, oldest first, up to a limit. `more`
     * says to call again.
     * </pre>
     */
    public void readMessages(io.leither.v1.ReadMessagesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ReadMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReadMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PullMessage takes the oldest queued message for the caller, waiting up to a timeout for
     * one to arrive.
     * </pre>
     */
    public void pullMessage(io.leither.v1.PullMessageRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.PullMessageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPullMessageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * WatchMessages streams the caller's messages as they arrive, starting with those already
     * queued. Each message sent on the stream leaves the queue.
     * </pre>
     */
    public void watchMessages(io.leither.v1.WatchMessagesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.WatchMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchMessagesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MessageService.
   * <pre>
   * MessageService delivers signed messages to users. A message is queued on the recipient's
   * home node (forwarded there when sent on another node) until the recipient reads it; the node
   * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
   * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
   * takes it first.
   * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
   * the 4-byte big-endian length of x followed by x:
   *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
   *   lp(app_id) || lp(msg) || lp(data)
   * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
   * check it again with the sender's public key.
   * System messages have an empty app id; the node sends one with msg "offline" to everyone
   * watching a user's queue when that user logs out.
   * Replaces the original SendMsg, ReadMsg and PullMsg.
   * </pre>
   */
  public static final class MessageServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MessageServiceBlockingV2Stub> {
    private MessageServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * SendMessage queues a message for its recipient. The sender must be the caller. When the
     * signature is empty the node signs with the caller's key (a password session unlocks it);
     * otherwise it checks the given signature.
     * </pre>
     */
    public io.leither.v1.SendMessageResponse sendMessage(io.leither.v1.SendMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadMessages takes queued messages for the caller, oldest first, up to a limit. `more`
     * says to call again.
     * </pre>
     */
    public io.leither.v1.ReadMessagesResponse readMessages(io.leither.v1.ReadMessagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReadMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PullMessage takes the oldest queued message for the caller, waiting up to a timeout for
     * one to arrive.
     * </pre>
     */
    public io.leither.v1.PullMessageResponse pullMessage(io.leither.v1.PullMessageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPullMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * WatchMessages streams the caller's messages as they arrive, starting with those already
     * queued. Each message sent on the stream leaves the queue.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.leither.v1.WatchMessagesResponse>
        watchMessages(io.leither.v1.WatchMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchMessagesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MessageService.
   * <pre>
   * MessageService delivers signed messages to users. A message is queued on the recipient's
   * home node (forwarded there when sent on another node) until the recipient reads it; the node
   * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
   * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
   * takes it first.
   * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
   * the 4-byte big-endian length of x followed by x:
   *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
   *   lp(app_id) || lp(msg) || lp(data)
   * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
   * check it again with the sender's public key.
   * System messages have an empty app id; the node sends one with msg "offline" to everyone
   * watching a user's queue when that user logs out.
   * Replaces the original SendMsg, ReadMsg and PullMsg.
   * </pre>
   */
  public static final class MessageServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MessageServiceBlockingStub> {
    private MessageServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * SendMessage queues a message for its recipient. The sender must be the caller. When the
     * signature is empty the node signs with the caller's key (a password session unlocks it);
     * otherwise it checks the given signature.
     * </pre>
     */
    public io.leither.v1.SendMessageResponse sendMessage(io.leither.v1.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSendMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadMessages takes queued messages for the caller, oldest first, up to a limit. `more`
     * says to call again.
     * </pre>
     */
    public io.leither.v1.ReadMessagesResponse readMessages(io.leither.v1.ReadMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReadMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PullMessage takes the oldest queued message for the caller, waiting up to a timeout for
     * one to arrive.
     * </pre>
     */
    public io.leither.v1.PullMessageResponse pullMessage(io.leither.v1.PullMessageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPullMessageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * WatchMessages streams the caller's messages as they arrive, starting with those already
     * queued. Each message sent on the stream leaves the queue.
     * </pre>
     */
    public java.util.Iterator<io.leither.v1.WatchMessagesResponse> watchMessages(
        io.leither.v1.WatchMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchMessagesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MessageService.
   * <pre>
   * MessageService delivers signed messages to users. A message is queued on the recipient's
   * home node (forwarded there when sent on another node) until the recipient reads it; the node
   * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
   * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
   * takes it first.
   * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
   * the 4-byte big-endian length of x followed by x:
   *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
   *   lp(app_id) || lp(msg) || lp(data)
   * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
   * check it again with the sender's public key.
   * System messages have an empty app id; the node sends one with msg "offline" to everyone
   * watching a user's queue when that user logs out.
   * Replaces the original SendMsg, ReadMsg and PullMsg.
   * </pre>
   */
  public static final class MessageServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MessageServiceFutureStub> {
    private MessageServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MessageServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MessageServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * SendMessage queues a message for its recipient. The sender must be the caller. When the
     * signature is empty the node signs with the caller's key (a password session unlocks it);
     * otherwise it checks the given signature.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SendMessageResponse> sendMessage(
        io.leither.v1.SendMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSendMessageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ReadMessages takes queued messages for the caller, oldest first, up to a limit. `more`
     * says to call again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ReadMessagesResponse> readMessages(
        io.leither.v1.ReadMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReadMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PullMessage takes the oldest queued message for the caller, waiting up to a timeout for
     * one to arrive.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.PullMessageResponse> pullMessage(
        io.leither.v1.PullMessageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPullMessageMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SEND_MESSAGE = 0;
  private static final int METHODID_READ_MESSAGES = 1;
  private static final int METHODID_PULL_MESSAGE = 2;
  private static final int METHODID_WATCH_MESSAGES = 3;

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
        case METHODID_SEND_MESSAGE:
          serviceImpl.sendMessage((io.leither.v1.SendMessageRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SendMessageResponse>) responseObserver);
          break;
        case METHODID_READ_MESSAGES:
          serviceImpl.readMessages((io.leither.v1.ReadMessagesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ReadMessagesResponse>) responseObserver);
          break;
        case METHODID_PULL_MESSAGE:
          serviceImpl.pullMessage((io.leither.v1.PullMessageRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.PullMessageResponse>) responseObserver);
          break;
        case METHODID_WATCH_MESSAGES:
          serviceImpl.watchMessages((io.leither.v1.WatchMessagesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.WatchMessagesResponse>) responseObserver);
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
          getSendMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SendMessageRequest,
              io.leither.v1.SendMessageResponse>(
                service, METHODID_SEND_MESSAGE)))
        .addMethod(
          getReadMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ReadMessagesRequest,
              io.leither.v1.ReadMessagesResponse>(
                service, METHODID_READ_MESSAGES)))
        .addMethod(
          getPullMessageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.PullMessageRequest,
              io.leither.v1.PullMessageResponse>(
                service, METHODID_PULL_MESSAGE)))
        .addMethod(
          getWatchMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.leither.v1.WatchMessagesRequest,
              io.leither.v1.WatchMessagesResponse>(
                service, METHODID_WATCH_MESSAGES)))
        .build();
  }

  private static abstract class MessageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MessageServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.MessageServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MessageService");
    }
  }

  private static final class MessageServiceFileDescriptorSupplier
      extends MessageServiceBaseDescriptorSupplier {
    MessageServiceFileDescriptorSupplier() {}
  }

  private static final class MessageServiceMethodDescriptorSupplier
      extends MessageServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MessageServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MessageServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MessageServiceFileDescriptorSupplier())
              .addMethod(getSendMessageMethod())
              .addMethod(getReadMessagesMethod())
              .addMethod(getPullMessageMethod())
              .addMethod(getWatchMessagesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
