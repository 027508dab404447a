package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * NetService runs this node's part of the Leither network.
 * Rights: calls that change the node's networking (connect, filters, tunnels, external
 * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
 * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
 * invitation.
 * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
 * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
 * NodeService.GetAddresses.
 * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
 * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
 * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
 * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
 * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class NetServiceGrpc {

  private NetServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.NetService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListPeersRequest,
      io.leither.v1.ListPeersResponse> getListPeersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPeers",
      requestType = io.leither.v1.ListPeersRequest.class,
      responseType = io.leither.v1.ListPeersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListPeersRequest,
      io.leither.v1.ListPeersResponse> getListPeersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListPeersRequest, io.leither.v1.ListPeersResponse> getListPeersMethod;
    if ((getListPeersMethod = NetServiceGrpc.getListPeersMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getListPeersMethod = NetServiceGrpc.getListPeersMethod) == null) {
          NetServiceGrpc.getListPeersMethod = getListPeersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListPeersRequest, io.leither.v1.ListPeersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPeers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListPeersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListPeersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ListPeers"))
              .build();
        }
      }
    }
    return getListPeersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetPeerAddrsRequest,
      io.leither.v1.GetPeerAddrsResponse> getGetPeerAddrsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPeerAddrs",
      requestType = io.leither.v1.GetPeerAddrsRequest.class,
      responseType = io.leither.v1.GetPeerAddrsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetPeerAddrsRequest,
      io.leither.v1.GetPeerAddrsResponse> getGetPeerAddrsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetPeerAddrsRequest, io.leither.v1.GetPeerAddrsResponse> getGetPeerAddrsMethod;
    if ((getGetPeerAddrsMethod = NetServiceGrpc.getGetPeerAddrsMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getGetPeerAddrsMethod = NetServiceGrpc.getGetPeerAddrsMethod) == null) {
          NetServiceGrpc.getGetPeerAddrsMethod = getGetPeerAddrsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetPeerAddrsRequest, io.leither.v1.GetPeerAddrsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPeerAddrs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetPeerAddrsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetPeerAddrsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("GetPeerAddrs"))
              .build();
        }
      }
    }
    return getGetPeerAddrsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ConnectPeerRequest,
      io.leither.v1.ConnectPeerResponse> getConnectPeerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConnectPeer",
      requestType = io.leither.v1.ConnectPeerRequest.class,
      responseType = io.leither.v1.ConnectPeerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ConnectPeerRequest,
      io.leither.v1.ConnectPeerResponse> getConnectPeerMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ConnectPeerRequest, io.leither.v1.ConnectPeerResponse> getConnectPeerMethod;
    if ((getConnectPeerMethod = NetServiceGrpc.getConnectPeerMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getConnectPeerMethod = NetServiceGrpc.getConnectPeerMethod) == null) {
          NetServiceGrpc.getConnectPeerMethod = getConnectPeerMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ConnectPeerRequest, io.leither.v1.ConnectPeerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConnectPeer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ConnectPeerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ConnectPeerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ConnectPeer"))
              .build();
        }
      }
    }
    return getConnectPeerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.DisconnectPeerRequest,
      io.leither.v1.DisconnectPeerResponse> getDisconnectPeerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DisconnectPeer",
      requestType = io.leither.v1.DisconnectPeerRequest.class,
      responseType = io.leither.v1.DisconnectPeerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.DisconnectPeerRequest,
      io.leither.v1.DisconnectPeerResponse> getDisconnectPeerMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.DisconnectPeerRequest, io.leither.v1.DisconnectPeerResponse> getDisconnectPeerMethod;
    if ((getDisconnectPeerMethod = NetServiceGrpc.getDisconnectPeerMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getDisconnectPeerMethod = NetServiceGrpc.getDisconnectPeerMethod) == null) {
          NetServiceGrpc.getDisconnectPeerMethod = getDisconnectPeerMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.DisconnectPeerRequest, io.leither.v1.DisconnectPeerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DisconnectPeer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DisconnectPeerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.DisconnectPeerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("DisconnectPeer"))
              .build();
        }
      }
    }
    return getDisconnectPeerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.AddIpFiltersRequest,
      io.leither.v1.AddIpFiltersResponse> getAddIpFiltersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddIpFilters",
      requestType = io.leither.v1.AddIpFiltersRequest.class,
      responseType = io.leither.v1.AddIpFiltersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.AddIpFiltersRequest,
      io.leither.v1.AddIpFiltersResponse> getAddIpFiltersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.AddIpFiltersRequest, io.leither.v1.AddIpFiltersResponse> getAddIpFiltersMethod;
    if ((getAddIpFiltersMethod = NetServiceGrpc.getAddIpFiltersMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getAddIpFiltersMethod = NetServiceGrpc.getAddIpFiltersMethod) == null) {
          NetServiceGrpc.getAddIpFiltersMethod = getAddIpFiltersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.AddIpFiltersRequest, io.leither.v1.AddIpFiltersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddIpFilters"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AddIpFiltersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AddIpFiltersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("AddIpFilters"))
              .build();
        }
      }
    }
    return getAddIpFiltersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RemoveIpFiltersRequest,
      io.leither.v1.RemoveIpFiltersResponse> getRemoveIpFiltersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveIpFilters",
      requestType = io.leither.v1.RemoveIpFiltersRequest.class,
      responseType = io.leither.v1.RemoveIpFiltersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RemoveIpFiltersRequest,
      io.leither.v1.RemoveIpFiltersResponse> getRemoveIpFiltersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RemoveIpFiltersRequest, io.leither.v1.RemoveIpFiltersResponse> getRemoveIpFiltersMethod;
    if ((getRemoveIpFiltersMethod = NetServiceGrpc.getRemoveIpFiltersMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getRemoveIpFiltersMethod = NetServiceGrpc.getRemoveIpFiltersMethod) == null) {
          NetServiceGrpc.getRemoveIpFiltersMethod = getRemoveIpFiltersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RemoveIpFiltersRequest, io.leither.v1.RemoveIpFiltersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveIpFilters"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveIpFiltersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveIpFiltersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("RemoveIpFilters"))
              .build();
        }
      }
    }
    return getRemoveIpFiltersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListIpFiltersRequest,
      io.leither.v1.ListIpFiltersResponse> getListIpFiltersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListIpFilters",
      requestType = io.leither.v1.ListIpFiltersRequest.class,
      responseType = io.leither.v1.ListIpFiltersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListIpFiltersRequest,
      io.leither.v1.ListIpFiltersResponse> getListIpFiltersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListIpFiltersRequest, io.leither.v1.ListIpFiltersResponse> getListIpFiltersMethod;
    if ((getListIpFiltersMethod = NetServiceGrpc.getListIpFiltersMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getListIpFiltersMethod = NetServiceGrpc.getListIpFiltersMethod) == null) {
          NetServiceGrpc.getListIpFiltersMethod = getListIpFiltersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListIpFiltersRequest, io.leither.v1.ListIpFiltersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListIpFilters"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListIpFiltersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListIpFiltersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ListIpFilters"))
              .build();
        }
      }
    }
    return getListIpFiltersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.FindPeerRequest,
      io.leither.v1.FindPeerResponse> getFindPeerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindPeer",
      requestType = io.leither.v1.FindPeerRequest.class,
      responseType = io.leither.v1.FindPeerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.FindPeerRequest,
      io.leither.v1.FindPeerResponse> getFindPeerMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.FindPeerRequest, io.leither.v1.FindPeerResponse> getFindPeerMethod;
    if ((getFindPeerMethod = NetServiceGrpc.getFindPeerMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getFindPeerMethod = NetServiceGrpc.getFindPeerMethod) == null) {
          NetServiceGrpc.getFindPeerMethod = getFindPeerMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.FindPeerRequest, io.leither.v1.FindPeerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindPeer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindPeerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindPeerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("FindPeer"))
              .build();
        }
      }
    }
    return getFindPeerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ProvideContentRequest,
      io.leither.v1.ProvideContentResponse> getProvideContentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProvideContent",
      requestType = io.leither.v1.ProvideContentRequest.class,
      responseType = io.leither.v1.ProvideContentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ProvideContentRequest,
      io.leither.v1.ProvideContentResponse> getProvideContentMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ProvideContentRequest, io.leither.v1.ProvideContentResponse> getProvideContentMethod;
    if ((getProvideContentMethod = NetServiceGrpc.getProvideContentMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getProvideContentMethod = NetServiceGrpc.getProvideContentMethod) == null) {
          NetServiceGrpc.getProvideContentMethod = getProvideContentMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ProvideContentRequest, io.leither.v1.ProvideContentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProvideContent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ProvideContentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ProvideContentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ProvideContent"))
              .build();
        }
      }
    }
    return getProvideContentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.FindProvidersRequest,
      io.leither.v1.FindProvidersResponse> getFindProvidersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindProviders",
      requestType = io.leither.v1.FindProvidersRequest.class,
      responseType = io.leither.v1.FindProvidersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.FindProvidersRequest,
      io.leither.v1.FindProvidersResponse> getFindProvidersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.FindProvidersRequest, io.leither.v1.FindProvidersResponse> getFindProvidersMethod;
    if ((getFindProvidersMethod = NetServiceGrpc.getFindProvidersMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getFindProvidersMethod = NetServiceGrpc.getFindProvidersMethod) == null) {
          NetServiceGrpc.getFindProvidersMethod = getFindProvidersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.FindProvidersRequest, io.leither.v1.FindProvidersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindProviders"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindProvidersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindProvidersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("FindProviders"))
              .build();
        }
      }
    }
    return getFindProvidersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.PutDhtValueRequest,
      io.leither.v1.PutDhtValueResponse> getPutDhtValueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PutDhtValue",
      requestType = io.leither.v1.PutDhtValueRequest.class,
      responseType = io.leither.v1.PutDhtValueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.PutDhtValueRequest,
      io.leither.v1.PutDhtValueResponse> getPutDhtValueMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.PutDhtValueRequest, io.leither.v1.PutDhtValueResponse> getPutDhtValueMethod;
    if ((getPutDhtValueMethod = NetServiceGrpc.getPutDhtValueMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getPutDhtValueMethod = NetServiceGrpc.getPutDhtValueMethod) == null) {
          NetServiceGrpc.getPutDhtValueMethod = getPutDhtValueMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.PutDhtValueRequest, io.leither.v1.PutDhtValueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PutDhtValue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.PutDhtValueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.PutDhtValueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("PutDhtValue"))
              .build();
        }
      }
    }
    return getPutDhtValueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetDhtValueRequest,
      io.leither.v1.GetDhtValueResponse> getGetDhtValueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDhtValue",
      requestType = io.leither.v1.GetDhtValueRequest.class,
      responseType = io.leither.v1.GetDhtValueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetDhtValueRequest,
      io.leither.v1.GetDhtValueResponse> getGetDhtValueMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetDhtValueRequest, io.leither.v1.GetDhtValueResponse> getGetDhtValueMethod;
    if ((getGetDhtValueMethod = NetServiceGrpc.getGetDhtValueMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getGetDhtValueMethod = NetServiceGrpc.getGetDhtValueMethod) == null) {
          NetServiceGrpc.getGetDhtValueMethod = getGetDhtValueMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetDhtValueRequest, io.leither.v1.GetDhtValueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDhtValue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetDhtValueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetDhtValueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("GetDhtValue"))
              .build();
        }
      }
    }
    return getGetDhtValueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetNetworkSizeRequest,
      io.leither.v1.GetNetworkSizeResponse> getGetNetworkSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNetworkSize",
      requestType = io.leither.v1.GetNetworkSizeRequest.class,
      responseType = io.leither.v1.GetNetworkSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetNetworkSizeRequest,
      io.leither.v1.GetNetworkSizeResponse> getGetNetworkSizeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetNetworkSizeRequest, io.leither.v1.GetNetworkSizeResponse> getGetNetworkSizeMethod;
    if ((getGetNetworkSizeMethod = NetServiceGrpc.getGetNetworkSizeMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getGetNetworkSizeMethod = NetServiceGrpc.getGetNetworkSizeMethod) == null) {
          NetServiceGrpc.getGetNetworkSizeMethod = getGetNetworkSizeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetNetworkSizeRequest, io.leither.v1.GetNetworkSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNetworkSize"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetNetworkSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetNetworkSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("GetNetworkSize"))
              .build();
        }
      }
    }
    return getGetNetworkSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.PublishMiMeiRequest,
      io.leither.v1.PublishMiMeiResponse> getPublishMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PublishMiMei",
      requestType = io.leither.v1.PublishMiMeiRequest.class,
      responseType = io.leither.v1.PublishMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.PublishMiMeiRequest,
      io.leither.v1.PublishMiMeiResponse> getPublishMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.PublishMiMeiRequest, io.leither.v1.PublishMiMeiResponse> getPublishMiMeiMethod;
    if ((getPublishMiMeiMethod = NetServiceGrpc.getPublishMiMeiMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getPublishMiMeiMethod = NetServiceGrpc.getPublishMiMeiMethod) == null) {
          NetServiceGrpc.getPublishMiMeiMethod = getPublishMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.PublishMiMeiRequest, io.leither.v1.PublishMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PublishMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.PublishMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.PublishMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("PublishMiMei"))
              .build();
        }
      }
    }
    return getPublishMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UnpublishMiMeiRequest,
      io.leither.v1.UnpublishMiMeiResponse> getUnpublishMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnpublishMiMei",
      requestType = io.leither.v1.UnpublishMiMeiRequest.class,
      responseType = io.leither.v1.UnpublishMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UnpublishMiMeiRequest,
      io.leither.v1.UnpublishMiMeiResponse> getUnpublishMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UnpublishMiMeiRequest, io.leither.v1.UnpublishMiMeiResponse> getUnpublishMiMeiMethod;
    if ((getUnpublishMiMeiMethod = NetServiceGrpc.getUnpublishMiMeiMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getUnpublishMiMeiMethod = NetServiceGrpc.getUnpublishMiMeiMethod) == null) {
          NetServiceGrpc.getUnpublishMiMeiMethod = getUnpublishMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UnpublishMiMeiRequest, io.leither.v1.UnpublishMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnpublishMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UnpublishMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UnpublishMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("UnpublishMiMei"))
              .build();
        }
      }
    }
    return getUnpublishMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ProvideMiMeiRequest,
      io.leither.v1.ProvideMiMeiResponse> getProvideMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProvideMiMei",
      requestType = io.leither.v1.ProvideMiMeiRequest.class,
      responseType = io.leither.v1.ProvideMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ProvideMiMeiRequest,
      io.leither.v1.ProvideMiMeiResponse> getProvideMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ProvideMiMeiRequest, io.leither.v1.ProvideMiMeiResponse> getProvideMiMeiMethod;
    if ((getProvideMiMeiMethod = NetServiceGrpc.getProvideMiMeiMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getProvideMiMeiMethod = NetServiceGrpc.getProvideMiMeiMethod) == null) {
          NetServiceGrpc.getProvideMiMeiMethod = getProvideMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ProvideMiMeiRequest, io.leither.v1.ProvideMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProvideMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ProvideMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ProvideMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ProvideMiMei"))
              .build();
        }
      }
    }
    return getProvideMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UnprovideMiMeiRequest,
      io.leither.v1.UnprovideMiMeiResponse> getUnprovideMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnprovideMiMei",
      requestType = io.leither.v1.UnprovideMiMeiRequest.class,
      responseType = io.leither.v1.UnprovideMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UnprovideMiMeiRequest,
      io.leither.v1.UnprovideMiMeiResponse> getUnprovideMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UnprovideMiMeiRequest, io.leither.v1.UnprovideMiMeiResponse> getUnprovideMiMeiMethod;
    if ((getUnprovideMiMeiMethod = NetServiceGrpc.getUnprovideMiMeiMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getUnprovideMiMeiMethod = NetServiceGrpc.getUnprovideMiMeiMethod) == null) {
          NetServiceGrpc.getUnprovideMiMeiMethod = getUnprovideMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UnprovideMiMeiRequest, io.leither.v1.UnprovideMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnprovideMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UnprovideMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UnprovideMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("UnprovideMiMei"))
              .build();
        }
      }
    }
    return getUnprovideMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.FindMiMeiProvidersRequest,
      io.leither.v1.FindMiMeiProvidersResponse> getFindMiMeiProvidersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindMiMeiProviders",
      requestType = io.leither.v1.FindMiMeiProvidersRequest.class,
      responseType = io.leither.v1.FindMiMeiProvidersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.FindMiMeiProvidersRequest,
      io.leither.v1.FindMiMeiProvidersResponse> getFindMiMeiProvidersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.FindMiMeiProvidersRequest, io.leither.v1.FindMiMeiProvidersResponse> getFindMiMeiProvidersMethod;
    if ((getFindMiMeiProvidersMethod = NetServiceGrpc.getFindMiMeiProvidersMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getFindMiMeiProvidersMethod = NetServiceGrpc.getFindMiMeiProvidersMethod) == null) {
          NetServiceGrpc.getFindMiMeiProvidersMethod = getFindMiMeiProvidersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.FindMiMeiProvidersRequest, io.leither.v1.FindMiMeiProvidersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindMiMeiProviders"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindMiMeiProvidersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.FindMiMeiProvidersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("FindMiMeiProviders"))
              .build();
        }
      }
    }
    return getFindMiMeiProvidersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ShowMiMeiRequest,
      io.leither.v1.ShowMiMeiResponse> getShowMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ShowMiMei",
      requestType = io.leither.v1.ShowMiMeiRequest.class,
      responseType = io.leither.v1.ShowMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ShowMiMeiRequest,
      io.leither.v1.ShowMiMeiResponse> getShowMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ShowMiMeiRequest, io.leither.v1.ShowMiMeiResponse> getShowMiMeiMethod;
    if ((getShowMiMeiMethod = NetServiceGrpc.getShowMiMeiMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getShowMiMeiMethod = NetServiceGrpc.getShowMiMeiMethod) == null) {
          NetServiceGrpc.getShowMiMeiMethod = getShowMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ShowMiMeiRequest, io.leither.v1.ShowMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ShowMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ShowMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ShowMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ShowMiMei"))
              .build();
        }
      }
    }
    return getShowMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SyncMiMeiRequest,
      io.leither.v1.SyncMiMeiResponse> getSyncMiMeiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SyncMiMei",
      requestType = io.leither.v1.SyncMiMeiRequest.class,
      responseType = io.leither.v1.SyncMiMeiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SyncMiMeiRequest,
      io.leither.v1.SyncMiMeiResponse> getSyncMiMeiMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SyncMiMeiRequest, io.leither.v1.SyncMiMeiResponse> getSyncMiMeiMethod;
    if ((getSyncMiMeiMethod = NetServiceGrpc.getSyncMiMeiMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getSyncMiMeiMethod = NetServiceGrpc.getSyncMiMeiMethod) == null) {
          NetServiceGrpc.getSyncMiMeiMethod = getSyncMiMeiMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SyncMiMeiRequest, io.leither.v1.SyncMiMeiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SyncMiMei"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SyncMiMeiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SyncMiMeiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("SyncMiMei"))
              .build();
        }
      }
    }
    return getSyncMiMeiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SyncMiMeiDataRequest,
      io.leither.v1.SyncMiMeiDataResponse> getSyncMiMeiDataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SyncMiMeiData",
      requestType = io.leither.v1.SyncMiMeiDataRequest.class,
      responseType = io.leither.v1.SyncMiMeiDataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SyncMiMeiDataRequest,
      io.leither.v1.SyncMiMeiDataResponse> getSyncMiMeiDataMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SyncMiMeiDataRequest, io.leither.v1.SyncMiMeiDataResponse> getSyncMiMeiDataMethod;
    if ((getSyncMiMeiDataMethod = NetServiceGrpc.getSyncMiMeiDataMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getSyncMiMeiDataMethod = NetServiceGrpc.getSyncMiMeiDataMethod) == null) {
          NetServiceGrpc.getSyncMiMeiDataMethod = getSyncMiMeiDataMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SyncMiMeiDataRequest, io.leither.v1.SyncMiMeiDataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SyncMiMeiData"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SyncMiMeiDataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SyncMiMeiDataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("SyncMiMeiData"))
              .build();
        }
      }
    }
    return getSyncMiMeiDataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CreateInvitationRequest,
      io.leither.v1.CreateInvitationResponse> getCreateInvitationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateInvitation",
      requestType = io.leither.v1.CreateInvitationRequest.class,
      responseType = io.leither.v1.CreateInvitationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CreateInvitationRequest,
      io.leither.v1.CreateInvitationResponse> getCreateInvitationMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CreateInvitationRequest, io.leither.v1.CreateInvitationResponse> getCreateInvitationMethod;
    if ((getCreateInvitationMethod = NetServiceGrpc.getCreateInvitationMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getCreateInvitationMethod = NetServiceGrpc.getCreateInvitationMethod) == null) {
          NetServiceGrpc.getCreateInvitationMethod = getCreateInvitationMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CreateInvitationRequest, io.leither.v1.CreateInvitationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateInvitation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CreateInvitationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CreateInvitationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("CreateInvitation"))
              .build();
        }
      }
    }
    return getCreateInvitationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.AcceptInvitationRequest,
      io.leither.v1.AcceptInvitationResponse> getAcceptInvitationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AcceptInvitation",
      requestType = io.leither.v1.AcceptInvitationRequest.class,
      responseType = io.leither.v1.AcceptInvitationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.AcceptInvitationRequest,
      io.leither.v1.AcceptInvitationResponse> getAcceptInvitationMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.AcceptInvitationRequest, io.leither.v1.AcceptInvitationResponse> getAcceptInvitationMethod;
    if ((getAcceptInvitationMethod = NetServiceGrpc.getAcceptInvitationMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getAcceptInvitationMethod = NetServiceGrpc.getAcceptInvitationMethod) == null) {
          NetServiceGrpc.getAcceptInvitationMethod = getAcceptInvitationMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.AcceptInvitationRequest, io.leither.v1.AcceptInvitationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AcceptInvitation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AcceptInvitationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AcceptInvitationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("AcceptInvitation"))
              .build();
        }
      }
    }
    return getAcceptInvitationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.AddNodeRequest,
      io.leither.v1.AddNodeResponse> getAddNodeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddNode",
      requestType = io.leither.v1.AddNodeRequest.class,
      responseType = io.leither.v1.AddNodeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.AddNodeRequest,
      io.leither.v1.AddNodeResponse> getAddNodeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.AddNodeRequest, io.leither.v1.AddNodeResponse> getAddNodeMethod;
    if ((getAddNodeMethod = NetServiceGrpc.getAddNodeMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getAddNodeMethod = NetServiceGrpc.getAddNodeMethod) == null) {
          NetServiceGrpc.getAddNodeMethod = getAddNodeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.AddNodeRequest, io.leither.v1.AddNodeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddNode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AddNodeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AddNodeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("AddNode"))
              .build();
        }
      }
    }
    return getAddNodeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListNodesRequest,
      io.leither.v1.ListNodesResponse> getListNodesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNodes",
      requestType = io.leither.v1.ListNodesRequest.class,
      responseType = io.leither.v1.ListNodesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListNodesRequest,
      io.leither.v1.ListNodesResponse> getListNodesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListNodesRequest, io.leither.v1.ListNodesResponse> getListNodesMethod;
    if ((getListNodesMethod = NetServiceGrpc.getListNodesMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getListNodesMethod = NetServiceGrpc.getListNodesMethod) == null) {
          NetServiceGrpc.getListNodesMethod = getListNodesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListNodesRequest, io.leither.v1.ListNodesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNodes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListNodesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListNodesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ListNodes"))
              .build();
        }
      }
    }
    return getListNodesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RemoveNodeRequest,
      io.leither.v1.RemoveNodeResponse> getRemoveNodeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveNode",
      requestType = io.leither.v1.RemoveNodeRequest.class,
      responseType = io.leither.v1.RemoveNodeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RemoveNodeRequest,
      io.leither.v1.RemoveNodeResponse> getRemoveNodeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RemoveNodeRequest, io.leither.v1.RemoveNodeResponse> getRemoveNodeMethod;
    if ((getRemoveNodeMethod = NetServiceGrpc.getRemoveNodeMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getRemoveNodeMethod = NetServiceGrpc.getRemoveNodeMethod) == null) {
          NetServiceGrpc.getRemoveNodeMethod = getRemoveNodeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RemoveNodeRequest, io.leither.v1.RemoveNodeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveNode"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveNodeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveNodeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("RemoveNode"))
              .build();
        }
      }
    }
    return getRemoveNodeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.NodeLoginRequest,
      io.leither.v1.NodeLoginResponse> getNodeLoginMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "NodeLogin",
      requestType = io.leither.v1.NodeLoginRequest.class,
      responseType = io.leither.v1.NodeLoginResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.NodeLoginRequest,
      io.leither.v1.NodeLoginResponse> getNodeLoginMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.NodeLoginRequest, io.leither.v1.NodeLoginResponse> getNodeLoginMethod;
    if ((getNodeLoginMethod = NetServiceGrpc.getNodeLoginMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getNodeLoginMethod = NetServiceGrpc.getNodeLoginMethod) == null) {
          NetServiceGrpc.getNodeLoginMethod = getNodeLoginMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.NodeLoginRequest, io.leither.v1.NodeLoginResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "NodeLogin"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.NodeLoginRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.NodeLoginResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("NodeLogin"))
              .build();
        }
      }
    }
    return getNodeLoginMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.OpenTunnelRequest,
      io.leither.v1.OpenTunnelResponse> getOpenTunnelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OpenTunnel",
      requestType = io.leither.v1.OpenTunnelRequest.class,
      responseType = io.leither.v1.OpenTunnelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.OpenTunnelRequest,
      io.leither.v1.OpenTunnelResponse> getOpenTunnelMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.OpenTunnelRequest, io.leither.v1.OpenTunnelResponse> getOpenTunnelMethod;
    if ((getOpenTunnelMethod = NetServiceGrpc.getOpenTunnelMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getOpenTunnelMethod = NetServiceGrpc.getOpenTunnelMethod) == null) {
          NetServiceGrpc.getOpenTunnelMethod = getOpenTunnelMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.OpenTunnelRequest, io.leither.v1.OpenTunnelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OpenTunnel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenTunnelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.OpenTunnelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("OpenTunnel"))
              .build();
        }
      }
    }
    return getOpenTunnelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CloseTunnelRequest,
      io.leither.v1.CloseTunnelResponse> getCloseTunnelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseTunnel",
      requestType = io.leither.v1.CloseTunnelRequest.class,
      responseType = io.leither.v1.CloseTunnelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CloseTunnelRequest,
      io.leither.v1.CloseTunnelResponse> getCloseTunnelMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CloseTunnelRequest, io.leither.v1.CloseTunnelResponse> getCloseTunnelMethod;
    if ((getCloseTunnelMethod = NetServiceGrpc.getCloseTunnelMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getCloseTunnelMethod = NetServiceGrpc.getCloseTunnelMethod) == null) {
          NetServiceGrpc.getCloseTunnelMethod = getCloseTunnelMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CloseTunnelRequest, io.leither.v1.CloseTunnelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseTunnel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CloseTunnelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CloseTunnelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("CloseTunnel"))
              .build();
        }
      }
    }
    return getCloseTunnelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListTunnelsRequest,
      io.leither.v1.ListTunnelsResponse> getListTunnelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTunnels",
      requestType = io.leither.v1.ListTunnelsRequest.class,
      responseType = io.leither.v1.ListTunnelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListTunnelsRequest,
      io.leither.v1.ListTunnelsResponse> getListTunnelsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListTunnelsRequest, io.leither.v1.ListTunnelsResponse> getListTunnelsMethod;
    if ((getListTunnelsMethod = NetServiceGrpc.getListTunnelsMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getListTunnelsMethod = NetServiceGrpc.getListTunnelsMethod) == null) {
          NetServiceGrpc.getListTunnelsMethod = getListTunnelsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListTunnelsRequest, io.leither.v1.ListTunnelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTunnels"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTunnelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTunnelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ListTunnels"))
              .build();
        }
      }
    }
    return getListTunnelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetExternalAddressRequest,
      io.leither.v1.SetExternalAddressResponse> getSetExternalAddressMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetExternalAddress",
      requestType = io.leither.v1.SetExternalAddressRequest.class,
      responseType = io.leither.v1.SetExternalAddressResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetExternalAddressRequest,
      io.leither.v1.SetExternalAddressResponse> getSetExternalAddressMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetExternalAddressRequest, io.leither.v1.SetExternalAddressResponse> getSetExternalAddressMethod;
    if ((getSetExternalAddressMethod = NetServiceGrpc.getSetExternalAddressMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getSetExternalAddressMethod = NetServiceGrpc.getSetExternalAddressMethod) == null) {
          NetServiceGrpc.getSetExternalAddressMethod = getSetExternalAddressMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetExternalAddressRequest, io.leither.v1.SetExternalAddressResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetExternalAddress"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetExternalAddressRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetExternalAddressResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("SetExternalAddress"))
              .build();
        }
      }
    }
    return getSetExternalAddressMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RequestNodeTunnelRequest,
      io.leither.v1.RequestNodeTunnelResponse> getRequestNodeTunnelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RequestNodeTunnel",
      requestType = io.leither.v1.RequestNodeTunnelRequest.class,
      responseType = io.leither.v1.RequestNodeTunnelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RequestNodeTunnelRequest,
      io.leither.v1.RequestNodeTunnelResponse> getRequestNodeTunnelMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RequestNodeTunnelRequest, io.leither.v1.RequestNodeTunnelResponse> getRequestNodeTunnelMethod;
    if ((getRequestNodeTunnelMethod = NetServiceGrpc.getRequestNodeTunnelMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getRequestNodeTunnelMethod = NetServiceGrpc.getRequestNodeTunnelMethod) == null) {
          NetServiceGrpc.getRequestNodeTunnelMethod = getRequestNodeTunnelMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RequestNodeTunnelRequest, io.leither.v1.RequestNodeTunnelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RequestNodeTunnel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RequestNodeTunnelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RequestNodeTunnelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("RequestNodeTunnel"))
              .build();
        }
      }
    }
    return getRequestNodeTunnelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ProxyFetchRequest,
      io.leither.v1.ProxyFetchResponse> getProxyFetchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProxyFetch",
      requestType = io.leither.v1.ProxyFetchRequest.class,
      responseType = io.leither.v1.ProxyFetchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ProxyFetchRequest,
      io.leither.v1.ProxyFetchResponse> getProxyFetchMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ProxyFetchRequest, io.leither.v1.ProxyFetchResponse> getProxyFetchMethod;
    if ((getProxyFetchMethod = NetServiceGrpc.getProxyFetchMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getProxyFetchMethod = NetServiceGrpc.getProxyFetchMethod) == null) {
          NetServiceGrpc.getProxyFetchMethod = getProxyFetchMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ProxyFetchRequest, io.leither.v1.ProxyFetchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProxyFetch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ProxyFetchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ProxyFetchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ProxyFetch"))
              .build();
        }
      }
    }
    return getProxyFetchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetNodeCreditRequest,
      io.leither.v1.GetNodeCreditResponse> getGetNodeCreditMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNodeCredit",
      requestType = io.leither.v1.GetNodeCreditRequest.class,
      responseType = io.leither.v1.GetNodeCreditResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetNodeCreditRequest,
      io.leither.v1.GetNodeCreditResponse> getGetNodeCreditMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetNodeCreditRequest, io.leither.v1.GetNodeCreditResponse> getGetNodeCreditMethod;
    if ((getGetNodeCreditMethod = NetServiceGrpc.getGetNodeCreditMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getGetNodeCreditMethod = NetServiceGrpc.getGetNodeCreditMethod) == null) {
          NetServiceGrpc.getGetNodeCreditMethod = getGetNodeCreditMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetNodeCreditRequest, io.leither.v1.GetNodeCreditResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNodeCredit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetNodeCreditRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetNodeCreditResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("GetNodeCredit"))
              .build();
        }
      }
    }
    return getGetNodeCreditMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetNodeCreditLimitRequest,
      io.leither.v1.SetNodeCreditLimitResponse> getSetNodeCreditLimitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetNodeCreditLimit",
      requestType = io.leither.v1.SetNodeCreditLimitRequest.class,
      responseType = io.leither.v1.SetNodeCreditLimitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetNodeCreditLimitRequest,
      io.leither.v1.SetNodeCreditLimitResponse> getSetNodeCreditLimitMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetNodeCreditLimitRequest, io.leither.v1.SetNodeCreditLimitResponse> getSetNodeCreditLimitMethod;
    if ((getSetNodeCreditLimitMethod = NetServiceGrpc.getSetNodeCreditLimitMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getSetNodeCreditLimitMethod = NetServiceGrpc.getSetNodeCreditLimitMethod) == null) {
          NetServiceGrpc.getSetNodeCreditLimitMethod = getSetNodeCreditLimitMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetNodeCreditLimitRequest, io.leither.v1.SetNodeCreditLimitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetNodeCreditLimit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetNodeCreditLimitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetNodeCreditLimitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("SetNodeCreditLimit"))
              .build();
        }
      }
    }
    return getSetNodeCreditLimitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListNodeCreditsRequest,
      io.leither.v1.ListNodeCreditsResponse> getListNodeCreditsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNodeCredits",
      requestType = io.leither.v1.ListNodeCreditsRequest.class,
      responseType = io.leither.v1.ListNodeCreditsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListNodeCreditsRequest,
      io.leither.v1.ListNodeCreditsResponse> getListNodeCreditsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListNodeCreditsRequest, io.leither.v1.ListNodeCreditsResponse> getListNodeCreditsMethod;
    if ((getListNodeCreditsMethod = NetServiceGrpc.getListNodeCreditsMethod) == null) {
      synchronized (NetServiceGrpc.class) {
        if ((getListNodeCreditsMethod = NetServiceGrpc.getListNodeCreditsMethod) == null) {
          NetServiceGrpc.getListNodeCreditsMethod = getListNodeCreditsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListNodeCreditsRequest, io.leither.v1.ListNodeCreditsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNodeCredits"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListNodeCreditsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListNodeCreditsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new NetServiceMethodDescriptorSupplier("ListNodeCredits"))
              .build();
        }
      }
    }
    return getListNodeCreditsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NetServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NetServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NetServiceStub>() {
        @java.lang.Override
        public NetServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NetServiceStub(channel, callOptions);
        }
      };
    return NetServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static NetServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NetServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NetServiceBlockingV2Stub>() {
        @java.lang.Override
        public NetServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NetServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return NetServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NetServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NetServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NetServiceBlockingStub>() {
        @java.lang.Override
        public NetServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NetServiceBlockingStub(channel, callOptions);
        }
      };
    return NetServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NetServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NetServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NetServiceFutureStub>() {
        @java.lang.Override
        public NetServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NetServiceFutureStub(channel, callOptions);
        }
      };
    return NetServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * NetService runs this node's part of the Leither network.
   * Rights: calls that change the node's networking (connect, filters, tunnels, external
   * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
   * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
   * invitation.
   * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
   * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
   * NodeService.GetAddresses.
   * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
   * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
   * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
   * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
   * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * ListPeers lists the peers this node is connected to.
     * </pre>
     */
    default void listPeers(io.leither.v1.ListPeersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListPeersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPeersMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetPeerAddrs returns the known addresses of peers (of every known peer when none is named).
     * </pre>
     */
    default void getPeerAddrs(io.leither.v1.GetPeerAddrsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetPeerAddrsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPeerAddrsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ConnectPeer dials a peer by multiaddr or by id (looked up in the DHT).
     * </pre>
     */
    default void connectPeer(io.leither.v1.ConnectPeerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ConnectPeerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConnectPeerMethod(), responseObserver);
    }

    /**
     * <pre>
     * DisconnectPeer hangs up on a peer.
     * </pre>
     */
    default void disconnectPeer(io.leither.v1.DisconnectPeerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DisconnectPeerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDisconnectPeerMethod(), responseObserver);
    }

    /**
     * <pre>
     * AddIpFilters blocks address ranges: no connection to or from them is allowed.
     * </pre>
     */
    default void addIpFilters(io.leither.v1.AddIpFiltersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AddIpFiltersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddIpFiltersMethod(), responseObserver);
    }

    /**
     * <pre>
     * RemoveIpFilters unblocks address ranges.
     * </pre>
     */
    default void removeIpFilters(io.leither.v1.RemoveIpFiltersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveIpFiltersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveIpFiltersMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListIpFilters lists the blocked address ranges (from the API and from the configuration).
     * </pre>
     */
    default void listIpFilters(io.leither.v1.ListIpFiltersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListIpFiltersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListIpFiltersMethod(), responseObserver);
    }

    /**
     * <pre>
     * FindPeer looks up a node's addresses in the DHT.
     * </pre>
     */
    default void findPeer(io.leither.v1.FindPeerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindPeerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindPeerMethod(), responseObserver);
    }

    /**
     * <pre>
     * ProvideContent announces in the DHT that this node serves some content.
     * </pre>
     */
    default void provideContent(io.leither.v1.ProvideContentRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ProvideContentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProvideContentMethod(), responseObserver);
    }

    /**
     * <pre>
     * FindProviders finds nodes that announced some content.
     * </pre>
     */
    default void findProviders(io.leither.v1.FindProvidersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindProvidersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindProvidersMethod(), responseObserver);
    }

    /**
     * <pre>
     * PutDhtValue stores a small record, owned by the caller, in the DHT.
     * </pre>
     */
    default void putDhtValue(io.leither.v1.PutDhtValueRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.PutDhtValueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPutDhtValueMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetDhtValue reads a record from the DHT, checking its signature.
     * </pre>
     */
    default void getDhtValue(io.leither.v1.GetDhtValueRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetDhtValueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDhtValueMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetNetworkSize estimates how many nodes the network has.
     * </pre>
     */
    default void getNetworkSize(io.leither.v1.GetNetworkSizeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetNetworkSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNetworkSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * PublishMiMei announces a MiMei's info (author, rights, versions) in the DHT, signed by its
     * author's node. The record lives 168 h and is renewed while the MiMei stays published.
     * </pre>
     */
    default void publishMiMei(io.leither.v1.PublishMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.PublishMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPublishMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * UnpublishMiMei withdraws the announcement.
     * </pre>
     */
    default void unpublishMiMei(io.leither.v1.UnpublishMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UnpublishMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnpublishMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * ProvideMiMei announces that this node holds and serves a MiMei's data; providers pull new
     * versions when the author publishes them.
     * </pre>
     */
    default void provideMiMei(io.leither.v1.ProvideMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ProvideMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProvideMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * UnprovideMiMei stops serving a MiMei's data.
     * </pre>
     */
    default void unprovideMiMei(io.leither.v1.UnprovideMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UnprovideMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnprovideMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * FindMiMeiProviders finds the nodes that serve a MiMei, per version.
     * </pre>
     */
    default void findMiMeiProviders(io.leither.v1.FindMiMeiProvidersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindMiMeiProvidersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindMiMeiProvidersMethod(), responseObserver);
    }

    /**
     * <pre>
     * ShowMiMei returns the network's view of a MiMei (its published info) next to this node's,
     * with the differences.
     * </pre>
     */
    default void showMiMei(io.leither.v1.ShowMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ShowMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getShowMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * SyncMiMei pulls a MiMei's info, versions, data and (optionally) the MiMei it references
     * from the network or from a given node, copying only what this node lacks.
     * </pre>
     */
    default void syncMiMei(io.leither.v1.SyncMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SyncMiMeiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSyncMiMeiMethod(), responseObserver);
    }

    /**
     * <pre>
     * SyncMiMeiData returns the changes of a DB MiMei after a sequence number, a page at a time:
     * the incremental replication between nodes. File and tree MiMei sync by content hash
     * instead (MiMeiService.Sum, FileService.DiffTree, FileService.Download).
     * </pre>
     */
    default void syncMiMeiData(io.leither.v1.SyncMiMeiDataRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SyncMiMeiDataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSyncMiMeiDataMethod(), responseObserver);
    }

    /**
     * <pre>
     * CreateInvitation makes an invitation for another node to become this node's partner,
     * granting it credit.
     * </pre>
     */
    default void createInvitation(io.leither.v1.CreateInvitationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CreateInvitationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateInvitationMethod(), responseObserver);
    }

    /**
     * <pre>
     * AcceptInvitation makes this node the partner of the node that issued an invitation; this
     * node calls AddNode on the inviter.
     * </pre>
     */
    default void acceptInvitation(io.leither.v1.AcceptInvitationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AcceptInvitationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAcceptInvitationMethod(), responseObserver);
    }

    /**
     * <pre>
     * AddNode is called by a node presenting an invitation of this node; on success both are
     * partners. It needs no session.
     * </pre>
     */
    default void addNode(io.leither.v1.AddNodeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AddNodeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddNodeMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListNodes lists this node's partners.
     * </pre>
     */
    default void listNodes(io.leither.v1.ListNodesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListNodesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNodesMethod(), responseObserver);
    }

    /**
     * <pre>
     * RemoveNode ends a partnership.
     * </pre>
     */
    default void removeNode(io.leither.v1.RemoveNodeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveNodeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveNodeMethod(), responseObserver);
    }

    /**
     * <pre>
     * NodeLogin logs another node in with a pass signed by its node key and returns a session
     * for it with the services this node grants it.
     * </pre>
     */
    default void nodeLogin(io.leither.v1.NodeLoginRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.NodeLoginResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getNodeLoginMethod(), responseObserver);
    }

    /**
     * <pre>
     * OpenTunnel asks a relay node with a public address to carry traffic to this node (or to a
     * local service), so that others can reach it without a public address of its own.
     * </pre>
     */
    default void openTunnel(io.leither.v1.OpenTunnelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenTunnelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOpenTunnelMethod(), responseObserver);
    }

    /**
     * <pre>
     * CloseTunnel closes a tunnel.
     * </pre>
     */
    default void closeTunnel(io.leither.v1.CloseTunnelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CloseTunnelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseTunnelMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListTunnels lists the tunnels this node opened and those it relays for others.
     * </pre>
     */
    default void listTunnels(io.leither.v1.ListTunnelsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTunnelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTunnelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetExternalAddress sets the addresses this node announces (for example a tunnel's public
     * address or a port forwarded by the router) instead of the ones it discovers.
     * </pre>
     */
    default void setExternalAddress(io.leither.v1.SetExternalAddressRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetExternalAddressResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetExternalAddressMethod(), responseObserver);
    }

    /**
     * <pre>
     * RequestNodeTunnel asks this node, which has a public address, to relay for another node
     * it can reach, and returns the public addresses to reach that node at.
     * </pre>
     */
    default void requestNodeTunnel(io.leither.v1.RequestNodeTunnelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RequestNodeTunnelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRequestNodeTunnelMethod(), responseObserver);
    }

    /**
     * <pre>
     * ProxyFetch has this node make an HTTP(S) request on the caller's behalf and return the
     * answer (the original Proxyget and Proxypost). Needs the "proxy" service; destinations on
     * loopback, private and link-local addresses are refused (PERMISSION_DENIED).
     * </pre>
     */
    default void proxyFetch(io.leither.v1.ProxyFetchRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ProxyFetchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProxyFetchMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetNodeCredit returns the credit account between this node and another.
     * </pre>
     */
    default void getNodeCredit(io.leither.v1.GetNodeCreditRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetNodeCreditResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNodeCreditMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetNodeCreditLimit sets how much service (bytes of bandwidth) this node gives another on
     * credit before asking for settlement.
     * </pre>
     */
    default void setNodeCreditLimit(io.leither.v1.SetNodeCreditLimitRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetNodeCreditLimitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetNodeCreditLimitMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListNodeCredits lists the credit accounts with every node this node has dealt with.
     * </pre>
     */
    default void listNodeCredits(io.leither.v1.ListNodeCreditsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListNodeCreditsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNodeCreditsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service NetService.
   * <pre>
   * NetService runs this node's part of the Leither network.
   * Rights: calls that change the node's networking (connect, filters, tunnels, external
   * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
   * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
   * invitation.
   * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
   * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
   * NodeService.GetAddresses.
   * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
   * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
   * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
   * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
   * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
   * </pre>
   */
  public static abstract class NetServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return NetServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service NetService.
   * <pre>
   * NetService runs this node's part of the Leither network.
   * Rights: calls that change the node's networking (connect, filters, tunnels, external
   * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
   * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
   * invitation.
   * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
   * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
   * NodeService.GetAddresses.
   * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
   * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
   * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
   * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
   * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
   * </pre>
   */
  public static final class NetServiceStub
      extends io.grpc.stub.AbstractAsyncStub<NetServiceStub> {
    private NetServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NetServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NetServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListPeers lists the peers this node is connected to.
     * </pre>
     */
    public void listPeers(io.leither.v1.ListPeersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListPeersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPeersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetPeerAddrs returns the known addresses of peers (of every known peer when none is named).
     * </pre>
     */
    public void getPeerAddrs(io.leither.v1.GetPeerAddrsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetPeerAddrsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPeerAddrsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ConnectPeer dials a peer by multiaddr or by id (looked up in the DHT).
     * </pre>
     */
    public void connectPeer(io.leither.v1.ConnectPeerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ConnectPeerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConnectPeerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DisconnectPeer hangs up on a peer.
     * </pre>
     */
    public void disconnectPeer(io.leither.v1.DisconnectPeerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.DisconnectPeerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDisconnectPeerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AddIpFilters blocks address ranges: no connection to or from them is allowed.
     * </pre>
     */
    public void addIpFilters(io.leither.v1.AddIpFiltersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AddIpFiltersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddIpFiltersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RemoveIpFilters unblocks address ranges.
     * </pre>
     */
    public void removeIpFilters(io.leither.v1.RemoveIpFiltersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveIpFiltersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveIpFiltersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListIpFilters lists the blocked address ranges (from the API and from the configuration).
     * </pre>
     */
    public void listIpFilters(io.leither.v1.ListIpFiltersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListIpFiltersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListIpFiltersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FindPeer looks up a node's addresses in the DHT.
     * </pre>
     */
    public void findPeer(io.leither.v1.FindPeerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindPeerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindPeerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ProvideContent announces in the DHT that this node serves some content.
     * </pre>
     */
    public void provideContent(io.leither.v1.ProvideContentRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ProvideContentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProvideContentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FindProviders finds nodes that announced some content.
     * </pre>
     */
    public void findProviders(io.leither.v1.FindProvidersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindProvidersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindProvidersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PutDhtValue stores a small record, owned by the caller, in the DHT.
     * </pre>
     */
    public void putDhtValue(io.leither.v1.PutDhtValueRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.PutDhtValueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPutDhtValueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetDhtValue reads a record from the DHT, checking its signature.
     * </pre>
     */
    public void getDhtValue(io.leither.v1.GetDhtValueRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetDhtValueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDhtValueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetNetworkSize estimates how many nodes the network has.
     * </pre>
     */
    public void getNetworkSize(io.leither.v1.GetNetworkSizeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetNetworkSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNetworkSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PublishMiMei announces a MiMei's info (author, rights, versions) in the DHT, signed by its
     * author's node. The record lives 168 h and is renewed while the MiMei stays published.
     * </pre>
     */
    public void publishMiMei(io.leither.v1.PublishMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.PublishMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPublishMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UnpublishMiMei withdraws the announcement.
     * </pre>
     */
    public void unpublishMiMei(io.leither.v1.UnpublishMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UnpublishMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnpublishMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ProvideMiMei announces that this node holds and serves a MiMei's data; providers pull new
     * versions when the author publishes them.
     * </pre>
     */
    public void provideMiMei(io.leither.v1.ProvideMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ProvideMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProvideMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UnprovideMiMei stops serving a MiMei's data.
     * </pre>
     */
    public void unprovideMiMei(io.leither.v1.UnprovideMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UnprovideMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnprovideMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FindMiMeiProviders finds the nodes that serve a MiMei, per version.
     * </pre>
     */
    public void findMiMeiProviders(io.leither.v1.FindMiMeiProvidersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.FindMiMeiProvidersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindMiMeiProvidersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ShowMiMei returns the network's view of a MiMei (its published info) next to this node's,
     * with the differences.
     * </pre>
     */
    public void showMiMei(io.leither.v1.ShowMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ShowMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getShowMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SyncMiMei pulls a MiMei's info, versions, data and (optionally) the MiMei it references
     * from the network or from a given node, copying only what this node lacks.
     * </pre>
     */
    public void syncMiMei(io.leither.v1.SyncMiMeiRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SyncMiMeiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSyncMiMeiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SyncMiMeiData returns the changes of a DB MiMei after a sequence number, a page at a time:
     * the incremental replication between nodes. File and tree MiMei sync by content hash
     * instead (MiMeiService.Sum, FileService.DiffTree, FileService.Download).
     * </pre>
     */
    public void syncMiMeiData(io.leither.v1.SyncMiMeiDataRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SyncMiMeiDataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSyncMiMeiDataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CreateInvitation makes an invitation for another node to become this node's partner,
     * granting it credit.
     * </pre>
     */
    public void createInvitation(io.leither.v1.CreateInvitationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CreateInvitationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateInvitationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AcceptInvitation makes this node the partner of the node that issued an invitation; this
     * node calls AddNode on the inviter.
     * </pre>
     */
    public void acceptInvitation(io.leither.v1.AcceptInvitationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AcceptInvitationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAcceptInvitationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AddNode is called by a node presenting an invitation of this node; on success both are
     * partners. It needs no session.
     * </pre>
     */
    public void addNode(io.leither.v1.AddNodeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AddNodeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddNodeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListNodes lists this node's partners.
     * </pre>
     */
    public void listNodes(io.leither.v1.ListNodesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListNodesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNodesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RemoveNode ends a partnership.
     * </pre>
     */
    public void removeNode(io.leither.v1.RemoveNodeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveNodeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveNodeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * NodeLogin logs another node in with a pass signed by its node key and returns a session
     * for it with the services this node grants it.
     * </pre>
     */
    public void nodeLogin(io.leither.v1.NodeLoginRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.NodeLoginResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getNodeLoginMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * OpenTunnel asks a relay node with a public address to carry traffic to this node (or to a
     * local service), so that others can reach it without a public address of its own.
     * </pre>
     */
    public void openTunnel(io.leither.v1.OpenTunnelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.OpenTunnelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOpenTunnelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CloseTunnel closes a tunnel.
     * </pre>
     */
    public void closeTunnel(io.leither.v1.CloseTunnelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CloseTunnelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseTunnelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListTunnels lists the tunnels this node opened and those it relays for others.
     * </pre>
     */
    public void listTunnels(io.leither.v1.ListTunnelsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTunnelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTunnelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetExternalAddress sets the addresses this node announces (for example a tunnel's public
     * address or a port forwarded by the router) instead of the ones it discovers.
     * </pre>
     */
    public void setExternalAddress(io.leither.v1.SetExternalAddressRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetExternalAddressResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetExternalAddressMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RequestNodeTunnel asks this node, which has a public address, to relay for another node
     * it can reach, and returns the public addresses to reach that node at.
     * </pre>
     */
    public void requestNodeTunnel(io.leither.v1.RequestNodeTunnelRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RequestNodeTunnelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRequestNodeTunnelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ProxyFetch has this node make an HTTP(S) request on the caller's behalf and return the
     * answer (the original Proxyget and Proxypost). Needs the "proxy" service; destinations on
     * loopback, private and link-local addresses are refused (PERMISSION_DENIED).
     * </pre>
     */
    public void proxyFetch(io.leither.v1.ProxyFetchRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ProxyFetchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProxyFetchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetNodeCredit returns the credit account between this node and another.
     * </pre>
     */
    public void getNodeCredit(io.leither.v1.GetNodeCreditRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetNodeCreditResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNodeCreditMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetNodeCreditLimit sets how much service (bytes of bandwidth) this node gives another on
     * credit before asking for settlement.
     * </pre>
     */
    public void setNodeCreditLimit(io.leither.v1.SetNodeCreditLimitRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetNodeCreditLimitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetNodeCreditLimitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListNodeCredits lists the credit accounts with every node this node has dealt with.
     * </pre>
     */
    public void listNodeCredits(io.leither.v1.ListNodeCreditsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListNodeCreditsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNodeCreditsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service NetService.
   * <pre>
   * NetService runs this node's part of the Leither network.
   * Rights: calls that change the node's networking (connect, filters, tunnels, external
   * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
   * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
   * invitation.
   * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
   * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
   * NodeService.GetAddresses.
   * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
   * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
   * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
   * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
   * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
   * </pre>
   */
  public static final class NetServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<NetServiceBlockingV2Stub> {
    private NetServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NetServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NetServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * ListPeers lists the peers this node is connected to.
     * </pre>
     */
    public io.leither.v1.ListPeersResponse listPeers(io.leither.v1.ListPeersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPeersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetPeerAddrs returns the known addresses of peers (of every known peer when none is named).
     * </pre>
     */
    public io.leither.v1.GetPeerAddrsResponse getPeerAddrs(io.leither.v1.GetPeerAddrsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPeerAddrsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ConnectPeer dials a peer by multiaddr or by id (looked up in the DHT).
     * </pre>
     */
    public io.leither.v1.ConnectPeerResponse connectPeer(io.leither.v1.ConnectPeerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConnectPeerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DisconnectPeer hangs up on a peer.
     * </pre>
     */
    public io.leither.v1.DisconnectPeerResponse disconnectPeer(io.leither.v1.DisconnectPeerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDisconnectPeerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddIpFilters blocks address ranges: no connection to or from them is allowed.
     * </pre>
     */
    public io.leither.v1.AddIpFiltersResponse addIpFilters(io.leither.v1.AddIpFiltersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddIpFiltersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveIpFilters unblocks address ranges.
     * </pre>
     */
    public io.leither.v1.RemoveIpFiltersResponse removeIpFilters(io.leither.v1.RemoveIpFiltersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveIpFiltersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListIpFilters lists the blocked address ranges (from the API and from the configuration).
     * </pre>
     */
    public io.leither.v1.ListIpFiltersResponse listIpFilters(io.leither.v1.ListIpFiltersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListIpFiltersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindPeer looks up a node's addresses in the DHT.
     * </pre>
     */
    public io.leither.v1.FindPeerResponse findPeer(io.leither.v1.FindPeerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindPeerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProvideContent announces in the DHT that this node serves some content.
     * </pre>
     */
    public io.leither.v1.ProvideContentResponse provideContent(io.leither.v1.ProvideContentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getProvideContentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindProviders finds nodes that announced some content.
     * </pre>
     */
    public io.leither.v1.FindProvidersResponse findProviders(io.leither.v1.FindProvidersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindProvidersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PutDhtValue stores a small record, owned by the caller, in the DHT.
     * </pre>
     */
    public io.leither.v1.PutDhtValueResponse putDhtValue(io.leither.v1.PutDhtValueRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPutDhtValueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetDhtValue reads a record from the DHT, checking its signature.
     * </pre>
     */
    public io.leither.v1.GetDhtValueResponse getDhtValue(io.leither.v1.GetDhtValueRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetDhtValueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetNetworkSize estimates how many nodes the network has.
     * </pre>
     */
    public io.leither.v1.GetNetworkSizeResponse getNetworkSize(io.leither.v1.GetNetworkSizeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetNetworkSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PublishMiMei announces a MiMei's info (author, rights, versions) in the DHT, signed by its
     * author's node. The record lives 168 h and is renewed while the MiMei stays published.
     * </pre>
     */
    public io.leither.v1.PublishMiMeiResponse publishMiMei(io.leither.v1.PublishMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPublishMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UnpublishMiMei withdraws the announcement.
     * </pre>
     */
    public io.leither.v1.UnpublishMiMeiResponse unpublishMiMei(io.leither.v1.UnpublishMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnpublishMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProvideMiMei announces that this node holds and serves a MiMei's data; providers pull new
     * versions when the author publishes them.
     * </pre>
     */
    public io.leither.v1.ProvideMiMeiResponse provideMiMei(io.leither.v1.ProvideMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getProvideMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UnprovideMiMei stops serving a MiMei's data.
     * </pre>
     */
    public io.leither.v1.UnprovideMiMeiResponse unprovideMiMei(io.leither.v1.UnprovideMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnprovideMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindMiMeiProviders finds the nodes that serve a MiMei, per version.
     * </pre>
     */
    public io.leither.v1.FindMiMeiProvidersResponse findMiMeiProviders(io.leither.v1.FindMiMeiProvidersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindMiMeiProvidersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ShowMiMei returns the network's view of a MiMei (its published info) next to this node's,
     * with the differences.
     * </pre>
     */
    public io.leither.v1.ShowMiMeiResponse showMiMei(io.leither.v1.ShowMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getShowMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SyncMiMei pulls a MiMei's info, versions, data and (optionally) the MiMei it references
     * from the network or from a given node, copying only what this node lacks.
     * </pre>
     */
    public io.leither.v1.SyncMiMeiResponse syncMiMei(io.leither.v1.SyncMiMeiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSyncMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SyncMiMeiData returns the changes of a DB MiMei after a sequence number, a page at a time:
     * the incremental replication between nodes. File and tree MiMei sync by content hash
     * instead (MiMeiService.Sum, FileService.DiffTree, FileService.Download).
     * </pre>
     */
    public io.leither.v1.SyncMiMeiDataResponse syncMiMeiData(io.leither.v1.SyncMiMeiDataRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSyncMiMeiDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateInvitation makes an invitation for another node to become this node's partner,
     * granting it credit.
     * </pre>
     */
    public io.leither.v1.CreateInvitationResponse createInvitation(io.leither.v1.CreateInvitationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateInvitationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AcceptInvitation makes this node the partner of the node that issued an invitation; this
     * node calls AddNode on the inviter.
     * </pre>
     */
    public io.leither.v1.AcceptInvitationResponse acceptInvitation(io.leither.v1.AcceptInvitationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAcceptInvitationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddNode is called by a node presenting an invitation of this node; on success both are
     * partners. It needs no session.
     * </pre>
     */
    public io.leither.v1.AddNodeResponse addNode(io.leither.v1.AddNodeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddNodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListNodes lists this node's partners.
     * </pre>
     */
    public io.leither.v1.ListNodesResponse listNodes(io.leither.v1.ListNodesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListNodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveNode ends a partnership.
     * </pre>
     */
    public io.leither.v1.RemoveNodeResponse removeNode(io.leither.v1.RemoveNodeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveNodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * NodeLogin logs another node in with a pass signed by its node key and returns a session
     * for it with the services this node grants it.
     * </pre>
     */
    public io.leither.v1.NodeLoginResponse nodeLogin(io.leither.v1.NodeLoginRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getNodeLoginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * OpenTunnel asks a relay node with a public address to carry traffic to this node (or to a
     * local service), so that others can reach it without a public address of its own.
     * </pre>
     */
    public io.leither.v1.OpenTunnelResponse openTunnel(io.leither.v1.OpenTunnelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOpenTunnelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseTunnel closes a tunnel.
     * </pre>
     */
    public io.leither.v1.CloseTunnelResponse closeTunnel(io.leither.v1.CloseTunnelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCloseTunnelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTunnels lists the tunnels this node opened and those it relays for others.
     * </pre>
     */
    public io.leither.v1.ListTunnelsResponse listTunnels(io.leither.v1.ListTunnelsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTunnelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetExternalAddress sets the addresses this node announces (for example a tunnel's public
     * address or a port forwarded by the router) instead of the ones it discovers.
     * </pre>
     */
    public io.leither.v1.SetExternalAddressResponse setExternalAddress(io.leither.v1.SetExternalAddressRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetExternalAddressMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RequestNodeTunnel asks this node, which has a public address, to relay for another node
     * it can reach, and returns the public addresses to reach that node at.
     * </pre>
     */
    public io.leither.v1.RequestNodeTunnelResponse requestNodeTunnel(io.leither.v1.RequestNodeTunnelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRequestNodeTunnelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProxyFetch has this node make an HTTP(S) request on the caller's behalf and return the
     * answer (the original Proxyget and Proxypost). Needs the "proxy" service; destinations on
     * loopback, private and link-local addresses are refused (PERMISSION_DENIED).
     * </pre>
     */
    public io.leither.v1.ProxyFetchResponse proxyFetch(io.leither.v1.ProxyFetchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getProxyFetchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetNodeCredit returns the credit account between this node and another.
     * </pre>
     */
    public io.leither.v1.GetNodeCreditResponse getNodeCredit(io.leither.v1.GetNodeCreditRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetNodeCreditMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetNodeCreditLimit sets how much service (bytes of bandwidth) this node gives another on
     * credit before asking for settlement.
     * </pre>
     */
    public io.leither.v1.SetNodeCreditLimitResponse setNodeCreditLimit(io.leither.v1.SetNodeCreditLimitRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetNodeCreditLimitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListNodeCredits lists the credit accounts with every node this node has dealt with.
     * </pre>
     */
    public io.leither.v1.ListNodeCreditsResponse listNodeCredits(io.leither.v1.ListNodeCreditsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListNodeCreditsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service NetService.
   * <pre>
   * NetService runs this node's part of the Leither network.
   * Rights: calls that change the node's networking (connect, filters, tunnels, external
   * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
   * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
   * invitation.
   * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
   * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
   * NodeService.GetAddresses.
   * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
   * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
   * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
   * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
   * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
   * </pre>
   */
  public static final class NetServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<NetServiceBlockingStub> {
    private NetServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NetServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NetServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListPeers lists the peers this node is connected to.
     * </pre>
     */
    public io.leither.v1.ListPeersResponse listPeers(io.leither.v1.ListPeersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPeersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetPeerAddrs returns the known addresses of peers (of every known peer when none is named).
     * </pre>
     */
    public io.leither.v1.GetPeerAddrsResponse getPeerAddrs(io.leither.v1.GetPeerAddrsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPeerAddrsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ConnectPeer dials a peer by multiaddr or by id (looked up in the DHT).
     * </pre>
     */
    public io.leither.v1.ConnectPeerResponse connectPeer(io.leither.v1.ConnectPeerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConnectPeerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DisconnectPeer hangs up on a peer.
     * </pre>
     */
    public io.leither.v1.DisconnectPeerResponse disconnectPeer(io.leither.v1.DisconnectPeerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDisconnectPeerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddIpFilters blocks address ranges: no connection to or from them is allowed.
     * </pre>
     */
    public io.leither.v1.AddIpFiltersResponse addIpFilters(io.leither.v1.AddIpFiltersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddIpFiltersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveIpFilters unblocks address ranges.
     * </pre>
     */
    public io.leither.v1.RemoveIpFiltersResponse removeIpFilters(io.leither.v1.RemoveIpFiltersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveIpFiltersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListIpFilters lists the blocked address ranges (from the API and from the configuration).
     * </pre>
     */
    public io.leither.v1.ListIpFiltersResponse listIpFilters(io.leither.v1.ListIpFiltersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListIpFiltersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindPeer looks up a node's addresses in the DHT.
     * </pre>
     */
    public io.leither.v1.FindPeerResponse findPeer(io.leither.v1.FindPeerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindPeerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProvideContent announces in the DHT that this node serves some content.
     * </pre>
     */
    public io.leither.v1.ProvideContentResponse provideContent(io.leither.v1.ProvideContentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProvideContentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindProviders finds nodes that announced some content.
     * </pre>
     */
    public io.leither.v1.FindProvidersResponse findProviders(io.leither.v1.FindProvidersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindProvidersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PutDhtValue stores a small record, owned by the caller, in the DHT.
     * </pre>
     */
    public io.leither.v1.PutDhtValueResponse putDhtValue(io.leither.v1.PutDhtValueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPutDhtValueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetDhtValue reads a record from the DHT, checking its signature.
     * </pre>
     */
    public io.leither.v1.GetDhtValueResponse getDhtValue(io.leither.v1.GetDhtValueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDhtValueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetNetworkSize estimates how many nodes the network has.
     * </pre>
     */
    public io.leither.v1.GetNetworkSizeResponse getNetworkSize(io.leither.v1.GetNetworkSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNetworkSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PublishMiMei announces a MiMei's info (author, rights, versions) in the DHT, signed by its
     * author's node. The record lives 168 h and is renewed while the MiMei stays published.
     * </pre>
     */
    public io.leither.v1.PublishMiMeiResponse publishMiMei(io.leither.v1.PublishMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPublishMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UnpublishMiMei withdraws the announcement.
     * </pre>
     */
    public io.leither.v1.UnpublishMiMeiResponse unpublishMiMei(io.leither.v1.UnpublishMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnpublishMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProvideMiMei announces that this node holds and serves a MiMei's data; providers pull new
     * versions when the author publishes them.
     * </pre>
     */
    public io.leither.v1.ProvideMiMeiResponse provideMiMei(io.leither.v1.ProvideMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProvideMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UnprovideMiMei stops serving a MiMei's data.
     * </pre>
     */
    public io.leither.v1.UnprovideMiMeiResponse unprovideMiMei(io.leither.v1.UnprovideMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnprovideMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FindMiMeiProviders finds the nodes that serve a MiMei, per version.
     * </pre>
     */
    public io.leither.v1.FindMiMeiProvidersResponse findMiMeiProviders(io.leither.v1.FindMiMeiProvidersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindMiMeiProvidersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ShowMiMei returns the network's view of a MiMei (its published info) next to this node's,
     * with the differences.
     * </pre>
     */
    public io.leither.v1.ShowMiMeiResponse showMiMei(io.leither.v1.ShowMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getShowMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SyncMiMei pulls a MiMei's info, versions, data and (optionally) the MiMei it references
     * from the network or from a given node, copying only what this node lacks.
     * </pre>
     */
    public io.leither.v1.SyncMiMeiResponse syncMiMei(io.leither.v1.SyncMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSyncMiMeiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SyncMiMeiData returns the changes of a DB MiMei after a sequence number, a page at a time:
     * the incremental replication between nodes. File and tree MiMei sync by content hash
     * instead (MiMeiService.Sum, FileService.DiffTree, FileService.Download).
     * </pre>
     */
    public io.leither.v1.SyncMiMeiDataResponse syncMiMeiData(io.leither.v1.SyncMiMeiDataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSyncMiMeiDataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateInvitation makes an invitation for another node to become this node's partner,
     * granting it credit.
     * </pre>
     */
    public io.leither.v1.CreateInvitationResponse createInvitation(io.leither.v1.CreateInvitationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateInvitationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AcceptInvitation makes this node the partner of the node that issued an invitation; this
     * node calls AddNode on the inviter.
     * </pre>
     */
    public io.leither.v1.AcceptInvitationResponse acceptInvitation(io.leither.v1.AcceptInvitationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAcceptInvitationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AddNode is called by a node presenting an invitation of this node; on success both are
     * partners. It needs no session.
     * </pre>
     */
    public io.leither.v1.AddNodeResponse addNode(io.leither.v1.AddNodeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddNodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListNodes lists this node's partners.
     * </pre>
     */
    public io.leither.v1.ListNodesResponse listNodes(io.leither.v1.ListNodesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveNode ends a partnership.
     * </pre>
     */
    public io.leither.v1.RemoveNodeResponse removeNode(io.leither.v1.RemoveNodeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveNodeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * NodeLogin logs another node in with a pass signed by its node key and returns a session
     * for it with the services this node grants it.
     * </pre>
     */
    public io.leither.v1.NodeLoginResponse nodeLogin(io.leither.v1.NodeLoginRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getNodeLoginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * OpenTunnel asks a relay node with a public address to carry traffic to this node (or to a
     * local service), so that others can reach it without a public address of its own.
     * </pre>
     */
    public io.leither.v1.OpenTunnelResponse openTunnel(io.leither.v1.OpenTunnelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOpenTunnelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseTunnel closes a tunnel.
     * </pre>
     */
    public io.leither.v1.CloseTunnelResponse closeTunnel(io.leither.v1.CloseTunnelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseTunnelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTunnels lists the tunnels this node opened and those it relays for others.
     * </pre>
     */
    public io.leither.v1.ListTunnelsResponse listTunnels(io.leither.v1.ListTunnelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTunnelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetExternalAddress sets the addresses this node announces (for example a tunnel's public
     * address or a port forwarded by the router) instead of the ones it discovers.
     * </pre>
     */
    public io.leither.v1.SetExternalAddressResponse setExternalAddress(io.leither.v1.SetExternalAddressRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetExternalAddressMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RequestNodeTunnel asks this node, which has a public address, to relay for another node
     * it can reach, and returns the public addresses to reach that node at.
     * </pre>
     */
    public io.leither.v1.RequestNodeTunnelResponse requestNodeTunnel(io.leither.v1.RequestNodeTunnelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRequestNodeTunnelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProxyFetch has this node make an HTTP(S) request on the caller's behalf and return the
     * answer (the original Proxyget and Proxypost). Needs the "proxy" service; destinations on
     * loopback, private and link-local addresses are refused (PERMISSION_DENIED).
     * </pre>
     */
    public io.leither.v1.ProxyFetchResponse proxyFetch(io.leither.v1.ProxyFetchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProxyFetchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetNodeCredit returns the credit account between this node and another.
     * </pre>
     */
    public io.leither.v1.GetNodeCreditResponse getNodeCredit(io.leither.v1.GetNodeCreditRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNodeCreditMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetNodeCreditLimit sets how much service (bytes of bandwidth) this node gives another on
     * credit before asking for settlement.
     * </pre>
     */
    public io.leither.v1.SetNodeCreditLimitResponse setNodeCreditLimit(io.leither.v1.SetNodeCreditLimitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetNodeCreditLimitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListNodeCredits lists the credit accounts with every node this node has dealt with.
     * </pre>
     */
    public io.leither.v1.ListNodeCreditsResponse listNodeCredits(io.leither.v1.ListNodeCreditsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNodeCreditsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service NetService.
   * <pre>
   * NetService runs this node's part of the Leither network.
   * Rights: calls that change the node's networking (connect, filters, tunnels, external
   * address, partners, credit limits) need a node admin; lookups need a logged-in user (not a
   * guest); NodeLogin and AddNode are called by other nodes and prove themselves with a pass or an
   * invitation.
   * DHT scope: the original kept a LAN and a WAN DHT; each DHT call names one or both.
   * `swarm id`, `swarm local` and `swarm addrs listen` are NodeService.GetNodeInfo and
   * NodeService.GetAddresses.
   * Replaces the original Swarm*, Filters*, Dht*, MiMeiPublish, MiMeiUnpublish, MiMeiProvide,
   * MiMeiUnprovide, MiMeiFindProvs, MiMeiShow, MiMeiSync, MMSyncData, BEMMSync, Invite, Accept,
   * AddNode, NLogin, NGetGift, OpenTunnel, CloseTunnel, SetExtAddr, RequestNodeTunnel, Proxyget,
   * Proxypost, GetVar(mmprovs, mmprovsips) and the CLI `swarm`, `dht`, `mimei
   * publish/unpublish/provide/unprovide/findprovs/show/sync` and `credit` commands.
   * </pre>
   */
  public static final class NetServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<NetServiceFutureStub> {
    private NetServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NetServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NetServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * ListPeers lists the peers this node is connected to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListPeersResponse> listPeers(
        io.leither.v1.ListPeersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPeersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetPeerAddrs returns the known addresses of peers (of every known peer when none is named).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetPeerAddrsResponse> getPeerAddrs(
        io.leither.v1.GetPeerAddrsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPeerAddrsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ConnectPeer dials a peer by multiaddr or by id (looked up in the DHT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ConnectPeerResponse> connectPeer(
        io.leither.v1.ConnectPeerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConnectPeerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DisconnectPeer hangs up on a peer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.DisconnectPeerResponse> disconnectPeer(
        io.leither.v1.DisconnectPeerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDisconnectPeerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AddIpFilters blocks address ranges: no connection to or from them is allowed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.AddIpFiltersResponse> addIpFilters(
        io.leither.v1.AddIpFiltersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddIpFiltersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RemoveIpFilters unblocks address ranges.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RemoveIpFiltersResponse> removeIpFilters(
        io.leither.v1.RemoveIpFiltersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveIpFiltersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListIpFilters lists the blocked address ranges (from the API and from the configuration).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListIpFiltersResponse> listIpFilters(
        io.leither.v1.ListIpFiltersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListIpFiltersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FindPeer looks up a node's addresses in the DHT.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.FindPeerResponse> findPeer(
        io.leither.v1.FindPeerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindPeerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ProvideContent announces in the DHT that this node serves some content.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ProvideContentResponse> provideContent(
        io.leither.v1.ProvideContentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProvideContentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FindProviders finds nodes that announced some content.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.FindProvidersResponse> findProviders(
        io.leither.v1.FindProvidersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindProvidersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PutDhtValue stores a small record, owned by the caller, in the DHT.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.PutDhtValueResponse> putDhtValue(
        io.leither.v1.PutDhtValueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPutDhtValueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetDhtValue reads a record from the DHT, checking its signature.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetDhtValueResponse> getDhtValue(
        io.leither.v1.GetDhtValueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDhtValueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetNetworkSize estimates how many nodes the network has.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetNetworkSizeResponse> getNetworkSize(
        io.leither.v1.GetNetworkSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNetworkSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PublishMiMei announces a MiMei's info (author, rights, versions) in the DHT, signed by its
     * author's node. The record lives 168 h and is renewed while the MiMei stays published.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.PublishMiMeiResponse> publishMiMei(
        io.leither.v1.PublishMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPublishMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UnpublishMiMei withdraws the announcement.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UnpublishMiMeiResponse> unpublishMiMei(
        io.leither.v1.UnpublishMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnpublishMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ProvideMiMei announces that this node holds and serves a MiMei's data; providers pull new
     * versions when the author publishes them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ProvideMiMeiResponse> provideMiMei(
        io.leither.v1.ProvideMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProvideMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UnprovideMiMei stops serving a MiMei's data.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UnprovideMiMeiResponse> unprovideMiMei(
        io.leither.v1.UnprovideMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnprovideMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FindMiMeiProviders finds the nodes that serve a MiMei, per version.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.FindMiMeiProvidersResponse> findMiMeiProviders(
        io.leither.v1.FindMiMeiProvidersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindMiMeiProvidersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ShowMiMei returns the network's view of a MiMei (its published info) next to this node's,
     * with the differences.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ShowMiMeiResponse> showMiMei(
        io.leither.v1.ShowMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getShowMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SyncMiMei pulls a MiMei's info, versions, data and (optionally) the MiMei it references
     * from the network or from a given node, copying only what this node lacks.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SyncMiMeiResponse> syncMiMei(
        io.leither.v1.SyncMiMeiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSyncMiMeiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SyncMiMeiData returns the changes of a DB MiMei after a sequence number, a page at a time:
     * the incremental replication between nodes. File and tree MiMei sync by content hash
     * instead (MiMeiService.Sum, FileService.DiffTree, FileService.Download).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SyncMiMeiDataResponse> syncMiMeiData(
        io.leither.v1.SyncMiMeiDataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSyncMiMeiDataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CreateInvitation makes an invitation for another node to become this node's partner,
     * granting it credit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CreateInvitationResponse> createInvitation(
        io.leither.v1.CreateInvitationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateInvitationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AcceptInvitation makes this node the partner of the node that issued an invitation; this
     * node calls AddNode on the inviter.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.AcceptInvitationResponse> acceptInvitation(
        io.leither.v1.AcceptInvitationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAcceptInvitationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AddNode is called by a node presenting an invitation of this node; on success both are
     * partners. It needs no session.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.AddNodeResponse> addNode(
        io.leither.v1.AddNodeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddNodeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListNodes lists this node's partners.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListNodesResponse> listNodes(
        io.leither.v1.ListNodesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNodesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RemoveNode ends a partnership.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RemoveNodeResponse> removeNode(
        io.leither.v1.RemoveNodeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveNodeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * NodeLogin logs another node in with a pass signed by its node key and returns a session
     * for it with the services this node grants it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.NodeLoginResponse> nodeLogin(
        io.leither.v1.NodeLoginRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getNodeLoginMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * OpenTunnel asks a relay node with a public address to carry traffic to this node (or to a
     * local service), so that others can reach it without a public address of its own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.OpenTunnelResponse> openTunnel(
        io.leither.v1.OpenTunnelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOpenTunnelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CloseTunnel closes a tunnel.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CloseTunnelResponse> closeTunnel(
        io.leither.v1.CloseTunnelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseTunnelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListTunnels lists the tunnels this node opened and those it relays for others.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListTunnelsResponse> listTunnels(
        io.leither.v1.ListTunnelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTunnelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetExternalAddress sets the addresses this node announces (for example a tunnel's public
     * address or a port forwarded by the router) instead of the ones it discovers.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetExternalAddressResponse> setExternalAddress(
        io.leither.v1.SetExternalAddressRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetExternalAddressMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RequestNodeTunnel asks this node, which has a public address, to relay for another node
     * it can reach, and returns the public addresses to reach that node at.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RequestNodeTunnelResponse> requestNodeTunnel(
        io.leither.v1.RequestNodeTunnelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRequestNodeTunnelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ProxyFetch has this node make an HTTP(S) request on the caller's behalf and return the
     * answer (the original Proxyget and Proxypost). Needs the "proxy" service; destinations on
     * loopback, private and link-local addresses are refused (PERMISSION_DENIED).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ProxyFetchResponse> proxyFetch(
        io.leither.v1.ProxyFetchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProxyFetchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetNodeCredit returns the credit account between this node and another.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetNodeCreditResponse> getNodeCredit(
        io.leither.v1.GetNodeCreditRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNodeCreditMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetNodeCreditLimit sets how much service (bytes of bandwidth) this node gives another on
     * credit before asking for settlement.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetNodeCreditLimitResponse> setNodeCreditLimit(
        io.leither.v1.SetNodeCreditLimitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetNodeCreditLimitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListNodeCredits lists the credit accounts with every node this node has dealt with.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListNodeCreditsResponse> listNodeCredits(
        io.leither.v1.ListNodeCreditsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNodeCreditsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_PEERS = 0;
  private static final int METHODID_GET_PEER_ADDRS = 1;
  private static final int METHODID_CONNECT_PEER = 2;
  private static final int METHODID_DISCONNECT_PEER = 3;
  private static final int METHODID_ADD_IP_FILTERS = 4;
  private static final int METHODID_REMOVE_IP_FILTERS = 5;
  private static final int METHODID_LIST_IP_FILTERS = 6;
  private static final int METHODID_FIND_PEER = 7;
  private static final int METHODID_PROVIDE_CONTENT = 8;
  private static final int METHODID_FIND_PROVIDERS = 9;
  private static final int METHODID_PUT_DHT_VALUE = 10;
  private static final int METHODID_GET_DHT_VALUE = 11;
  private static final int METHODID_GET_NETWORK_SIZE = 12;
  private static final int METHODID_PUBLISH_MI_MEI = 13;
  private static final int METHODID_UNPUBLISH_MI_MEI = 14;
  private static final int METHODID_PROVIDE_MI_MEI = 15;
  private static final int METHODID_UNPROVIDE_MI_MEI = 16;
  private static final int METHODID_FIND_MI_MEI_PROVIDERS = 17;
  private static final int METHODID_SHOW_MI_MEI = 18;
  private static final int METHODID_SYNC_MI_MEI = 19;
  private static final int METHODID_SYNC_MI_MEI_DATA = 20;
  private static final int METHODID_CREATE_INVITATION = 21;
  private static final int METHODID_ACCEPT_INVITATION = 22;
  private static final int METHODID_ADD_NODE = 23;
  private static final int METHODID_LIST_NODES = 24;
  private static final int METHODID_REMOVE_NODE = 25;
  private static final int METHODID_NODE_LOGIN = 26;
  private static final int METHODID_OPEN_TUNNEL = 27;
  private static final int METHODID_CLOSE_TUNNEL = 28;
  private static final int METHODID_LIST_TUNNELS = 29;
  private static final int METHODID_SET_EXTERNAL_ADDRESS = 30;
  private static final int METHODID_REQUEST_NODE_TUNNEL = 31;
  private static final int METHODID_PROXY_FETCH = 32;
  private static final int METHODID_GET_NODE_CREDIT = 33;
  private static final int METHODID_SET_NODE_CREDIT_LIMIT = 34;
  private static final int METHODID_LIST_NODE_CREDITS = 35;

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
        case METHODID_LIST_PEERS:
          serviceImpl.listPeers((io.leither.v1.ListPeersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListPeersResponse>) responseObserver);
          break;
        case METHODID_GET_PEER_ADDRS:
          serviceImpl.getPeerAddrs((io.leither.v1.GetPeerAddrsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetPeerAddrsResponse>) responseObserver);
          break;
        case METHODID_CONNECT_PEER:
          serviceImpl.connectPeer((io.leither.v1.ConnectPeerRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ConnectPeerResponse>) responseObserver);
          break;
        case METHODID_DISCONNECT_PEER:
          serviceImpl.disconnectPeer((io.leither.v1.DisconnectPeerRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.DisconnectPeerResponse>) responseObserver);
          break;
        case METHODID_ADD_IP_FILTERS:
          serviceImpl.addIpFilters((io.leither.v1.AddIpFiltersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.AddIpFiltersResponse>) responseObserver);
          break;
        case METHODID_REMOVE_IP_FILTERS:
          serviceImpl.removeIpFilters((io.leither.v1.RemoveIpFiltersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RemoveIpFiltersResponse>) responseObserver);
          break;
        case METHODID_LIST_IP_FILTERS:
          serviceImpl.listIpFilters((io.leither.v1.ListIpFiltersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListIpFiltersResponse>) responseObserver);
          break;
        case METHODID_FIND_PEER:
          serviceImpl.findPeer((io.leither.v1.FindPeerRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.FindPeerResponse>) responseObserver);
          break;
        case METHODID_PROVIDE_CONTENT:
          serviceImpl.provideContent((io.leither.v1.ProvideContentRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ProvideContentResponse>) responseObserver);
          break;
        case METHODID_FIND_PROVIDERS:
          serviceImpl.findProviders((io.leither.v1.FindProvidersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.FindProvidersResponse>) responseObserver);
          break;
        case METHODID_PUT_DHT_VALUE:
          serviceImpl.putDhtValue((io.leither.v1.PutDhtValueRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.PutDhtValueResponse>) responseObserver);
          break;
        case METHODID_GET_DHT_VALUE:
          serviceImpl.getDhtValue((io.leither.v1.GetDhtValueRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetDhtValueResponse>) responseObserver);
          break;
        case METHODID_GET_NETWORK_SIZE:
          serviceImpl.getNetworkSize((io.leither.v1.GetNetworkSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetNetworkSizeResponse>) responseObserver);
          break;
        case METHODID_PUBLISH_MI_MEI:
          serviceImpl.publishMiMei((io.leither.v1.PublishMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.PublishMiMeiResponse>) responseObserver);
          break;
        case METHODID_UNPUBLISH_MI_MEI:
          serviceImpl.unpublishMiMei((io.leither.v1.UnpublishMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UnpublishMiMeiResponse>) responseObserver);
          break;
        case METHODID_PROVIDE_MI_MEI:
          serviceImpl.provideMiMei((io.leither.v1.ProvideMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ProvideMiMeiResponse>) responseObserver);
          break;
        case METHODID_UNPROVIDE_MI_MEI:
          serviceImpl.unprovideMiMei((io.leither.v1.UnprovideMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UnprovideMiMeiResponse>) responseObserver);
          break;
        case METHODID_FIND_MI_MEI_PROVIDERS:
          serviceImpl.findMiMeiProviders((io.leither.v1.FindMiMeiProvidersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.FindMiMeiProvidersResponse>) responseObserver);
          break;
        case METHODID_SHOW_MI_MEI:
          serviceImpl.showMiMei((io.leither.v1.ShowMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ShowMiMeiResponse>) responseObserver);
          break;
        case METHODID_SYNC_MI_MEI:
          serviceImpl.syncMiMei((io.leither.v1.SyncMiMeiRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SyncMiMeiResponse>) responseObserver);
          break;
        case METHODID_SYNC_MI_MEI_DATA:
          serviceImpl.syncMiMeiData((io.leither.v1.SyncMiMeiDataRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SyncMiMeiDataResponse>) responseObserver);
          break;
        case METHODID_CREATE_INVITATION:
          serviceImpl.createInvitation((io.leither.v1.CreateInvitationRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CreateInvitationResponse>) responseObserver);
          break;
        case METHODID_ACCEPT_INVITATION:
          serviceImpl.acceptInvitation((io.leither.v1.AcceptInvitationRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.AcceptInvitationResponse>) responseObserver);
          break;
        case METHODID_ADD_NODE:
          serviceImpl.addNode((io.leither.v1.AddNodeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.AddNodeResponse>) responseObserver);
          break;
        case METHODID_LIST_NODES:
          serviceImpl.listNodes((io.leither.v1.ListNodesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListNodesResponse>) responseObserver);
          break;
        case METHODID_REMOVE_NODE:
          serviceImpl.removeNode((io.leither.v1.RemoveNodeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RemoveNodeResponse>) responseObserver);
          break;
        case METHODID_NODE_LOGIN:
          serviceImpl.nodeLogin((io.leither.v1.NodeLoginRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.NodeLoginResponse>) responseObserver);
          break;
        case METHODID_OPEN_TUNNEL:
          serviceImpl.openTunnel((io.leither.v1.OpenTunnelRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.OpenTunnelResponse>) responseObserver);
          break;
        case METHODID_CLOSE_TUNNEL:
          serviceImpl.closeTunnel((io.leither.v1.CloseTunnelRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CloseTunnelResponse>) responseObserver);
          break;
        case METHODID_LIST_TUNNELS:
          serviceImpl.listTunnels((io.leither.v1.ListTunnelsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListTunnelsResponse>) responseObserver);
          break;
        case METHODID_SET_EXTERNAL_ADDRESS:
          serviceImpl.setExternalAddress((io.leither.v1.SetExternalAddressRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetExternalAddressResponse>) responseObserver);
          break;
        case METHODID_REQUEST_NODE_TUNNEL:
          serviceImpl.requestNodeTunnel((io.leither.v1.RequestNodeTunnelRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RequestNodeTunnelResponse>) responseObserver);
          break;
        case METHODID_PROXY_FETCH:
          serviceImpl.proxyFetch((io.leither.v1.ProxyFetchRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ProxyFetchResponse>) responseObserver);
          break;
        case METHODID_GET_NODE_CREDIT:
          serviceImpl.getNodeCredit((io.leither.v1.GetNodeCreditRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetNodeCreditResponse>) responseObserver);
          break;
        case METHODID_SET_NODE_CREDIT_LIMIT:
          serviceImpl.setNodeCreditLimit((io.leither.v1.SetNodeCreditLimitRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetNodeCreditLimitResponse>) responseObserver);
          break;
        case METHODID_LIST_NODE_CREDITS:
          serviceImpl.listNodeCredits((io.leither.v1.ListNodeCreditsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListNodeCreditsResponse>) responseObserver);
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
          getListPeersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListPeersRequest,
              io.leither.v1.ListPeersResponse>(
                service, METHODID_LIST_PEERS)))
        .addMethod(
          getGetPeerAddrsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetPeerAddrsRequest,
              io.leither.v1.GetPeerAddrsResponse>(
                service, METHODID_GET_PEER_ADDRS)))
        .addMethod(
          getConnectPeerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ConnectPeerRequest,
              io.leither.v1.ConnectPeerResponse>(
                service, METHODID_CONNECT_PEER)))
        .addMethod(
          getDisconnectPeerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.DisconnectPeerRequest,
              io.leither.v1.DisconnectPeerResponse>(
                service, METHODID_DISCONNECT_PEER)))
        .addMethod(
          getAddIpFiltersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.AddIpFiltersRequest,
              io.leither.v1.AddIpFiltersResponse>(
                service, METHODID_ADD_IP_FILTERS)))
        .addMethod(
          getRemoveIpFiltersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RemoveIpFiltersRequest,
              io.leither.v1.RemoveIpFiltersResponse>(
                service, METHODID_REMOVE_IP_FILTERS)))
        .addMethod(
          getListIpFiltersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListIpFiltersRequest,
              io.leither.v1.ListIpFiltersResponse>(
                service, METHODID_LIST_IP_FILTERS)))
        .addMethod(
          getFindPeerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.FindPeerRequest,
              io.leither.v1.FindPeerResponse>(
                service, METHODID_FIND_PEER)))
        .addMethod(
          getProvideContentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ProvideContentRequest,
              io.leither.v1.ProvideContentResponse>(
                service, METHODID_PROVIDE_CONTENT)))
        .addMethod(
          getFindProvidersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.FindProvidersRequest,
              io.leither.v1.FindProvidersResponse>(
                service, METHODID_FIND_PROVIDERS)))
        .addMethod(
          getPutDhtValueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.PutDhtValueRequest,
              io.leither.v1.PutDhtValueResponse>(
                service, METHODID_PUT_DHT_VALUE)))
        .addMethod(
          getGetDhtValueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetDhtValueRequest,
              io.leither.v1.GetDhtValueResponse>(
                service, METHODID_GET_DHT_VALUE)))
        .addMethod(
          getGetNetworkSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetNetworkSizeRequest,
              io.leither.v1.GetNetworkSizeResponse>(
                service, METHODID_GET_NETWORK_SIZE)))
        .addMethod(
          getPublishMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.PublishMiMeiRequest,
              io.leither.v1.PublishMiMeiResponse>(
                service, METHODID_PUBLISH_MI_MEI)))
        .addMethod(
          getUnpublishMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UnpublishMiMeiRequest,
              io.leither.v1.UnpublishMiMeiResponse>(
                service, METHODID_UNPUBLISH_MI_MEI)))
        .addMethod(
          getProvideMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ProvideMiMeiRequest,
              io.leither.v1.ProvideMiMeiResponse>(
                service, METHODID_PROVIDE_MI_MEI)))
        .addMethod(
          getUnprovideMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UnprovideMiMeiRequest,
              io.leither.v1.UnprovideMiMeiResponse>(
                service, METHODID_UNPROVIDE_MI_MEI)))
        .addMethod(
          getFindMiMeiProvidersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.FindMiMeiProvidersRequest,
              io.leither.v1.FindMiMeiProvidersResponse>(
                service, METHODID_FIND_MI_MEI_PROVIDERS)))
        .addMethod(
          getShowMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ShowMiMeiRequest,
              io.leither.v1.ShowMiMeiResponse>(
                service, METHODID_SHOW_MI_MEI)))
        .addMethod(
          getSyncMiMeiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SyncMiMeiRequest,
              io.leither.v1.SyncMiMeiResponse>(
                service, METHODID_SYNC_MI_MEI)))
        .addMethod(
          getSyncMiMeiDataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SyncMiMeiDataRequest,
              io.leither.v1.SyncMiMeiDataResponse>(
                service, METHODID_SYNC_MI_MEI_DATA)))
        .addMethod(
          getCreateInvitationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CreateInvitationRequest,
              io.leither.v1.CreateInvitationResponse>(
                service, METHODID_CREATE_INVITATION)))
        .addMethod(
          getAcceptInvitationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.AcceptInvitationRequest,
              io.leither.v1.AcceptInvitationResponse>(
                service, METHODID_ACCEPT_INVITATION)))
        .addMethod(
          getAddNodeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.AddNodeRequest,
              io.leither.v1.AddNodeResponse>(
                service, METHODID_ADD_NODE)))
        .addMethod(
          getListNodesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListNodesRequest,
              io.leither.v1.ListNodesResponse>(
                service, METHODID_LIST_NODES)))
        .addMethod(
          getRemoveNodeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RemoveNodeRequest,
              io.leither.v1.RemoveNodeResponse>(
                service, METHODID_REMOVE_NODE)))
        .addMethod(
          getNodeLoginMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.NodeLoginRequest,
              io.leither.v1.NodeLoginResponse>(
                service, METHODID_NODE_LOGIN)))
        .addMethod(
          getOpenTunnelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.OpenTunnelRequest,
              io.leither.v1.OpenTunnelResponse>(
                service, METHODID_OPEN_TUNNEL)))
        .addMethod(
          getCloseTunnelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CloseTunnelRequest,
              io.leither.v1.CloseTunnelResponse>(
                service, METHODID_CLOSE_TUNNEL)))
        .addMethod(
          getListTunnelsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListTunnelsRequest,
              io.leither.v1.ListTunnelsResponse>(
                service, METHODID_LIST_TUNNELS)))
        .addMethod(
          getSetExternalAddressMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetExternalAddressRequest,
              io.leither.v1.SetExternalAddressResponse>(
                service, METHODID_SET_EXTERNAL_ADDRESS)))
        .addMethod(
          getRequestNodeTunnelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RequestNodeTunnelRequest,
              io.leither.v1.RequestNodeTunnelResponse>(
                service, METHODID_REQUEST_NODE_TUNNEL)))
        .addMethod(
          getProxyFetchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ProxyFetchRequest,
              io.leither.v1.ProxyFetchResponse>(
                service, METHODID_PROXY_FETCH)))
        .addMethod(
          getGetNodeCreditMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetNodeCreditRequest,
              io.leither.v1.GetNodeCreditResponse>(
                service, METHODID_GET_NODE_CREDIT)))
        .addMethod(
          getSetNodeCreditLimitMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetNodeCreditLimitRequest,
              io.leither.v1.SetNodeCreditLimitResponse>(
                service, METHODID_SET_NODE_CREDIT_LIMIT)))
        .addMethod(
          getListNodeCreditsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListNodeCreditsRequest,
              io.leither.v1.ListNodeCreditsResponse>(
                service, METHODID_LIST_NODE_CREDITS)))
        .build();
  }

  private static abstract class NetServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    NetServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.NetServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("NetService");
    }
  }

  private static final class NetServiceFileDescriptorSupplier
      extends NetServiceBaseDescriptorSupplier {
    NetServiceFileDescriptorSupplier() {}
  }

  private static final class NetServiceMethodDescriptorSupplier
      extends NetServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    NetServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (NetServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new NetServiceFileDescriptorSupplier())
              .addMethod(getListPeersMethod())
              .addMethod(getGetPeerAddrsMethod())
              .addMethod(getConnectPeerMethod())
              .addMethod(getDisconnectPeerMethod())
              .addMethod(getAddIpFiltersMethod())
              .addMethod(getRemoveIpFiltersMethod())
              .addMethod(getListIpFiltersMethod())
              .addMethod(getFindPeerMethod())
              .addMethod(getProvideContentMethod())
              .addMethod(getFindProvidersMethod())
              .addMethod(getPutDhtValueMethod())
              .addMethod(getGetDhtValueMethod())
              .addMethod(getGetNetworkSizeMethod())
              .addMethod(getPublishMiMeiMethod())
              .addMethod(getUnpublishMiMeiMethod())
              .addMethod(getProvideMiMeiMethod())
              .addMethod(getUnprovideMiMeiMethod())
              .addMethod(getFindMiMeiProvidersMethod())
              .addMethod(getShowMiMeiMethod())
              .addMethod(getSyncMiMeiMethod())
              .addMethod(getSyncMiMeiDataMethod())
              .addMethod(getCreateInvitationMethod())
              .addMethod(getAcceptInvitationMethod())
              .addMethod(getAddNodeMethod())
              .addMethod(getListNodesMethod())
              .addMethod(getRemoveNodeMethod())
              .addMethod(getNodeLoginMethod())
              .addMethod(getOpenTunnelMethod())
              .addMethod(getCloseTunnelMethod())
              .addMethod(getListTunnelsMethod())
              .addMethod(getSetExternalAddressMethod())
              .addMethod(getRequestNodeTunnelMethod())
              .addMethod(getProxyFetchMethod())
              .addMethod(getGetNodeCreditMethod())
              .addMethod(getSetNodeCreditLimitMethod())
              .addMethod(getListNodeCreditsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
