package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * IdentityService registers users, logs them in and out, and issues and verifies the signed
 * documents (passes and certificates) that carry identity between nodes.
 * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
 * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class IdentityServiceGrpc {

  private IdentityServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.IdentityService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RegisterRequest,
      io.leither.v1.RegisterResponse> getRegisterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Register",
      requestType = io.leither.v1.RegisterRequest.class,
      responseType = io.leither.v1.RegisterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RegisterRequest,
      io.leither.v1.RegisterResponse> getRegisterMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RegisterRequest, io.leither.v1.RegisterResponse> getRegisterMethod;
    if ((getRegisterMethod = IdentityServiceGrpc.getRegisterMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getRegisterMethod = IdentityServiceGrpc.getRegisterMethod) == null) {
          IdentityServiceGrpc.getRegisterMethod = getRegisterMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RegisterRequest, io.leither.v1.RegisterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Register"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RegisterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RegisterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("Register"))
              .build();
        }
      }
    }
    return getRegisterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LoginRequest,
      io.leither.v1.LoginResponse> getLoginMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Login",
      requestType = io.leither.v1.LoginRequest.class,
      responseType = io.leither.v1.LoginResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LoginRequest,
      io.leither.v1.LoginResponse> getLoginMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LoginRequest, io.leither.v1.LoginResponse> getLoginMethod;
    if ((getLoginMethod = IdentityServiceGrpc.getLoginMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getLoginMethod = IdentityServiceGrpc.getLoginMethod) == null) {
          IdentityServiceGrpc.getLoginMethod = getLoginMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LoginRequest, io.leither.v1.LoginResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Login"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LoginRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LoginResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("Login"))
              .build();
        }
      }
    }
    return getLoginMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.LogoutRequest,
      io.leither.v1.LogoutResponse> getLogoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Logout",
      requestType = io.leither.v1.LogoutRequest.class,
      responseType = io.leither.v1.LogoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.LogoutRequest,
      io.leither.v1.LogoutResponse> getLogoutMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.LogoutRequest, io.leither.v1.LogoutResponse> getLogoutMethod;
    if ((getLogoutMethod = IdentityServiceGrpc.getLogoutMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getLogoutMethod = IdentityServiceGrpc.getLogoutMethod) == null) {
          IdentityServiceGrpc.getLogoutMethod = getLogoutMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.LogoutRequest, io.leither.v1.LogoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Logout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LogoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.LogoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("Logout"))
              .build();
        }
      }
    }
    return getLogoutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetUserInfoRequest,
      io.leither.v1.GetUserInfoResponse> getGetUserInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetUserInfo",
      requestType = io.leither.v1.GetUserInfoRequest.class,
      responseType = io.leither.v1.GetUserInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetUserInfoRequest,
      io.leither.v1.GetUserInfoResponse> getGetUserInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetUserInfoRequest, io.leither.v1.GetUserInfoResponse> getGetUserInfoMethod;
    if ((getGetUserInfoMethod = IdentityServiceGrpc.getGetUserInfoMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getGetUserInfoMethod = IdentityServiceGrpc.getGetUserInfoMethod) == null) {
          IdentityServiceGrpc.getGetUserInfoMethod = getGetUserInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetUserInfoRequest, io.leither.v1.GetUserInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetUserInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetUserInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetUserInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("GetUserInfo"))
              .build();
        }
      }
    }
    return getGetUserInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SetUserInfoRequest,
      io.leither.v1.SetUserInfoResponse> getSetUserInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetUserInfo",
      requestType = io.leither.v1.SetUserInfoRequest.class,
      responseType = io.leither.v1.SetUserInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SetUserInfoRequest,
      io.leither.v1.SetUserInfoResponse> getSetUserInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SetUserInfoRequest, io.leither.v1.SetUserInfoResponse> getSetUserInfoMethod;
    if ((getSetUserInfoMethod = IdentityServiceGrpc.getSetUserInfoMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getSetUserInfoMethod = IdentityServiceGrpc.getSetUserInfoMethod) == null) {
          IdentityServiceGrpc.getSetUserInfoMethod = getSetUserInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SetUserInfoRequest, io.leither.v1.SetUserInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetUserInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetUserInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SetUserInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("SetUserInfo"))
              .build();
        }
      }
    }
    return getSetUserInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SignPassRequest,
      io.leither.v1.SignPassResponse> getSignPassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignPass",
      requestType = io.leither.v1.SignPassRequest.class,
      responseType = io.leither.v1.SignPassResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SignPassRequest,
      io.leither.v1.SignPassResponse> getSignPassMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SignPassRequest, io.leither.v1.SignPassResponse> getSignPassMethod;
    if ((getSignPassMethod = IdentityServiceGrpc.getSignPassMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getSignPassMethod = IdentityServiceGrpc.getSignPassMethod) == null) {
          IdentityServiceGrpc.getSignPassMethod = getSignPassMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SignPassRequest, io.leither.v1.SignPassResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignPass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SignPassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SignPassResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("SignPass"))
              .build();
        }
      }
    }
    return getSignPassMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.VerifyPassRequest,
      io.leither.v1.VerifyPassResponse> getVerifyPassMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyPass",
      requestType = io.leither.v1.VerifyPassRequest.class,
      responseType = io.leither.v1.VerifyPassResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.VerifyPassRequest,
      io.leither.v1.VerifyPassResponse> getVerifyPassMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.VerifyPassRequest, io.leither.v1.VerifyPassResponse> getVerifyPassMethod;
    if ((getVerifyPassMethod = IdentityServiceGrpc.getVerifyPassMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getVerifyPassMethod = IdentityServiceGrpc.getVerifyPassMethod) == null) {
          IdentityServiceGrpc.getVerifyPassMethod = getVerifyPassMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.VerifyPassRequest, io.leither.v1.VerifyPassResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyPass"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VerifyPassRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VerifyPassResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("VerifyPass"))
              .build();
        }
      }
    }
    return getVerifyPassMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SignRequest,
      io.leither.v1.SignResponse> getSignMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Sign",
      requestType = io.leither.v1.SignRequest.class,
      responseType = io.leither.v1.SignResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SignRequest,
      io.leither.v1.SignResponse> getSignMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SignRequest, io.leither.v1.SignResponse> getSignMethod;
    if ((getSignMethod = IdentityServiceGrpc.getSignMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getSignMethod = IdentityServiceGrpc.getSignMethod) == null) {
          IdentityServiceGrpc.getSignMethod = getSignMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SignRequest, io.leither.v1.SignResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Sign"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SignRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SignResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("Sign"))
              .build();
        }
      }
    }
    return getSignMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.VerifySignatureRequest,
      io.leither.v1.VerifySignatureResponse> getVerifySignatureMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifySignature",
      requestType = io.leither.v1.VerifySignatureRequest.class,
      responseType = io.leither.v1.VerifySignatureResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.VerifySignatureRequest,
      io.leither.v1.VerifySignatureResponse> getVerifySignatureMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.VerifySignatureRequest, io.leither.v1.VerifySignatureResponse> getVerifySignatureMethod;
    if ((getVerifySignatureMethod = IdentityServiceGrpc.getVerifySignatureMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getVerifySignatureMethod = IdentityServiceGrpc.getVerifySignatureMethod) == null) {
          IdentityServiceGrpc.getVerifySignatureMethod = getVerifySignatureMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.VerifySignatureRequest, io.leither.v1.VerifySignatureResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifySignature"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VerifySignatureRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VerifySignatureResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("VerifySignature"))
              .build();
        }
      }
    }
    return getVerifySignatureMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.IssueCertificateRequest,
      io.leither.v1.IssueCertificateResponse> getIssueCertificateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IssueCertificate",
      requestType = io.leither.v1.IssueCertificateRequest.class,
      responseType = io.leither.v1.IssueCertificateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.IssueCertificateRequest,
      io.leither.v1.IssueCertificateResponse> getIssueCertificateMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.IssueCertificateRequest, io.leither.v1.IssueCertificateResponse> getIssueCertificateMethod;
    if ((getIssueCertificateMethod = IdentityServiceGrpc.getIssueCertificateMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getIssueCertificateMethod = IdentityServiceGrpc.getIssueCertificateMethod) == null) {
          IdentityServiceGrpc.getIssueCertificateMethod = getIssueCertificateMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.IssueCertificateRequest, io.leither.v1.IssueCertificateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IssueCertificate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.IssueCertificateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.IssueCertificateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("IssueCertificate"))
              .build();
        }
      }
    }
    return getIssueCertificateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.VerifyCertificateRequest,
      io.leither.v1.VerifyCertificateResponse> getVerifyCertificateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyCertificate",
      requestType = io.leither.v1.VerifyCertificateRequest.class,
      responseType = io.leither.v1.VerifyCertificateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.VerifyCertificateRequest,
      io.leither.v1.VerifyCertificateResponse> getVerifyCertificateMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.VerifyCertificateRequest, io.leither.v1.VerifyCertificateResponse> getVerifyCertificateMethod;
    if ((getVerifyCertificateMethod = IdentityServiceGrpc.getVerifyCertificateMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getVerifyCertificateMethod = IdentityServiceGrpc.getVerifyCertificateMethod) == null) {
          IdentityServiceGrpc.getVerifyCertificateMethod = getVerifyCertificateMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.VerifyCertificateRequest, io.leither.v1.VerifyCertificateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyCertificate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VerifyCertificateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VerifyCertificateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("VerifyCertificate"))
              .build();
        }
      }
    }
    return getVerifyCertificateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.TrustIssuerRequest,
      io.leither.v1.TrustIssuerResponse> getTrustIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TrustIssuer",
      requestType = io.leither.v1.TrustIssuerRequest.class,
      responseType = io.leither.v1.TrustIssuerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.TrustIssuerRequest,
      io.leither.v1.TrustIssuerResponse> getTrustIssuerMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.TrustIssuerRequest, io.leither.v1.TrustIssuerResponse> getTrustIssuerMethod;
    if ((getTrustIssuerMethod = IdentityServiceGrpc.getTrustIssuerMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getTrustIssuerMethod = IdentityServiceGrpc.getTrustIssuerMethod) == null) {
          IdentityServiceGrpc.getTrustIssuerMethod = getTrustIssuerMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.TrustIssuerRequest, io.leither.v1.TrustIssuerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TrustIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.TrustIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.TrustIssuerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("TrustIssuer"))
              .build();
        }
      }
    }
    return getTrustIssuerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.UntrustIssuerRequest,
      io.leither.v1.UntrustIssuerResponse> getUntrustIssuerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UntrustIssuer",
      requestType = io.leither.v1.UntrustIssuerRequest.class,
      responseType = io.leither.v1.UntrustIssuerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.UntrustIssuerRequest,
      io.leither.v1.UntrustIssuerResponse> getUntrustIssuerMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.UntrustIssuerRequest, io.leither.v1.UntrustIssuerResponse> getUntrustIssuerMethod;
    if ((getUntrustIssuerMethod = IdentityServiceGrpc.getUntrustIssuerMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getUntrustIssuerMethod = IdentityServiceGrpc.getUntrustIssuerMethod) == null) {
          IdentityServiceGrpc.getUntrustIssuerMethod = getUntrustIssuerMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.UntrustIssuerRequest, io.leither.v1.UntrustIssuerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UntrustIssuer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UntrustIssuerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.UntrustIssuerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("UntrustIssuer"))
              .build();
        }
      }
    }
    return getUntrustIssuerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListTrustedIssuersRequest,
      io.leither.v1.ListTrustedIssuersResponse> getListTrustedIssuersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTrustedIssuers",
      requestType = io.leither.v1.ListTrustedIssuersRequest.class,
      responseType = io.leither.v1.ListTrustedIssuersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListTrustedIssuersRequest,
      io.leither.v1.ListTrustedIssuersResponse> getListTrustedIssuersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListTrustedIssuersRequest, io.leither.v1.ListTrustedIssuersResponse> getListTrustedIssuersMethod;
    if ((getListTrustedIssuersMethod = IdentityServiceGrpc.getListTrustedIssuersMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getListTrustedIssuersMethod = IdentityServiceGrpc.getListTrustedIssuersMethod) == null) {
          IdentityServiceGrpc.getListTrustedIssuersMethod = getListTrustedIssuersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListTrustedIssuersRequest, io.leither.v1.ListTrustedIssuersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTrustedIssuers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTrustedIssuersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTrustedIssuersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("ListTrustedIssuers"))
              .build();
        }
      }
    }
    return getListTrustedIssuersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RequestServiceRequest,
      io.leither.v1.RequestServiceResponse> getRequestServiceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RequestService",
      requestType = io.leither.v1.RequestServiceRequest.class,
      responseType = io.leither.v1.RequestServiceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RequestServiceRequest,
      io.leither.v1.RequestServiceResponse> getRequestServiceMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RequestServiceRequest, io.leither.v1.RequestServiceResponse> getRequestServiceMethod;
    if ((getRequestServiceMethod = IdentityServiceGrpc.getRequestServiceMethod) == null) {
      synchronized (IdentityServiceGrpc.class) {
        if ((getRequestServiceMethod = IdentityServiceGrpc.getRequestServiceMethod) == null) {
          IdentityServiceGrpc.getRequestServiceMethod = getRequestServiceMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RequestServiceRequest, io.leither.v1.RequestServiceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RequestService"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RequestServiceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RequestServiceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new IdentityServiceMethodDescriptorSupplier("RequestService"))
              .build();
        }
      }
    }
    return getRequestServiceMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static IdentityServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IdentityServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IdentityServiceStub>() {
        @java.lang.Override
        public IdentityServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IdentityServiceStub(channel, callOptions);
        }
      };
    return IdentityServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static IdentityServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IdentityServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IdentityServiceBlockingV2Stub>() {
        @java.lang.Override
        public IdentityServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IdentityServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return IdentityServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static IdentityServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IdentityServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IdentityServiceBlockingStub>() {
        @java.lang.Override
        public IdentityServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IdentityServiceBlockingStub(channel, callOptions);
        }
      };
    return IdentityServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static IdentityServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<IdentityServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<IdentityServiceFutureStub>() {
        @java.lang.Override
        public IdentityServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new IdentityServiceFutureStub(channel, callOptions);
        }
      };
    return IdentityServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * IdentityService registers users, logs them in and out, and issues and verifies the signed
   * documents (passes and certificates) that carry identity between nodes.
   * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
   * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Register creates a user on this node: a fresh Ed25519 key pair, its private half stored
     * encrypted under a key derived from the password (scrypt). Fails with ALREADY_EXISTS when the
     * name is taken.
     * </pre>
     */
    default void register(io.leither.v1.RegisterRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RegisterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterMethod(), responseObserver);
    }

    /**
     * <pre>
     * Login starts a session as a guest, by name and password, or by a signed pass from a trusted
     * issuer. Repeated wrong passwords for a name are rate-limited (RESOURCE_EXHAUSTED).
     * </pre>
     */
    default void login(io.leither.v1.LoginRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LoginResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLoginMethod(), responseObserver);
    }

    /**
     * <pre>
     * Logout ends the caller's session; the session id stops working at once.
     * </pre>
     */
    default void logout(io.leither.v1.LogoutRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LogoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogoutMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetUserInfo returns the public information of a user (the caller when no id is given).
     * </pre>
     */
    default void getUserInfo(io.leither.v1.GetUserInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetUserInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetUserInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetUserInfo changes the caller's own profile fields or password.
     * </pre>
     */
    default void setUserInfo(io.leither.v1.SetUserInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetUserInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetUserInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * SignPass issues a pass signed with the caller's key (the session must have been opened with
     * the password, which unlocks the key), carrying `info` and valid for `hours`.
     * </pre>
     */
    default void signPass(io.leither.v1.SignPassRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SignPassResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignPassMethod(), responseObserver);
    }

    /**
     * <pre>
     * VerifyPass checks a pass: its signature, its validity period and whether this node trusts
     * its issuer. An invalid pass is reported in the response, not as an error.
     * </pre>
     */
    default void verifyPass(io.leither.v1.VerifyPassRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VerifyPassResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyPassMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sign signs raw bytes with the caller's key (Ed25519).
     * </pre>
     */
    default void sign(io.leither.v1.SignRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SignResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignMethod(), responseObserver);
    }

    /**
     * <pre>
     * VerifySignature checks an Ed25519 signature of a message by a public key or a user id known
     * to this node.
     * </pre>
     */
    default void verifySignature(io.leither.v1.VerifySignatureRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VerifySignatureResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifySignatureMethod(), responseObserver);
    }

    /**
     * <pre>
     * IssueCertificate signs a certificate with the caller's key: for the caller's own public key
     * (self-signed) or, acting as a certificate authority, for another public key.
     * </pre>
     */
    default void issueCertificate(io.leither.v1.IssueCertificateRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.IssueCertificateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIssueCertificateMethod(), responseObserver);
    }

    /**
     * <pre>
     * VerifyCertificate checks a certificate offline: signature, validity period and, when
     * `ca_public_key` is given, that this CA issued it.
     * </pre>
     */
    default void verifyCertificate(io.leither.v1.VerifyCertificateRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VerifyCertificateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyCertificateMethod(), responseObserver);
    }

    /**
     * <pre>
     * TrustIssuer makes passes signed by an issuer's key log in on this node. Node admins only.
     * </pre>
     */
    default void trustIssuer(io.leither.v1.TrustIssuerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.TrustIssuerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTrustIssuerMethod(), responseObserver);
    }

    /**
     * <pre>
     * UntrustIssuer withdraws the trust given by TrustIssuer. Node admins only.
     * </pre>
     */
    default void untrustIssuer(io.leither.v1.UntrustIssuerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UntrustIssuerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUntrustIssuerMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListTrustedIssuers lists the issuers whose passes log in on this node.
     * </pre>
     */
    default void listTrustedIssuers(io.leither.v1.ListTrustedIssuersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTrustedIssuersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTrustedIssuersMethod(), responseObserver);
    }

    /**
     * <pre>
     * RequestService asks this node to grant a service (for example "mimei" or "relay") to the
     * holder of a self-signed pass naming it; the node's policy decides.
     * </pre>
     */
    default void requestService(io.leither.v1.RequestServiceRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RequestServiceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRequestServiceMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service IdentityService.
   * <pre>
   * IdentityService registers users, logs them in and out, and issues and verifies the signed
   * documents (passes and certificates) that carry identity between nodes.
   * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
   * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
   * </pre>
   */
  public static abstract class IdentityServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return IdentityServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service IdentityService.
   * <pre>
   * IdentityService registers users, logs them in and out, and issues and verifies the signed
   * documents (passes and certificates) that carry identity between nodes.
   * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
   * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
   * </pre>
   */
  public static final class IdentityServiceStub
      extends io.grpc.stub.AbstractAsyncStub<IdentityServiceStub> {
    private IdentityServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IdentityServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IdentityServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Register creates a user on this node: a fresh Ed25519 key pair, its private half stored
     * encrypted under a key derived from the password (scrypt). Fails with ALREADY_EXISTS when the
     * name is taken.
     * </pre>
     */
    public void register(io.leither.v1.RegisterRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RegisterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Login starts a session as a guest, by name and password, or by a signed pass from a trusted
     * issuer. Repeated wrong passwords for a name are rate-limited (RESOURCE_EXHAUSTED).
     * </pre>
     */
    public void login(io.leither.v1.LoginRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LoginResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLoginMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Logout ends the caller's session; the session id stops working at once.
     * </pre>
     */
    public void logout(io.leither.v1.LogoutRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.LogoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogoutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetUserInfo returns the public information of a user (the caller when no id is given).
     * </pre>
     */
    public void getUserInfo(io.leither.v1.GetUserInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetUserInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetUserInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetUserInfo changes the caller's own profile fields or password.
     * </pre>
     */
    public void setUserInfo(io.leither.v1.SetUserInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SetUserInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetUserInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SignPass issues a pass signed with the caller's key (the session must have been opened with
     * the password, which unlocks the key), carrying `info` and valid for `hours`.
     * </pre>
     */
    public void signPass(io.leither.v1.SignPassRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SignPassResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignPassMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VerifyPass checks a pass: its signature, its validity period and whether this node trusts
     * its issuer. An invalid pass is reported in the response, not as an error.
     * </pre>
     */
    public void verifyPass(io.leither.v1.VerifyPassRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VerifyPassResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyPassMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sign signs raw bytes with the caller's key (Ed25519).
     * </pre>
     */
    public void sign(io.leither.v1.SignRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SignResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VerifySignature checks an Ed25519 signature of a message by a public key or a user id known
     * to this node.
     * </pre>
     */
    public void verifySignature(io.leither.v1.VerifySignatureRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VerifySignatureResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifySignatureMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * IssueCertificate signs a certificate with the caller's key: for the caller's own public key
     * (self-signed) or, acting as a certificate authority, for another public key.
     * </pre>
     */
    public void issueCertificate(io.leither.v1.IssueCertificateRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.IssueCertificateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIssueCertificateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VerifyCertificate checks a certificate offline: signature, validity period and, when
     * `ca_public_key` is given, that this CA issued it.
     * </pre>
     */
    public void verifyCertificate(io.leither.v1.VerifyCertificateRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VerifyCertificateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyCertificateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * TrustIssuer makes passes signed by an issuer's key log in on this node. Node admins only.
     * </pre>
     */
    public void trustIssuer(io.leither.v1.TrustIssuerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.TrustIssuerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTrustIssuerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UntrustIssuer withdraws the trust given by TrustIssuer. Node admins only.
     * </pre>
     */
    public void untrustIssuer(io.leither.v1.UntrustIssuerRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.UntrustIssuerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUntrustIssuerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListTrustedIssuers lists the issuers whose passes log in on this node.
     * </pre>
     */
    public void listTrustedIssuers(io.leither.v1.ListTrustedIssuersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTrustedIssuersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTrustedIssuersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RequestService asks this node to grant a service (for example "mimei" or "relay") to the
     * holder of a self-signed pass naming it; the node's policy decides.
     * </pre>
     */
    public void requestService(io.leither.v1.RequestServiceRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RequestServiceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRequestServiceMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service IdentityService.
   * <pre>
   * IdentityService registers users, logs them in and out, and issues and verifies the signed
   * documents (passes and certificates) that carry identity between nodes.
   * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
   * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
   * </pre>
   */
  public static final class IdentityServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<IdentityServiceBlockingV2Stub> {
    private IdentityServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IdentityServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IdentityServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Register creates a user on this node: a fresh Ed25519 key pair, its private half stored
     * encrypted under a key derived from the password (scrypt). Fails with ALREADY_EXISTS when the
     * name is taken.
     * </pre>
     */
    public io.leither.v1.RegisterResponse register(io.leither.v1.RegisterRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRegisterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Login starts a session as a guest, by name and password, or by a signed pass from a trusted
     * issuer. Repeated wrong passwords for a name are rate-limited (RESOURCE_EXHAUSTED).
     * </pre>
     */
    public io.leither.v1.LoginResponse login(io.leither.v1.LoginRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLoginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Logout ends the caller's session; the session id stops working at once.
     * </pre>
     */
    public io.leither.v1.LogoutResponse logout(io.leither.v1.LogoutRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLogoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetUserInfo returns the public information of a user (the caller when no id is given).
     * </pre>
     */
    public io.leither.v1.GetUserInfoResponse getUserInfo(io.leither.v1.GetUserInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetUserInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetUserInfo changes the caller's own profile fields or password.
     * </pre>
     */
    public io.leither.v1.SetUserInfoResponse setUserInfo(io.leither.v1.SetUserInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetUserInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SignPass issues a pass signed with the caller's key (the session must have been opened with
     * the password, which unlocks the key), carrying `info` and valid for `hours`.
     * </pre>
     */
    public io.leither.v1.SignPassResponse signPass(io.leither.v1.SignPassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignPassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyPass checks a pass: its signature, its validity period and whether this node trusts
     * its issuer. An invalid pass is reported in the response, not as an error.
     * </pre>
     */
    public io.leither.v1.VerifyPassResponse verifyPass(io.leither.v1.VerifyPassRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyPassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sign signs raw bytes with the caller's key (Ed25519).
     * </pre>
     */
    public io.leither.v1.SignResponse sign(io.leither.v1.SignRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifySignature checks an Ed25519 signature of a message by a public key or a user id known
     * to this node.
     * </pre>
     */
    public io.leither.v1.VerifySignatureResponse verifySignature(io.leither.v1.VerifySignatureRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifySignatureMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * IssueCertificate signs a certificate with the caller's key: for the caller's own public key
     * (self-signed) or, acting as a certificate authority, for another public key.
     * </pre>
     */
    public io.leither.v1.IssueCertificateResponse issueCertificate(io.leither.v1.IssueCertificateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIssueCertificateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyCertificate checks a certificate offline: signature, validity period and, when
     * `ca_public_key` is given, that this CA issued it.
     * </pre>
     */
    public io.leither.v1.VerifyCertificateResponse verifyCertificate(io.leither.v1.VerifyCertificateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVerifyCertificateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TrustIssuer makes passes signed by an issuer's key log in on this node. Node admins only.
     * </pre>
     */
    public io.leither.v1.TrustIssuerResponse trustIssuer(io.leither.v1.TrustIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTrustIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UntrustIssuer withdraws the trust given by TrustIssuer. Node admins only.
     * </pre>
     */
    public io.leither.v1.UntrustIssuerResponse untrustIssuer(io.leither.v1.UntrustIssuerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUntrustIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTrustedIssuers lists the issuers whose passes log in on this node.
     * </pre>
     */
    public io.leither.v1.ListTrustedIssuersResponse listTrustedIssuers(io.leither.v1.ListTrustedIssuersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTrustedIssuersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RequestService asks this node to grant a service (for example "mimei" or "relay") to the
     * holder of a self-signed pass naming it; the node's policy decides.
     * </pre>
     */
    public io.leither.v1.RequestServiceResponse requestService(io.leither.v1.RequestServiceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRequestServiceMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service IdentityService.
   * <pre>
   * IdentityService registers users, logs them in and out, and issues and verifies the signed
   * documents (passes and certificates) that carry identity between nodes.
   * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
   * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
   * </pre>
   */
  public static final class IdentityServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<IdentityServiceBlockingStub> {
    private IdentityServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IdentityServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IdentityServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Register creates a user on this node: a fresh Ed25519 key pair, its private half stored
     * encrypted under a key derived from the password (scrypt). Fails with ALREADY_EXISTS when the
     * name is taken.
     * </pre>
     */
    public io.leither.v1.RegisterResponse register(io.leither.v1.RegisterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Login starts a session as a guest, by name and password, or by a signed pass from a trusted
     * issuer. Repeated wrong passwords for a name are rate-limited (RESOURCE_EXHAUSTED).
     * </pre>
     */
    public io.leither.v1.LoginResponse login(io.leither.v1.LoginRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLoginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Logout ends the caller's session; the session id stops working at once.
     * </pre>
     */
    public io.leither.v1.LogoutResponse logout(io.leither.v1.LogoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetUserInfo returns the public information of a user (the caller when no id is given).
     * </pre>
     */
    public io.leither.v1.GetUserInfoResponse getUserInfo(io.leither.v1.GetUserInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetUserInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetUserInfo changes the caller's own profile fields or password.
     * </pre>
     */
    public io.leither.v1.SetUserInfoResponse setUserInfo(io.leither.v1.SetUserInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetUserInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SignPass issues a pass signed with the caller's key (the session must have been opened with
     * the password, which unlocks the key), carrying `info` and valid for `hours`.
     * </pre>
     */
    public io.leither.v1.SignPassResponse signPass(io.leither.v1.SignPassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignPassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyPass checks a pass: its signature, its validity period and whether this node trusts
     * its issuer. An invalid pass is reported in the response, not as an error.
     * </pre>
     */
    public io.leither.v1.VerifyPassResponse verifyPass(io.leither.v1.VerifyPassRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyPassMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sign signs raw bytes with the caller's key (Ed25519).
     * </pre>
     */
    public io.leither.v1.SignResponse sign(io.leither.v1.SignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifySignature checks an Ed25519 signature of a message by a public key or a user id known
     * to this node.
     * </pre>
     */
    public io.leither.v1.VerifySignatureResponse verifySignature(io.leither.v1.VerifySignatureRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifySignatureMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * IssueCertificate signs a certificate with the caller's key: for the caller's own public key
     * (self-signed) or, acting as a certificate authority, for another public key.
     * </pre>
     */
    public io.leither.v1.IssueCertificateResponse issueCertificate(io.leither.v1.IssueCertificateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIssueCertificateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VerifyCertificate checks a certificate offline: signature, validity period and, when
     * `ca_public_key` is given, that this CA issued it.
     * </pre>
     */
    public io.leither.v1.VerifyCertificateResponse verifyCertificate(io.leither.v1.VerifyCertificateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyCertificateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TrustIssuer makes passes signed by an issuer's key log in on this node. Node admins only.
     * </pre>
     */
    public io.leither.v1.TrustIssuerResponse trustIssuer(io.leither.v1.TrustIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTrustIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UntrustIssuer withdraws the trust given by TrustIssuer. Node admins only.
     * </pre>
     */
    public io.leither.v1.UntrustIssuerResponse untrustIssuer(io.leither.v1.UntrustIssuerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUntrustIssuerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTrustedIssuers lists the issuers whose passes log in on this node.
     * </pre>
     */
    public io.leither.v1.ListTrustedIssuersResponse listTrustedIssuers(io.leither.v1.ListTrustedIssuersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTrustedIssuersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RequestService asks this node to grant a service (for example "mimei" or "relay") to the
     * holder of a self-signed pass naming it; the node's policy decides.
     * </pre>
     */
    public io.leither.v1.RequestServiceResponse requestService(io.leither.v1.RequestServiceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRequestServiceMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service IdentityService.
   * <pre>
   * IdentityService registers users, logs them in and out, and issues and verifies the signed
   * documents (passes and certificates) that carry identity between nodes.
   * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
   * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
   * </pre>
   */
  public static final class IdentityServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<IdentityServiceFutureStub> {
    private IdentityServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected IdentityServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new IdentityServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Register creates a user on this node: a fresh Ed25519 key pair, its private half stored
     * encrypted under a key derived from the password (scrypt). Fails with ALREADY_EXISTS when the
     * name is taken.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RegisterResponse> register(
        io.leither.v1.RegisterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Login starts a session as a guest, by name and password, or by a signed pass from a trusted
     * issuer. Repeated wrong passwords for a name are rate-limited (RESOURCE_EXHAUSTED).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LoginResponse> login(
        io.leither.v1.LoginRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLoginMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Logout ends the caller's session; the session id stops working at once.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.LogoutResponse> logout(
        io.leither.v1.LogoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogoutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetUserInfo returns the public information of a user (the caller when no id is given).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetUserInfoResponse> getUserInfo(
        io.leither.v1.GetUserInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetUserInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetUserInfo changes the caller's own profile fields or password.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SetUserInfoResponse> setUserInfo(
        io.leither.v1.SetUserInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetUserInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SignPass issues a pass signed with the caller's key (the session must have been opened with
     * the password, which unlocks the key), carrying `info` and valid for `hours`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SignPassResponse> signPass(
        io.leither.v1.SignPassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignPassMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VerifyPass checks a pass: its signature, its validity period and whether this node trusts
     * its issuer. An invalid pass is reported in the response, not as an error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.VerifyPassResponse> verifyPass(
        io.leither.v1.VerifyPassRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyPassMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sign signs raw bytes with the caller's key (Ed25519).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SignResponse> sign(
        io.leither.v1.SignRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VerifySignature checks an Ed25519 signature of a message by a public key or a user id known
     * to this node.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.VerifySignatureResponse> verifySignature(
        io.leither.v1.VerifySignatureRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifySignatureMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * IssueCertificate signs a certificate with the caller's key: for the caller's own public key
     * (self-signed) or, acting as a certificate authority, for another public key.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.IssueCertificateResponse> issueCertificate(
        io.leither.v1.IssueCertificateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIssueCertificateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VerifyCertificate checks a certificate offline: signature, validity period and, when
     * `ca_public_key` is given, that this CA issued it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.VerifyCertificateResponse> verifyCertificate(
        io.leither.v1.VerifyCertificateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyCertificateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * TrustIssuer makes passes signed by an issuer's key log in on this node. Node admins only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.TrustIssuerResponse> trustIssuer(
        io.leither.v1.TrustIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTrustIssuerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UntrustIssuer withdraws the trust given by TrustIssuer. Node admins only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.UntrustIssuerResponse> untrustIssuer(
        io.leither.v1.UntrustIssuerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUntrustIssuerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListTrustedIssuers lists the issuers whose passes log in on this node.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListTrustedIssuersResponse> listTrustedIssuers(
        io.leither.v1.ListTrustedIssuersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTrustedIssuersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RequestService asks this node to grant a service (for example "mimei" or "relay") to the
     * holder of a self-signed pass naming it; the node's policy decides.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RequestServiceResponse> requestService(
        io.leither.v1.RequestServiceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRequestServiceMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_REGISTER = 0;
  private static final int METHODID_LOGIN = 1;
  private static final int METHODID_LOGOUT = 2;
  private static final int METHODID_GET_USER_INFO = 3;
  private static final int METHODID_SET_USER_INFO = 4;
  private static final int METHODID_SIGN_PASS = 5;
  private static final int METHODID_VERIFY_PASS = 6;
  private static final int METHODID_SIGN = 7;
  private static final int METHODID_VERIFY_SIGNATURE = 8;
  private static final int METHODID_ISSUE_CERTIFICATE = 9;
  private static final int METHODID_VERIFY_CERTIFICATE = 10;
  private static final int METHODID_TRUST_ISSUER = 11;
  private static final int METHODID_UNTRUST_ISSUER = 12;
  private static final int METHODID_LIST_TRUSTED_ISSUERS = 13;
  private static final int METHODID_REQUEST_SERVICE = 14;

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
        case METHODID_REGISTER:
          serviceImpl.register((io.leither.v1.RegisterRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RegisterResponse>) responseObserver);
          break;
        case METHODID_LOGIN:
          serviceImpl.login((io.leither.v1.LoginRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LoginResponse>) responseObserver);
          break;
        case METHODID_LOGOUT:
          serviceImpl.logout((io.leither.v1.LogoutRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.LogoutResponse>) responseObserver);
          break;
        case METHODID_GET_USER_INFO:
          serviceImpl.getUserInfo((io.leither.v1.GetUserInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetUserInfoResponse>) responseObserver);
          break;
        case METHODID_SET_USER_INFO:
          serviceImpl.setUserInfo((io.leither.v1.SetUserInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SetUserInfoResponse>) responseObserver);
          break;
        case METHODID_SIGN_PASS:
          serviceImpl.signPass((io.leither.v1.SignPassRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SignPassResponse>) responseObserver);
          break;
        case METHODID_VERIFY_PASS:
          serviceImpl.verifyPass((io.leither.v1.VerifyPassRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.VerifyPassResponse>) responseObserver);
          break;
        case METHODID_SIGN:
          serviceImpl.sign((io.leither.v1.SignRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SignResponse>) responseObserver);
          break;
        case METHODID_VERIFY_SIGNATURE:
          serviceImpl.verifySignature((io.leither.v1.VerifySignatureRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.VerifySignatureResponse>) responseObserver);
          break;
        case METHODID_ISSUE_CERTIFICATE:
          serviceImpl.issueCertificate((io.leither.v1.IssueCertificateRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.IssueCertificateResponse>) responseObserver);
          break;
        case METHODID_VERIFY_CERTIFICATE:
          serviceImpl.verifyCertificate((io.leither.v1.VerifyCertificateRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.VerifyCertificateResponse>) responseObserver);
          break;
        case METHODID_TRUST_ISSUER:
          serviceImpl.trustIssuer((io.leither.v1.TrustIssuerRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.TrustIssuerResponse>) responseObserver);
          break;
        case METHODID_UNTRUST_ISSUER:
          serviceImpl.untrustIssuer((io.leither.v1.UntrustIssuerRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.UntrustIssuerResponse>) responseObserver);
          break;
        case METHODID_LIST_TRUSTED_ISSUERS:
          serviceImpl.listTrustedIssuers((io.leither.v1.ListTrustedIssuersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListTrustedIssuersResponse>) responseObserver);
          break;
        case METHODID_REQUEST_SERVICE:
          serviceImpl.requestService((io.leither.v1.RequestServiceRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RequestServiceResponse>) responseObserver);
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
          getRegisterMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RegisterRequest,
              io.leither.v1.RegisterResponse>(
                service, METHODID_REGISTER)))
        .addMethod(
          getLoginMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LoginRequest,
              io.leither.v1.LoginResponse>(
                service, METHODID_LOGIN)))
        .addMethod(
          getLogoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.LogoutRequest,
              io.leither.v1.LogoutResponse>(
                service, METHODID_LOGOUT)))
        .addMethod(
          getGetUserInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetUserInfoRequest,
              io.leither.v1.GetUserInfoResponse>(
                service, METHODID_GET_USER_INFO)))
        .addMethod(
          getSetUserInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SetUserInfoRequest,
              io.leither.v1.SetUserInfoResponse>(
                service, METHODID_SET_USER_INFO)))
        .addMethod(
          getSignPassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SignPassRequest,
              io.leither.v1.SignPassResponse>(
                service, METHODID_SIGN_PASS)))
        .addMethod(
          getVerifyPassMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.VerifyPassRequest,
              io.leither.v1.VerifyPassResponse>(
                service, METHODID_VERIFY_PASS)))
        .addMethod(
          getSignMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SignRequest,
              io.leither.v1.SignResponse>(
                service, METHODID_SIGN)))
        .addMethod(
          getVerifySignatureMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.VerifySignatureRequest,
              io.leither.v1.VerifySignatureResponse>(
                service, METHODID_VERIFY_SIGNATURE)))
        .addMethod(
          getIssueCertificateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.IssueCertificateRequest,
              io.leither.v1.IssueCertificateResponse>(
                service, METHODID_ISSUE_CERTIFICATE)))
        .addMethod(
          getVerifyCertificateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.VerifyCertificateRequest,
              io.leither.v1.VerifyCertificateResponse>(
                service, METHODID_VERIFY_CERTIFICATE)))
        .addMethod(
          getTrustIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.TrustIssuerRequest,
              io.leither.v1.TrustIssuerResponse>(
                service, METHODID_TRUST_ISSUER)))
        .addMethod(
          getUntrustIssuerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.UntrustIssuerRequest,
              io.leither.v1.UntrustIssuerResponse>(
                service, METHODID_UNTRUST_ISSUER)))
        .addMethod(
          getListTrustedIssuersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListTrustedIssuersRequest,
              io.leither.v1.ListTrustedIssuersResponse>(
                service, METHODID_LIST_TRUSTED_ISSUERS)))
        .addMethod(
          getRequestServiceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RequestServiceRequest,
              io.leither.v1.RequestServiceResponse>(
                service, METHODID_REQUEST_SERVICE)))
        .build();
  }

  private static abstract class IdentityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    IdentityServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.IdentityServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("IdentityService");
    }
  }

  private static final class IdentityServiceFileDescriptorSupplier
      extends IdentityServiceBaseDescriptorSupplier {
    IdentityServiceFileDescriptorSupplier() {}
  }

  private static final class IdentityServiceMethodDescriptorSupplier
      extends IdentityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    IdentityServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (IdentityServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new IdentityServiceFileDescriptorSupplier())
              .addMethod(getRegisterMethod())
              .addMethod(getLoginMethod())
              .addMethod(getLogoutMethod())
              .addMethod(getGetUserInfoMethod())
              .addMethod(getSetUserInfoMethod())
              .addMethod(getSignPassMethod())
              .addMethod(getVerifyPassMethod())
              .addMethod(getSignMethod())
              .addMethod(getVerifySignatureMethod())
              .addMethod(getIssueCertificateMethod())
              .addMethod(getVerifyCertificateMethod())
              .addMethod(getTrustIssuerMethod())
              .addMethod(getUntrustIssuerMethod())
              .addMethod(getListTrustedIssuersMethod())
              .addMethod(getRequestServiceMethod())
              .build();
        }
      }
    }
    return result;
  }
}
