package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * OrgService creates organizations and manages who belongs to them.
 * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
 * creates it keeps the private key (encrypted under the node key) and signs for it when its
 * supervisors act. The organization's state (info, members, applications) is a DB MiMei
 * authored by the organization and replicated to its supervisors' nodes. Each organization
 * keeps a token ledger (LedgerService) and may run contracts (ContractService).
 * Roles: a supervisor runs the organization (approves members, changes info and roles); a
 * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
 * Membership is by application: anyone applies, supervisors approve, and an application
 * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
 * approved at once.
 * The original had no organization API (GongShi describes organizations in prose only); this
 * service is new.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class OrgServiceGrpc {

  private OrgServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.OrgService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.CreateOrgRequest,
      io.leither.v1.CreateOrgResponse> getCreateOrgMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateOrg",
      requestType = io.leither.v1.CreateOrgRequest.class,
      responseType = io.leither.v1.CreateOrgResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.CreateOrgRequest,
      io.leither.v1.CreateOrgResponse> getCreateOrgMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.CreateOrgRequest, io.leither.v1.CreateOrgResponse> getCreateOrgMethod;
    if ((getCreateOrgMethod = OrgServiceGrpc.getCreateOrgMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getCreateOrgMethod = OrgServiceGrpc.getCreateOrgMethod) == null) {
          OrgServiceGrpc.getCreateOrgMethod = getCreateOrgMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.CreateOrgRequest, io.leither.v1.CreateOrgResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateOrg"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CreateOrgRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.CreateOrgResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("CreateOrg"))
              .build();
        }
      }
    }
    return getCreateOrgMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetOrgInfoRequest,
      io.leither.v1.GetOrgInfoResponse> getGetOrgInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOrgInfo",
      requestType = io.leither.v1.GetOrgInfoRequest.class,
      responseType = io.leither.v1.GetOrgInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetOrgInfoRequest,
      io.leither.v1.GetOrgInfoResponse> getGetOrgInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetOrgInfoRequest, io.leither.v1.GetOrgInfoResponse> getGetOrgInfoMethod;
    if ((getGetOrgInfoMethod = OrgServiceGrpc.getGetOrgInfoMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getGetOrgInfoMethod = OrgServiceGrpc.getGetOrgInfoMethod) == null) {
          OrgServiceGrpc.getGetOrgInfoMethod = getGetOrgInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetOrgInfoRequest, io.leither.v1.GetOrgInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOrgInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetOrgInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetOrgInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("GetOrgInfo"))
              .build();
        }
      }
    }
    return getGetOrgInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UpdateOrgInfoRequest,
      io.leither.v1.UpdateOrgInfoResponse> getUpdateOrgInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOrgInfo",
      requestType = io.leither.v1.UpdateOrgInfoRequest.class,
      responseType = io.leither.v1.UpdateOrgInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UpdateOrgInfoRequest,
      io.leither.v1.UpdateOrgInfoResponse> getUpdateOrgInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UpdateOrgInfoRequest, io.leither.v1.UpdateOrgInfoResponse> getUpdateOrgInfoMethod;
    if ((getUpdateOrgInfoMethod = OrgServiceGrpc.getUpdateOrgInfoMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getUpdateOrgInfoMethod = OrgServiceGrpc.getUpdateOrgInfoMethod) == null) {
          OrgServiceGrpc.getUpdateOrgInfoMethod = getUpdateOrgInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UpdateOrgInfoRequest, io.leither.v1.UpdateOrgInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOrgInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UpdateOrgInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UpdateOrgInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("UpdateOrgInfo"))
              .build();
        }
      }
    }
    return getUpdateOrgInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListOrgsRequest,
      io.leither.v1.ListOrgsResponse> getListOrgsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOrgs",
      requestType = io.leither.v1.ListOrgsRequest.class,
      responseType = io.leither.v1.ListOrgsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListOrgsRequest,
      io.leither.v1.ListOrgsResponse> getListOrgsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListOrgsRequest, io.leither.v1.ListOrgsResponse> getListOrgsMethod;
    if ((getListOrgsMethod = OrgServiceGrpc.getListOrgsMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getListOrgsMethod = OrgServiceGrpc.getListOrgsMethod) == null) {
          OrgServiceGrpc.getListOrgsMethod = getListOrgsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListOrgsRequest, io.leither.v1.ListOrgsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOrgs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListOrgsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListOrgsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("ListOrgs"))
              .build();
        }
      }
    }
    return getListOrgsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ApplyToOrgRequest,
      io.leither.v1.ApplyToOrgResponse> getApplyToOrgMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApplyToOrg",
      requestType = io.leither.v1.ApplyToOrgRequest.class,
      responseType = io.leither.v1.ApplyToOrgResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ApplyToOrgRequest,
      io.leither.v1.ApplyToOrgResponse> getApplyToOrgMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ApplyToOrgRequest, io.leither.v1.ApplyToOrgResponse> getApplyToOrgMethod;
    if ((getApplyToOrgMethod = OrgServiceGrpc.getApplyToOrgMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getApplyToOrgMethod = OrgServiceGrpc.getApplyToOrgMethod) == null) {
          OrgServiceGrpc.getApplyToOrgMethod = getApplyToOrgMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ApplyToOrgRequest, io.leither.v1.ApplyToOrgResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApplyToOrg"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ApplyToOrgRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ApplyToOrgResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("ApplyToOrg"))
              .build();
        }
      }
    }
    return getApplyToOrgMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListOrgApplicationsRequest,
      io.leither.v1.ListOrgApplicationsResponse> getListOrgApplicationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOrgApplications",
      requestType = io.leither.v1.ListOrgApplicationsRequest.class,
      responseType = io.leither.v1.ListOrgApplicationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListOrgApplicationsRequest,
      io.leither.v1.ListOrgApplicationsResponse> getListOrgApplicationsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListOrgApplicationsRequest, io.leither.v1.ListOrgApplicationsResponse> getListOrgApplicationsMethod;
    if ((getListOrgApplicationsMethod = OrgServiceGrpc.getListOrgApplicationsMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getListOrgApplicationsMethod = OrgServiceGrpc.getListOrgApplicationsMethod) == null) {
          OrgServiceGrpc.getListOrgApplicationsMethod = getListOrgApplicationsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListOrgApplicationsRequest, io.leither.v1.ListOrgApplicationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOrgApplications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListOrgApplicationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListOrgApplicationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("ListOrgApplications"))
              .build();
        }
      }
    }
    return getListOrgApplicationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ApproveOrgApplicationRequest,
      io.leither.v1.ApproveOrgApplicationResponse> getApproveOrgApplicationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApproveOrgApplication",
      requestType = io.leither.v1.ApproveOrgApplicationRequest.class,
      responseType = io.leither.v1.ApproveOrgApplicationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ApproveOrgApplicationRequest,
      io.leither.v1.ApproveOrgApplicationResponse> getApproveOrgApplicationMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ApproveOrgApplicationRequest, io.leither.v1.ApproveOrgApplicationResponse> getApproveOrgApplicationMethod;
    if ((getApproveOrgApplicationMethod = OrgServiceGrpc.getApproveOrgApplicationMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getApproveOrgApplicationMethod = OrgServiceGrpc.getApproveOrgApplicationMethod) == null) {
          OrgServiceGrpc.getApproveOrgApplicationMethod = getApproveOrgApplicationMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ApproveOrgApplicationRequest, io.leither.v1.ApproveOrgApplicationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApproveOrgApplication"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ApproveOrgApplicationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ApproveOrgApplicationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("ApproveOrgApplication"))
              .build();
        }
      }
    }
    return getApproveOrgApplicationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RejectOrgApplicationRequest,
      io.leither.v1.RejectOrgApplicationResponse> getRejectOrgApplicationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RejectOrgApplication",
      requestType = io.leither.v1.RejectOrgApplicationRequest.class,
      responseType = io.leither.v1.RejectOrgApplicationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RejectOrgApplicationRequest,
      io.leither.v1.RejectOrgApplicationResponse> getRejectOrgApplicationMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RejectOrgApplicationRequest, io.leither.v1.RejectOrgApplicationResponse> getRejectOrgApplicationMethod;
    if ((getRejectOrgApplicationMethod = OrgServiceGrpc.getRejectOrgApplicationMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getRejectOrgApplicationMethod = OrgServiceGrpc.getRejectOrgApplicationMethod) == null) {
          OrgServiceGrpc.getRejectOrgApplicationMethod = getRejectOrgApplicationMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RejectOrgApplicationRequest, io.leither.v1.RejectOrgApplicationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RejectOrgApplication"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RejectOrgApplicationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RejectOrgApplicationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("RejectOrgApplication"))
              .build();
        }
      }
    }
    return getRejectOrgApplicationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LeaveOrgRequest,
      io.leither.v1.LeaveOrgResponse> getLeaveOrgMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LeaveOrg",
      requestType = io.leither.v1.LeaveOrgRequest.class,
      responseType = io.leither.v1.LeaveOrgResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LeaveOrgRequest,
      io.leither.v1.LeaveOrgResponse> getLeaveOrgMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LeaveOrgRequest, io.leither.v1.LeaveOrgResponse> getLeaveOrgMethod;
    if ((getLeaveOrgMethod = OrgServiceGrpc.getLeaveOrgMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getLeaveOrgMethod = OrgServiceGrpc.getLeaveOrgMethod) == null) {
          OrgServiceGrpc.getLeaveOrgMethod = getLeaveOrgMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LeaveOrgRequest, io.leither.v1.LeaveOrgResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LeaveOrg"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LeaveOrgRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LeaveOrgResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("LeaveOrg"))
              .build();
        }
      }
    }
    return getLeaveOrgMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListOrgMembersRequest,
      io.leither.v1.ListOrgMembersResponse> getListOrgMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOrgMembers",
      requestType = io.leither.v1.ListOrgMembersRequest.class,
      responseType = io.leither.v1.ListOrgMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListOrgMembersRequest,
      io.leither.v1.ListOrgMembersResponse> getListOrgMembersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListOrgMembersRequest, io.leither.v1.ListOrgMembersResponse> getListOrgMembersMethod;
    if ((getListOrgMembersMethod = OrgServiceGrpc.getListOrgMembersMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getListOrgMembersMethod = OrgServiceGrpc.getListOrgMembersMethod) == null) {
          OrgServiceGrpc.getListOrgMembersMethod = getListOrgMembersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListOrgMembersRequest, io.leither.v1.ListOrgMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOrgMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListOrgMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListOrgMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("ListOrgMembers"))
              .build();
        }
      }
    }
    return getListOrgMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetOrgMemberRoleRequest,
      io.leither.v1.SetOrgMemberRoleResponse> getSetOrgMemberRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetOrgMemberRole",
      requestType = io.leither.v1.SetOrgMemberRoleRequest.class,
      responseType = io.leither.v1.SetOrgMemberRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetOrgMemberRoleRequest,
      io.leither.v1.SetOrgMemberRoleResponse> getSetOrgMemberRoleMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetOrgMemberRoleRequest, io.leither.v1.SetOrgMemberRoleResponse> getSetOrgMemberRoleMethod;
    if ((getSetOrgMemberRoleMethod = OrgServiceGrpc.getSetOrgMemberRoleMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getSetOrgMemberRoleMethod = OrgServiceGrpc.getSetOrgMemberRoleMethod) == null) {
          OrgServiceGrpc.getSetOrgMemberRoleMethod = getSetOrgMemberRoleMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetOrgMemberRoleRequest, io.leither.v1.SetOrgMemberRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetOrgMemberRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetOrgMemberRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetOrgMemberRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("SetOrgMemberRole"))
              .build();
        }
      }
    }
    return getSetOrgMemberRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RemoveOrgMemberRequest,
      io.leither.v1.RemoveOrgMemberResponse> getRemoveOrgMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveOrgMember",
      requestType = io.leither.v1.RemoveOrgMemberRequest.class,
      responseType = io.leither.v1.RemoveOrgMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RemoveOrgMemberRequest,
      io.leither.v1.RemoveOrgMemberResponse> getRemoveOrgMemberMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RemoveOrgMemberRequest, io.leither.v1.RemoveOrgMemberResponse> getRemoveOrgMemberMethod;
    if ((getRemoveOrgMemberMethod = OrgServiceGrpc.getRemoveOrgMemberMethod) == null) {
      synchronized (OrgServiceGrpc.class) {
        if ((getRemoveOrgMemberMethod = OrgServiceGrpc.getRemoveOrgMemberMethod) == null) {
          OrgServiceGrpc.getRemoveOrgMemberMethod = getRemoveOrgMemberMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RemoveOrgMemberRequest, io.leither.v1.RemoveOrgMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveOrgMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveOrgMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RemoveOrgMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OrgServiceMethodDescriptorSupplier("RemoveOrgMember"))
              .build();
        }
      }
    }
    return getRemoveOrgMemberMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static OrgServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrgServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrgServiceStub>() {
        @java.lang.Override
        public OrgServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrgServiceStub(channel, callOptions);
        }
      };
    return OrgServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static OrgServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrgServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrgServiceBlockingV2Stub>() {
        @java.lang.Override
        public OrgServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrgServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return OrgServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static OrgServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrgServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrgServiceBlockingStub>() {
        @java.lang.Override
        public OrgServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrgServiceBlockingStub(channel, callOptions);
        }
      };
    return OrgServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static OrgServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OrgServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OrgServiceFutureStub>() {
        @java.lang.Override
        public OrgServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OrgServiceFutureStub(channel, callOptions);
        }
      };
    return OrgServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * OrgService creates organizations and manages who belongs to them.
   * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
   * creates it keeps the private key (encrypted under the node key) and signs for it when its
   * supervisors act. The organization's state (info, members, applications) is a DB MiMei
   * authored by the organization and replicated to its supervisors' nodes. Each organization
   * keeps a token ledger (LedgerService) and may run contracts (ContractService).
   * Roles: a supervisor runs the organization (approves members, changes info and roles); a
   * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
   * Membership is by application: anyone applies, supervisors approve, and an application
   * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
   * approved at once.
   * The original had no organization API (GongShi describes organizations in prose only); this
   * service is new.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateOrg creates an organization with the caller as its first supervisor.
     * </pre>
     */
    default void createOrg(io.leither.v1.CreateOrgRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CreateOrgResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateOrgMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetOrgInfo returns an organization's public information. Open to guests.
     * </pre>
     */
    default void getOrgInfo(io.leither.v1.GetOrgInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetOrgInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOrgInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * UpdateOrgInfo changes an organization's public information or approval rule. Supervisors
     * only.
     * </pre>
     */
    default void updateOrgInfo(io.leither.v1.UpdateOrgInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UpdateOrgInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOrgInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListOrgs lists the organizations known to this node, or those the caller belongs to.
     * </pre>
     */
    default void listOrgs(io.leither.v1.ListOrgsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListOrgsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOrgsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ApplyToOrg asks to join an organization in a role (or, for a member, to change role).
     * </pre>
     */
    default void applyToOrg(io.leither.v1.ApplyToOrgRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ApplyToOrgResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApplyToOrgMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListOrgApplications lists an organization's applications (supervisors), or the caller's
     * own.
     * </pre>
     */
    default void listOrgApplications(io.leither.v1.ListOrgApplicationsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListOrgApplicationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOrgApplicationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ApproveOrgApplication records a supervisor's approval; the applicant joins when enough
     * supervisors approved.
     * </pre>
     */
    default void approveOrgApplication(io.leither.v1.ApproveOrgApplicationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ApproveOrgApplicationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApproveOrgApplicationMethod(), responseObserver);
    }

    /**
     * <pre>
     * RejectOrgApplication rejects an application; one supervisor's rejection ends it.
     * </pre>
     */
    default void rejectOrgApplication(io.leither.v1.RejectOrgApplicationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RejectOrgApplicationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRejectOrgApplicationMethod(), responseObserver);
    }

    /**
     * <pre>
     * LeaveOrg ends the caller's membership (or withdraws a pending application). The last
     * supervisor cannot leave (FAILED_PRECONDITION, reason LAST_SUPERVISOR).
     * </pre>
     */
    default void leaveOrg(io.leither.v1.LeaveOrgRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LeaveOrgResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLeaveOrgMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListOrgMembers lists an organization's members and their roles. Members only.
     * </pre>
     */
    default void listOrgMembers(io.leither.v1.ListOrgMembersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListOrgMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOrgMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetOrgMemberRole changes a member's role. Supervisors only.
     * </pre>
     */
    default void setOrgMemberRole(io.leither.v1.SetOrgMemberRoleRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetOrgMemberRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetOrgMemberRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * RemoveOrgMember removes a member. Supervisors only; the last supervisor cannot be removed.
     * </pre>
     */
    default void removeOrgMember(io.leither.v1.RemoveOrgMemberRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveOrgMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveOrgMemberMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service OrgService.
   * <pre>
   * OrgService creates organizations and manages who belongs to them.
   * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
   * creates it keeps the private key (encrypted under the node key) and signs for it when its
   * supervisors act. The organization's state (info, members, applications) is a DB MiMei
   * authored by the organization and replicated to its supervisors' nodes. Each organization
   * keeps a token ledger (LedgerService) and may run contracts (ContractService).
   * Roles: a supervisor runs the organization (approves members, changes info and roles); a
   * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
   * Membership is by application: anyone applies, supervisors approve, and an application
   * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
   * approved at once.
   * The original had no organization API (GongShi describes organizations in prose only); this
   * service is new.
   * </pre>
   */
  public static abstract class OrgServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return OrgServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service OrgService.
   * <pre>
   * OrgService creates organizations and manages who belongs to them.
   * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
   * creates it keeps the private key (encrypted under the node key) and signs for it when its
   * supervisors act. The organization's state (info, members, applications) is a DB MiMei
   * authored by the organization and replicated to its supervisors' nodes. Each organization
   * keeps a token ledger (LedgerService) and may run contracts (ContractService).
   * Roles: a supervisor runs the organization (approves members, changes info and roles); a
   * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
   * Membership is by application: anyone applies, supervisors approve, and an application
   * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
   * approved at once.
   * The original had no organization API (GongShi describes organizations in prose only); this
   * service is new.
   * </pre>
   */
  public static final class OrgServiceStub
      extends io.grpc.stub.AbstractAsyncStub<OrgServiceStub> {
    private OrgServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrgServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrgServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrg creates an organization with the caller as its first supervisor.
     * </pre>
     */
    public void createOrg(io.leither.v1.CreateOrgRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.CreateOrgResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateOrgMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetOrgInfo returns an organization's public information. Open to guests.
     * </pre>
     */
    public void getOrgInfo(io.leither.v1.GetOrgInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetOrgInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOrgInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UpdateOrgInfo changes an organization's public information or approval rule. Supervisors
     * only.
     * </pre>
     */
    public void updateOrgInfo(io.leither.v1.UpdateOrgInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UpdateOrgInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOrgInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListOrgs lists the organizations known to this node, or those the caller belongs to.
     * </pre>
     */
    public void listOrgs(io.leither.v1.ListOrgsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListOrgsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOrgsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ApplyToOrg asks to join an organization in a role (or, for a member, to change role).
     * </pre>
     */
    public void applyToOrg(io.leither.v1.ApplyToOrgRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ApplyToOrgResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApplyToOrgMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListOrgApplications lists an organization's applications (supervisors), or the caller's
     * own.
     * </pre>
     */
    public void listOrgApplications(io.leither.v1.ListOrgApplicationsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListOrgApplicationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOrgApplicationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ApproveOrgApplication records a supervisor's approval; the applicant joins when enough
     * supervisors approved.
     * </pre>
     */
    public void approveOrgApplication(io.leither.v1.ApproveOrgApplicationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ApproveOrgApplicationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApproveOrgApplicationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RejectOrgApplication rejects an application; one supervisor's rejection ends it.
     * </pre>
     */
    public void rejectOrgApplication(io.leither.v1.RejectOrgApplicationRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RejectOrgApplicationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRejectOrgApplicationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LeaveOrg ends the caller's membership (or withdraws a pending application). The last
     * supervisor cannot leave (FAILED_PRECONDITION, reason LAST_SUPERVISOR).
     * </pre>
     */
    public void leaveOrg(io.leither.v1.LeaveOrgRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LeaveOrgResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLeaveOrgMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListOrgMembers lists an organization's members and their roles. Members only.
     * </pre>
     */
    public void listOrgMembers(io.leither.v1.ListOrgMembersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListOrgMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOrgMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetOrgMemberRole changes a member's role. Supervisors only.
     * </pre>
     */
    public void setOrgMemberRole(io.leither.v1.SetOrgMemberRoleRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetOrgMemberRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetOrgMemberRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RemoveOrgMember removes a member. Supervisors only; the last supervisor cannot be removed.
     * </pre>
     */
    public void removeOrgMember(io.leither.v1.RemoveOrgMemberRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RemoveOrgMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveOrgMemberMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service OrgService.
   * <pre>
   * OrgService creates organizations and manages who belongs to them.
   * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
   * creates it keeps the private key (encrypted under the node key) and signs for it when its
   * supervisors act. The organization's state (info, members, applications) is a DB MiMei
   * authored by the organization and replicated to its supervisors' nodes. Each organization
   * keeps a token ledger (LedgerService) and may run contracts (ContractService).
   * Roles: a supervisor runs the organization (approves members, changes info and roles); a
   * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
   * Membership is by application: anyone applies, supervisors approve, and an application
   * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
   * approved at once.
   * The original had no organization API (GongShi describes organizations in prose only); this
   * service is new.
   * </pre>
   */
  public static final class OrgServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<OrgServiceBlockingV2Stub> {
    private OrgServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrgServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrgServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrg creates an organization with the caller as its first supervisor.
     * </pre>
     */
    public io.leither.v1.CreateOrgResponse createOrg(io.leither.v1.CreateOrgRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateOrgMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetOrgInfo returns an organization's public information. Open to guests.
     * </pre>
     */
    public io.leither.v1.GetOrgInfoResponse getOrgInfo(io.leither.v1.GetOrgInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOrgInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateOrgInfo changes an organization's public information or approval rule. Supervisors
     * only.
     * </pre>
     */
    public io.leither.v1.UpdateOrgInfoResponse updateOrgInfo(io.leither.v1.UpdateOrgInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOrgInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrgs lists the organizations known to this node, or those the caller belongs to.
     * </pre>
     */
    public io.leither.v1.ListOrgsResponse listOrgs(io.leither.v1.ListOrgsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOrgsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApplyToOrg asks to join an organization in a role (or, for a member, to change role).
     * </pre>
     */
    public io.leither.v1.ApplyToOrgResponse applyToOrg(io.leither.v1.ApplyToOrgRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getApplyToOrgMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrgApplications lists an organization's applications (supervisors), or the caller's
     * own.
     * </pre>
     */
    public io.leither.v1.ListOrgApplicationsResponse listOrgApplications(io.leither.v1.ListOrgApplicationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOrgApplicationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApproveOrgApplication records a supervisor's approval; the applicant joins when enough
     * supervisors approved.
     * </pre>
     */
    public io.leither.v1.ApproveOrgApplicationResponse approveOrgApplication(io.leither.v1.ApproveOrgApplicationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getApproveOrgApplicationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RejectOrgApplication rejects an application; one supervisor's rejection ends it.
     * </pre>
     */
    public io.leither.v1.RejectOrgApplicationResponse rejectOrgApplication(io.leither.v1.RejectOrgApplicationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRejectOrgApplicationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LeaveOrg ends the caller's membership (or withdraws a pending application). The last
     * supervisor cannot leave (FAILED_PRECONDITION, reason LAST_SUPERVISOR).
     * </pre>
     */
    public io.leither.v1.LeaveOrgResponse leaveOrg(io.leither.v1.LeaveOrgRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLeaveOrgMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrgMembers lists an organization's members and their roles. Members only.
     * </pre>
     */
    public io.leither.v1.ListOrgMembersResponse listOrgMembers(io.leither.v1.ListOrgMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOrgMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetOrgMemberRole changes a member's role. Supervisors only.
     * </pre>
     */
    public io.leither.v1.SetOrgMemberRoleResponse setOrgMemberRole(io.leither.v1.SetOrgMemberRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetOrgMemberRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveOrgMember removes a member. Supervisors only; the last supervisor cannot be removed.
     * </pre>
     */
    public io.leither.v1.RemoveOrgMemberResponse removeOrgMember(io.leither.v1.RemoveOrgMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveOrgMemberMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service OrgService.
   * <pre>
   * OrgService creates organizations and manages who belongs to them.
   * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
   * creates it keeps the private key (encrypted under the node key) and signs for it when its
   * supervisors act. The organization's state (info, members, applications) is a DB MiMei
   * authored by the organization and replicated to its supervisors' nodes. Each organization
   * keeps a token ledger (LedgerService) and may run contracts (ContractService).
   * Roles: a supervisor runs the organization (approves members, changes info and roles); a
   * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
   * Membership is by application: anyone applies, supervisors approve, and an application
   * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
   * approved at once.
   * The original had no organization API (GongShi describes organizations in prose only); this
   * service is new.
   * </pre>
   */
  public static final class OrgServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<OrgServiceBlockingStub> {
    private OrgServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrgServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrgServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrg creates an organization with the caller as its first supervisor.
     * </pre>
     */
    public io.leither.v1.CreateOrgResponse createOrg(io.leither.v1.CreateOrgRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateOrgMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetOrgInfo returns an organization's public information. Open to guests.
     * </pre>
     */
    public io.leither.v1.GetOrgInfoResponse getOrgInfo(io.leither.v1.GetOrgInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOrgInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UpdateOrgInfo changes an organization's public information or approval rule. Supervisors
     * only.
     * </pre>
     */
    public io.leither.v1.UpdateOrgInfoResponse updateOrgInfo(io.leither.v1.UpdateOrgInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOrgInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrgs lists the organizations known to this node, or those the caller belongs to.
     * </pre>
     */
    public io.leither.v1.ListOrgsResponse listOrgs(io.leither.v1.ListOrgsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOrgsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApplyToOrg asks to join an organization in a role (or, for a member, to change role).
     * </pre>
     */
    public io.leither.v1.ApplyToOrgResponse applyToOrg(io.leither.v1.ApplyToOrgRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApplyToOrgMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrgApplications lists an organization's applications (supervisors), or the caller's
     * own.
     * </pre>
     */
    public io.leither.v1.ListOrgApplicationsResponse listOrgApplications(io.leither.v1.ListOrgApplicationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOrgApplicationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ApproveOrgApplication records a supervisor's approval; the applicant joins when enough
     * supervisors approved.
     * </pre>
     */
    public io.leither.v1.ApproveOrgApplicationResponse approveOrgApplication(io.leither.v1.ApproveOrgApplicationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApproveOrgApplicationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RejectOrgApplication rejects an application; one supervisor's rejection ends it.
     * </pre>
     */
    public io.leither.v1.RejectOrgApplicationResponse rejectOrgApplication(io.leither.v1.RejectOrgApplicationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRejectOrgApplicationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LeaveOrg ends the caller's membership (or withdraws a pending application). The last
     * supervisor cannot leave (FAILED_PRECONDITION, reason LAST_SUPERVISOR).
     * </pre>
     */
    public io.leither.v1.LeaveOrgResponse leaveOrg(io.leither.v1.LeaveOrgRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLeaveOrgMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListOrgMembers lists an organization's members and their roles. Members only.
     * </pre>
     */
    public io.leither.v1.ListOrgMembersResponse listOrgMembers(io.leither.v1.ListOrgMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOrgMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetOrgMemberRole changes a member's role. Supervisors only.
     * </pre>
     */
    public io.leither.v1.SetOrgMemberRoleResponse setOrgMemberRole(io.leither.v1.SetOrgMemberRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetOrgMemberRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RemoveOrgMember removes a member. Supervisors only; the last supervisor cannot be removed.
     * </pre>
     */
    public io.leither.v1.RemoveOrgMemberResponse removeOrgMember(io.leither.v1.RemoveOrgMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveOrgMemberMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service OrgService.
   * <pre>
   * OrgService creates organizations and manages who belongs to them.
   * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
   * creates it keeps the private key (encrypted under the node key) and signs for it when its
   * supervisors act. The organization's state (info, members, applications) is a DB MiMei
   * authored by the organization and replicated to its supervisors' nodes. Each organization
   * keeps a token ledger (LedgerService) and may run contracts (ContractService).
   * Roles: a supervisor runs the organization (approves members, changes info and roles); a
   * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
   * Membership is by application: anyone applies, supervisors approve, and an application
   * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
   * approved at once.
   * The original had no organization API (GongShi describes organizations in prose only); this
   * service is new.
   * </pre>
   */
  public static final class OrgServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<OrgServiceFutureStub> {
    private OrgServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OrgServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OrgServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateOrg creates an organization with the caller as its first supervisor.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.CreateOrgResponse> createOrg(
        io.leither.v1.CreateOrgRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateOrgMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetOrgInfo returns an organization's public information. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetOrgInfoResponse> getOrgInfo(
        io.leither.v1.GetOrgInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOrgInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UpdateOrgInfo changes an organization's public information or approval rule. Supervisors
     * only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UpdateOrgInfoResponse> updateOrgInfo(
        io.leither.v1.UpdateOrgInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOrgInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListOrgs lists the organizations known to this node, or those the caller belongs to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListOrgsResponse> listOrgs(
        io.leither.v1.ListOrgsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOrgsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ApplyToOrg asks to join an organization in a role (or, for a member, to change role).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ApplyToOrgResponse> applyToOrg(
        io.leither.v1.ApplyToOrgRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApplyToOrgMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListOrgApplications lists an organization's applications (supervisors), or the caller's
     * own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListOrgApplicationsResponse> listOrgApplications(
        io.leither.v1.ListOrgApplicationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOrgApplicationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ApproveOrgApplication records a supervisor's approval; the applicant joins when enough
     * supervisors approved.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ApproveOrgApplicationResponse> approveOrgApplication(
        io.leither.v1.ApproveOrgApplicationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApproveOrgApplicationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RejectOrgApplication rejects an application; one supervisor's rejection ends it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RejectOrgApplicationResponse> rejectOrgApplication(
        io.leither.v1.RejectOrgApplicationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRejectOrgApplicationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LeaveOrg ends the caller's membership (or withdraws a pending application). The last
     * supervisor cannot leave (FAILED_PRECONDITION, reason LAST_SUPERVISOR).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LeaveOrgResponse> leaveOrg(
        io.leither.v1.LeaveOrgRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLeaveOrgMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListOrgMembers lists an organization's members and their roles. Members only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListOrgMembersResponse> listOrgMembers(
        io.leither.v1.ListOrgMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOrgMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetOrgMemberRole changes a member's role. Supervisors only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetOrgMemberRoleResponse> setOrgMemberRole(
        io.leither.v1.SetOrgMemberRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetOrgMemberRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RemoveOrgMember removes a member. Supervisors only; the last supervisor cannot be removed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RemoveOrgMemberResponse> removeOrgMember(
        io.leither.v1.RemoveOrgMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveOrgMemberMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ORG = 0;
  private static final int METHODID_GET_ORG_INFO = 1;
  private static final int METHODID_UPDATE_ORG_INFO = 2;
  private static final int METHODID_LIST_ORGS = 3;
  private static final int METHODID_APPLY_TO_ORG = 4;
  private static final int METHODID_LIST_ORG_APPLICATIONS = 5;
  private static final int METHODID_APPROVE_ORG_APPLICATION = 6;
  private static final int METHODID_REJECT_ORG_APPLICATION = 7;
  private static final int METHODID_LEAVE_ORG = 8;
  private static final int METHODID_LIST_ORG_MEMBERS = 9;
  private static final int METHODID_SET_ORG_MEMBER_ROLE = 10;
  private static final int METHODID_REMOVE_ORG_MEMBER = 11;

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
        case METHODID_CREATE_ORG:
          serviceImpl.createOrg((io.leither.v1.CreateOrgRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.CreateOrgResponse>) responseObserver);
          break;
        case METHODID_GET_ORG_INFO:
          serviceImpl.getOrgInfo((io.leither.v1.GetOrgInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetOrgInfoResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ORG_INFO:
          serviceImpl.updateOrgInfo((io.leither.v1.UpdateOrgInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UpdateOrgInfoResponse>) responseObserver);
          break;
        case METHODID_LIST_ORGS:
          serviceImpl.listOrgs((io.leither.v1.ListOrgsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListOrgsResponse>) responseObserver);
          break;
        case METHODID_APPLY_TO_ORG:
          serviceImpl.applyToOrg((io.leither.v1.ApplyToOrgRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ApplyToOrgResponse>) responseObserver);
          break;
        case METHODID_LIST_ORG_APPLICATIONS:
          serviceImpl.listOrgApplications((io.leither.v1.ListOrgApplicationsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListOrgApplicationsResponse>) responseObserver);
          break;
        case METHODID_APPROVE_ORG_APPLICATION:
          serviceImpl.approveOrgApplication((io.leither.v1.ApproveOrgApplicationRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ApproveOrgApplicationResponse>) responseObserver);
          break;
        case METHODID_REJECT_ORG_APPLICATION:
          serviceImpl.rejectOrgApplication((io.leither.v1.RejectOrgApplicationRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RejectOrgApplicationResponse>) responseObserver);
          break;
        case METHODID_LEAVE_ORG:
          serviceImpl.leaveOrg((io.leither.v1.LeaveOrgRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LeaveOrgResponse>) responseObserver);
          break;
        case METHODID_LIST_ORG_MEMBERS:
          serviceImpl.listOrgMembers((io.leither.v1.ListOrgMembersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListOrgMembersResponse>) responseObserver);
          break;
        case METHODID_SET_ORG_MEMBER_ROLE:
          serviceImpl.setOrgMemberRole((io.leither.v1.SetOrgMemberRoleRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetOrgMemberRoleResponse>) responseObserver);
          break;
        case METHODID_REMOVE_ORG_MEMBER:
          serviceImpl.removeOrgMember((io.leither.v1.RemoveOrgMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RemoveOrgMemberResponse>) responseObserver);
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
          getCreateOrgMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.CreateOrgRequest,
              io.leither.v1.CreateOrgResponse>(
                service, METHODID_CREATE_ORG)))
        .addMethod(
          getGetOrgInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetOrgInfoRequest,
              io.leither.v1.GetOrgInfoResponse>(
                service, METHODID_GET_ORG_INFO)))
        .addMethod(
          getUpdateOrgInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UpdateOrgInfoRequest,
              io.leither.v1.UpdateOrgInfoResponse>(
                service, METHODID_UPDATE_ORG_INFO)))
        .addMethod(
          getListOrgsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListOrgsRequest,
              io.leither.v1.ListOrgsResponse>(
                service, METHODID_LIST_ORGS)))
        .addMethod(
          getApplyToOrgMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ApplyToOrgRequest,
              io.leither.v1.ApplyToOrgResponse>(
                service, METHODID_APPLY_TO_ORG)))
        .addMethod(
          getListOrgApplicationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListOrgApplicationsRequest,
              io.leither.v1.ListOrgApplicationsResponse>(
                service, METHODID_LIST_ORG_APPLICATIONS)))
        .addMethod(
          getApproveOrgApplicationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ApproveOrgApplicationRequest,
              io.leither.v1.ApproveOrgApplicationResponse>(
                service, METHODID_APPROVE_ORG_APPLICATION)))
        .addMethod(
          getRejectOrgApplicationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RejectOrgApplicationRequest,
              io.leither.v1.RejectOrgApplicationResponse>(
                service, METHODID_REJECT_ORG_APPLICATION)))
        .addMethod(
          getLeaveOrgMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LeaveOrgRequest,
              io.leither.v1.LeaveOrgResponse>(
                service, METHODID_LEAVE_ORG)))
        .addMethod(
          getListOrgMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListOrgMembersRequest,
              io.leither.v1.ListOrgMembersResponse>(
                service, METHODID_LIST_ORG_MEMBERS)))
        .addMethod(
          getSetOrgMemberRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetOrgMemberRoleRequest,
              io.leither.v1.SetOrgMemberRoleResponse>(
                service, METHODID_SET_ORG_MEMBER_ROLE)))
        .addMethod(
          getRemoveOrgMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RemoveOrgMemberRequest,
              io.leither.v1.RemoveOrgMemberResponse>(
                service, METHODID_REMOVE_ORG_MEMBER)))
        .build();
  }

  private static abstract class OrgServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    OrgServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.OrgServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("OrgService");
    }
  }

  private static final class OrgServiceFileDescriptorSupplier
      extends OrgServiceBaseDescriptorSupplier {
    OrgServiceFileDescriptorSupplier() {}
  }

  private static final class OrgServiceMethodDescriptorSupplier
      extends OrgServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    OrgServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (OrgServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new OrgServiceFileDescriptorSupplier())
              .addMethod(getCreateOrgMethod())
              .addMethod(getGetOrgInfoMethod())
              .addMethod(getUpdateOrgInfoMethod())
              .addMethod(getListOrgsMethod())
              .addMethod(getApplyToOrgMethod())
              .addMethod(getListOrgApplicationsMethod())
              .addMethod(getApproveOrgApplicationMethod())
              .addMethod(getRejectOrgApplicationMethod())
              .addMethod(getLeaveOrgMethod())
              .addMethod(getListOrgMembersMethod())
              .addMethod(getSetOrgMemberRoleMethod())
              .addMethod(getRemoveOrgMemberMethod())
              .build();
        }
      }
    }
    return result;
  }
}
