package io.leither.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
 * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
 * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
 * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
 * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
 * smallest unit.
 * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
 * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
 * conserve tokens, and only approved rewards create them.
 * Pulses. About once a second the bookkeeper applies the pending transfers and approved
 * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
 * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
 * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
 * countersigned, and stays open to disputes for the publicity period (24 h).
 * Privacy. A caller reads balances and proofs of their own account, of the organization's and
 * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
 * to anyone by handing over a BalanceProof.
 * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
 * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
 * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
 * signing bytes, given with each message below.
 * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
 * compression:
 * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
 *   down), so the most significant bit of the first byte comes first. At depth i, bit i
 *   chooses the child: 0 is left, 1 is right.
 * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
 * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
 * - Internal node hash N = H(0x01 || left child hash || right child hash).
 * - Empty subtree hash E = 32 zero bytes.
 * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
 *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
 *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
 *   halves (one of which may be E).
 * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
 *   with balance 0 and nonce 0 is not in the tree.
 * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
 * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
 *    (and the backup's) signature over it verifies.
 * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
 * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
 *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
 *    account id differs from the proven one and equals it in bits 0 to d-1, then
 *    h = H(0x00 || other account id || other value hash) (absence).
 * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
 *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
 * 5. The proof holds if h equals the pulse's state root.
 * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
 * `credit ledgercount`); this service is new.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class LedgerServiceGrpc {

  private LedgerServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leither.v1.LedgerService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetLedgerInfoRequest,
      io.leither.v1.GetLedgerInfoResponse> getGetLedgerInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLedgerInfo",
      requestType = io.leither.v1.GetLedgerInfoRequest.class,
      responseType = io.leither.v1.GetLedgerInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetLedgerInfoRequest,
      io.leither.v1.GetLedgerInfoResponse> getGetLedgerInfoMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetLedgerInfoRequest, io.leither.v1.GetLedgerInfoResponse> getGetLedgerInfoMethod;
    if ((getGetLedgerInfoMethod = LedgerServiceGrpc.getGetLedgerInfoMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getGetLedgerInfoMethod = LedgerServiceGrpc.getGetLedgerInfoMethod) == null) {
          LedgerServiceGrpc.getGetLedgerInfoMethod = getGetLedgerInfoMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetLedgerInfoRequest, io.leither.v1.GetLedgerInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLedgerInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetLedgerInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetLedgerInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("GetLedgerInfo"))
              .build();
        }
      }
    }
    return getGetLedgerInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetBalanceRequest,
      io.leither.v1.GetBalanceResponse> getGetBalanceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBalance",
      requestType = io.leither.v1.GetBalanceRequest.class,
      responseType = io.leither.v1.GetBalanceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetBalanceRequest,
      io.leither.v1.GetBalanceResponse> getGetBalanceMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetBalanceRequest, io.leither.v1.GetBalanceResponse> getGetBalanceMethod;
    if ((getGetBalanceMethod = LedgerServiceGrpc.getGetBalanceMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getGetBalanceMethod = LedgerServiceGrpc.getGetBalanceMethod) == null) {
          LedgerServiceGrpc.getGetBalanceMethod = getGetBalanceMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetBalanceRequest, io.leither.v1.GetBalanceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBalance"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetBalanceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetBalanceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("GetBalance"))
              .build();
        }
      }
    }
    return getGetBalanceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.SubmitTransferRequest,
      io.leither.v1.SubmitTransferResponse> getSubmitTransferMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubmitTransfer",
      requestType = io.leither.v1.SubmitTransferRequest.class,
      responseType = io.leither.v1.SubmitTransferResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.SubmitTransferRequest,
      io.leither.v1.SubmitTransferResponse> getSubmitTransferMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.SubmitTransferRequest, io.leither.v1.SubmitTransferResponse> getSubmitTransferMethod;
    if ((getSubmitTransferMethod = LedgerServiceGrpc.getSubmitTransferMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getSubmitTransferMethod = LedgerServiceGrpc.getSubmitTransferMethod) == null) {
          LedgerServiceGrpc.getSubmitTransferMethod = getSubmitTransferMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.SubmitTransferRequest, io.leither.v1.SubmitTransferResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubmitTransfer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SubmitTransferRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.SubmitTransferResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("SubmitTransfer"))
              .build();
        }
      }
    }
    return getSubmitTransferMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetTransferRequest,
      io.leither.v1.GetTransferResponse> getGetTransferMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTransfer",
      requestType = io.leither.v1.GetTransferRequest.class,
      responseType = io.leither.v1.GetTransferResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetTransferRequest,
      io.leither.v1.GetTransferResponse> getGetTransferMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetTransferRequest, io.leither.v1.GetTransferResponse> getGetTransferMethod;
    if ((getGetTransferMethod = LedgerServiceGrpc.getGetTransferMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getGetTransferMethod = LedgerServiceGrpc.getGetTransferMethod) == null) {
          LedgerServiceGrpc.getGetTransferMethod = getGetTransferMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetTransferRequest, io.leither.v1.GetTransferResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTransfer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetTransferRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetTransferResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("GetTransfer"))
              .build();
        }
      }
    }
    return getGetTransferMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListTransfersRequest,
      io.leither.v1.ListTransfersResponse> getListTransfersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTransfers",
      requestType = io.leither.v1.ListTransfersRequest.class,
      responseType = io.leither.v1.ListTransfersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListTransfersRequest,
      io.leither.v1.ListTransfersResponse> getListTransfersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListTransfersRequest, io.leither.v1.ListTransfersResponse> getListTransfersMethod;
    if ((getListTransfersMethod = LedgerServiceGrpc.getListTransfersMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getListTransfersMethod = LedgerServiceGrpc.getListTransfersMethod) == null) {
          LedgerServiceGrpc.getListTransfersMethod = getListTransfersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListTransfersRequest, io.leither.v1.ListTransfersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTransfers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTransfersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListTransfersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("ListTransfers"))
              .build();
        }
      }
    }
    return getListTransfersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.AnnounceRewardRequest,
      io.leither.v1.AnnounceRewardResponse> getAnnounceRewardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AnnounceReward",
      requestType = io.leither.v1.AnnounceRewardRequest.class,
      responseType = io.leither.v1.AnnounceRewardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.AnnounceRewardRequest,
      io.leither.v1.AnnounceRewardResponse> getAnnounceRewardMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.AnnounceRewardRequest, io.leither.v1.AnnounceRewardResponse> getAnnounceRewardMethod;
    if ((getAnnounceRewardMethod = LedgerServiceGrpc.getAnnounceRewardMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getAnnounceRewardMethod = LedgerServiceGrpc.getAnnounceRewardMethod) == null) {
          LedgerServiceGrpc.getAnnounceRewardMethod = getAnnounceRewardMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.AnnounceRewardRequest, io.leither.v1.AnnounceRewardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AnnounceReward"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AnnounceRewardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.AnnounceRewardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("AnnounceReward"))
              .build();
        }
      }
    }
    return getAnnounceRewardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.VoteRewardRequest,
      io.leither.v1.VoteRewardResponse> getVoteRewardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VoteReward",
      requestType = io.leither.v1.VoteRewardRequest.class,
      responseType = io.leither.v1.VoteRewardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.VoteRewardRequest,
      io.leither.v1.VoteRewardResponse> getVoteRewardMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.VoteRewardRequest, io.leither.v1.VoteRewardResponse> getVoteRewardMethod;
    if ((getVoteRewardMethod = LedgerServiceGrpc.getVoteRewardMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getVoteRewardMethod = LedgerServiceGrpc.getVoteRewardMethod) == null) {
          LedgerServiceGrpc.getVoteRewardMethod = getVoteRewardMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.VoteRewardRequest, io.leither.v1.VoteRewardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VoteReward"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VoteRewardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VoteRewardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("VoteReward"))
              .build();
        }
      }
    }
    return getVoteRewardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListRewardsRequest,
      io.leither.v1.ListRewardsResponse> getListRewardsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRewards",
      requestType = io.leither.v1.ListRewardsRequest.class,
      responseType = io.leither.v1.ListRewardsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListRewardsRequest,
      io.leither.v1.ListRewardsResponse> getListRewardsMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListRewardsRequest, io.leither.v1.ListRewardsResponse> getListRewardsMethod;
    if ((getListRewardsMethod = LedgerServiceGrpc.getListRewardsMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getListRewardsMethod = LedgerServiceGrpc.getListRewardsMethod) == null) {
          LedgerServiceGrpc.getListRewardsMethod = getListRewardsMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListRewardsRequest, io.leither.v1.ListRewardsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRewards"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListRewardsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListRewardsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("ListRewards"))
              .build();
        }
      }
    }
    return getListRewardsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetPulseRequest,
      io.leither.v1.GetPulseResponse> getGetPulseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPulse",
      requestType = io.leither.v1.GetPulseRequest.class,
      responseType = io.leither.v1.GetPulseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetPulseRequest,
      io.leither.v1.GetPulseResponse> getGetPulseMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetPulseRequest, io.leither.v1.GetPulseResponse> getGetPulseMethod;
    if ((getGetPulseMethod = LedgerServiceGrpc.getGetPulseMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getGetPulseMethod = LedgerServiceGrpc.getGetPulseMethod) == null) {
          LedgerServiceGrpc.getGetPulseMethod = getGetPulseMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetPulseRequest, io.leither.v1.GetPulseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPulse"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetPulseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetPulseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("GetPulse"))
              .build();
        }
      }
    }
    return getGetPulseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListPulsesRequest,
      io.leither.v1.ListPulsesResponse> getListPulsesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPulses",
      requestType = io.leither.v1.ListPulsesRequest.class,
      responseType = io.leither.v1.ListPulsesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListPulsesRequest,
      io.leither.v1.ListPulsesResponse> getListPulsesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListPulsesRequest, io.leither.v1.ListPulsesResponse> getListPulsesMethod;
    if ((getListPulsesMethod = LedgerServiceGrpc.getListPulsesMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getListPulsesMethod = LedgerServiceGrpc.getListPulsesMethod) == null) {
          LedgerServiceGrpc.getListPulsesMethod = getListPulsesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListPulsesRequest, io.leither.v1.ListPulsesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPulses"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListPulsesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListPulsesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("ListPulses"))
              .build();
        }
      }
    }
    return getListPulsesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetBalanceProofRequest,
      io.leither.v1.GetBalanceProofResponse> getGetBalanceProofMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBalanceProof",
      requestType = io.leither.v1.GetBalanceProofRequest.class,
      responseType = io.leither.v1.GetBalanceProofResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetBalanceProofRequest,
      io.leither.v1.GetBalanceProofResponse> getGetBalanceProofMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetBalanceProofRequest, io.leither.v1.GetBalanceProofResponse> getGetBalanceProofMethod;
    if ((getGetBalanceProofMethod = LedgerServiceGrpc.getGetBalanceProofMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getGetBalanceProofMethod = LedgerServiceGrpc.getGetBalanceProofMethod) == null) {
          LedgerServiceGrpc.getGetBalanceProofMethod = getGetBalanceProofMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetBalanceProofRequest, io.leither.v1.GetBalanceProofResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBalanceProof"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetBalanceProofRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetBalanceProofResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("GetBalanceProof"))
              .build();
        }
      }
    }
    return getGetBalanceProofMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.VoteBookkeeperRequest,
      io.leither.v1.VoteBookkeeperResponse> getVoteBookkeeperMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VoteBookkeeper",
      requestType = io.leither.v1.VoteBookkeeperRequest.class,
      responseType = io.leither.v1.VoteBookkeeperResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.VoteBookkeeperRequest,
      io.leither.v1.VoteBookkeeperResponse> getVoteBookkeeperMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.VoteBookkeeperRequest, io.leither.v1.VoteBookkeeperResponse> getVoteBookkeeperMethod;
    if ((getVoteBookkeeperMethod = LedgerServiceGrpc.getVoteBookkeeperMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getVoteBookkeeperMethod = LedgerServiceGrpc.getVoteBookkeeperMethod) == null) {
          LedgerServiceGrpc.getVoteBookkeeperMethod = getVoteBookkeeperMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.VoteBookkeeperRequest, io.leither.v1.VoteBookkeeperResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VoteBookkeeper"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VoteBookkeeperRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.VoteBookkeeperResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("VoteBookkeeper"))
              .build();
        }
      }
    }
    return getVoteBookkeeperMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.GetBookkeepersRequest,
      io.leither.v1.GetBookkeepersResponse> getGetBookkeepersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBookkeepers",
      requestType = io.leither.v1.GetBookkeepersRequest.class,
      responseType = io.leither.v1.GetBookkeepersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.GetBookkeepersRequest,
      io.leither.v1.GetBookkeepersResponse> getGetBookkeepersMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.GetBookkeepersRequest, io.leither.v1.GetBookkeepersResponse> getGetBookkeepersMethod;
    if ((getGetBookkeepersMethod = LedgerServiceGrpc.getGetBookkeepersMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getGetBookkeepersMethod = LedgerServiceGrpc.getGetBookkeepersMethod) == null) {
          LedgerServiceGrpc.getGetBookkeepersMethod = getGetBookkeepersMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.GetBookkeepersRequest, io.leither.v1.GetBookkeepersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBookkeepers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetBookkeepersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.GetBookkeepersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("GetBookkeepers"))
              .build();
        }
      }
    }
    return getGetBookkeepersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.RaiseDisputeRequest,
      io.leither.v1.RaiseDisputeResponse> getRaiseDisputeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RaiseDispute",
      requestType = io.leither.v1.RaiseDisputeRequest.class,
      responseType = io.leither.v1.RaiseDisputeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.RaiseDisputeRequest,
      io.leither.v1.RaiseDisputeResponse> getRaiseDisputeMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.RaiseDisputeRequest, io.leither.v1.RaiseDisputeResponse> getRaiseDisputeMethod;
    if ((getRaiseDisputeMethod = LedgerServiceGrpc.getRaiseDisputeMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getRaiseDisputeMethod = LedgerServiceGrpc.getRaiseDisputeMethod) == null) {
          LedgerServiceGrpc.getRaiseDisputeMethod = getRaiseDisputeMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.RaiseDisputeRequest, io.leither.v1.RaiseDisputeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RaiseDispute"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RaiseDisputeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.RaiseDisputeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("RaiseDispute"))
              .build();
        }
      }
    }
    return getRaiseDisputeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.leither.v1.ListDisputesRequest,
      io.leither.v1.ListDisputesResponse> getListDisputesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDisputes",
      requestType = io.leither.v1.ListDisputesRequest.class,
      responseType = io.leither.v1.ListDisputesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.leither.v1.ListDisputesRequest,
      io.leither.v1.ListDisputesResponse> getListDisputesMethod() {
    io.grpc.MethodDescriptor<io.leither.v1.ListDisputesRequest, io.leither.v1.ListDisputesResponse> getListDisputesMethod;
    if ((getListDisputesMethod = LedgerServiceGrpc.getListDisputesMethod) == null) {
      synchronized (LedgerServiceGrpc.class) {
        if ((getListDisputesMethod = LedgerServiceGrpc.getListDisputesMethod) == null) {
          LedgerServiceGrpc.getListDisputesMethod = getListDisputesMethod =
              io.grpc.MethodDescriptor.<io.leither.v1.ListDisputesRequest, io.leither.v1.ListDisputesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDisputes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListDisputesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.leither.v1.ListDisputesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LedgerServiceMethodDescriptorSupplier("ListDisputes"))
              .build();
        }
      }
    }
    return getListDisputesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static LedgerServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LedgerServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LedgerServiceStub>() {
        @java.lang.Override
        public LedgerServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LedgerServiceStub(channel, callOptions);
        }
      };
    return LedgerServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static LedgerServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LedgerServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LedgerServiceBlockingV2Stub>() {
        @java.lang.Override
        public LedgerServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LedgerServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return LedgerServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static LedgerServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LedgerServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LedgerServiceBlockingStub>() {
        @java.lang.Override
        public LedgerServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LedgerServiceBlockingStub(channel, callOptions);
        }
      };
    return LedgerServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static LedgerServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LedgerServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LedgerServiceFutureStub>() {
        @java.lang.Override
        public LedgerServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LedgerServiceFutureStub(channel, callOptions);
        }
      };
    return LedgerServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
   * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
   * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
   * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
   * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
   * smallest unit.
   * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
   * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
   * conserve tokens, and only approved rewards create them.
   * Pulses. About once a second the bookkeeper applies the pending transfers and approved
   * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
   * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
   * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
   * countersigned, and stays open to disputes for the publicity period (24 h).
   * Privacy. A caller reads balances and proofs of their own account, of the organization's and
   * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
   * to anyone by handing over a BalanceProof.
   * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
   * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
   * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
   * signing bytes, given with each message below.
   * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
   * compression:
   * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
   *   down), so the most significant bit of the first byte comes first. At depth i, bit i
   *   chooses the child: 0 is left, 1 is right.
   * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
   * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
   * - Internal node hash N = H(0x01 || left child hash || right child hash).
   * - Empty subtree hash E = 32 zero bytes.
   * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
   *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
   *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
   *   halves (one of which may be E).
   * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
   *   with balance 0 and nonce 0 is not in the tree.
   * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
   * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
   *    (and the backup's) signature over it verifies.
   * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
   * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
   *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
   *    account id differs from the proven one and equals it in bits 0 to d-1, then
   *    h = H(0x00 || other account id || other value hash) (absence).
   * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
   *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
   * 5. The proof holds if h equals the pulse's state root.
   * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
   * `credit ledgercount`); this service is new.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetLedgerInfo returns an organization's ledger figures and parameters. Open to guests.
     * </pre>
     */
    default void getLedgerInfo(io.leither.v1.GetLedgerInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetLedgerInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLedgerInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetBalance returns an account's balance and nonce as of the newest (or a given) pulse.
     * </pre>
     */
    default void getBalance(io.leither.v1.GetBalanceRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetBalanceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBalanceMethod(), responseObserver);
    }

    /**
     * <pre>
     * SubmitTransfer hands a signed transfer to the bookkeepers. It is checked at once (signature,
     * nonce, balance against the pending state) and applied in a coming pulse.
     * </pre>
     */
    default void submitTransfer(io.leither.v1.SubmitTransferRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SubmitTransferResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubmitTransferMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetTransfer returns a transfer and what became of it. Sender and recipient only.
     * </pre>
     */
    default void getTransfer(io.leither.v1.GetTransferRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetTransferResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTransferMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListTransfers lists the transfers sent or received by the caller's account (or any
     * account readable to the caller), newest first.
     * </pre>
     */
    default void listTransfers(io.leither.v1.ListTransfersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTransfersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTransfersMethod(), responseObserver);
    }

    /**
     * <pre>
     * AnnounceReward proposes to create tokens for an account, with a reason, open to votes
     * until a deadline. Members only.
     * </pre>
     */
    default void announceReward(io.leither.v1.AnnounceRewardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AnnounceRewardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAnnounceRewardMethod(), responseObserver);
    }

    /**
     * <pre>
     * VoteReward casts the caller's balance-weighted vote on an announced reward.
     * </pre>
     */
    default void voteReward(io.leither.v1.VoteRewardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VoteRewardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVoteRewardMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListRewards lists an organization's rewards, newest first. Members only.
     * </pre>
     */
    default void listRewards(io.leither.v1.ListRewardsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListRewardsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRewardsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetPulse returns a sealed pulse (its header and signatures). Open to guests.
     * </pre>
     */
    default void getPulse(io.leither.v1.GetPulseRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetPulseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPulseMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListPulses lists sealed pulses, newest first. Open to guests.
     * </pre>
     */
    default void listPulses(io.leither.v1.ListPulsesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListPulsesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPulsesMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetBalanceProof returns a Merkle proof that an account holds a balance in a pulse, or that
     * it is absent from it, verifiable offline (see LedgerService).
     * </pre>
     */
    default void getBalanceProof(io.leither.v1.GetBalanceProofRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetBalanceProofResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBalanceProofMethod(), responseObserver);
    }

    /**
     * <pre>
     * VoteBookkeeper casts the caller's balance-weighted vote for a node to keep the books in a
     * coming election cycle.
     * </pre>
     */
    default void voteBookkeeper(io.leither.v1.VoteBookkeeperRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VoteBookkeeperResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVoteBookkeeperMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetBookkeepers returns the bookkeeper and backup of a cycle and the vote tally. Open to
     * guests.
     * </pre>
     */
    default void getBookkeepers(io.leither.v1.GetBookkeepersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetBookkeepersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBookkeepersMethod(), responseObserver);
    }

    /**
     * <pre>
     * RaiseDispute contests a sealed pulse within the publicity period. The deposits of the
     * disputing node and of the pulse's bookkeeper are frozen until the other bookkeeping nodes
     * re-execute the pulse and decide.
     * </pre>
     */
    default void raiseDispute(io.leither.v1.RaiseDisputeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RaiseDisputeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRaiseDisputeMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListDisputes lists an organization's disputes, newest first. Open to guests.
     * </pre>
     */
    default void listDisputes(io.leither.v1.ListDisputesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListDisputesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDisputesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service LedgerService.
   * <pre>
   * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
   * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
   * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
   * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
   * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
   * smallest unit.
   * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
   * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
   * conserve tokens, and only approved rewards create them.
   * Pulses. About once a second the bookkeeper applies the pending transfers and approved
   * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
   * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
   * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
   * countersigned, and stays open to disputes for the publicity period (24 h).
   * Privacy. A caller reads balances and proofs of their own account, of the organization's and
   * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
   * to anyone by handing over a BalanceProof.
   * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
   * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
   * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
   * signing bytes, given with each message below.
   * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
   * compression:
   * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
   *   down), so the most significant bit of the first byte comes first. At depth i, bit i
   *   chooses the child: 0 is left, 1 is right.
   * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
   * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
   * - Internal node hash N = H(0x01 || left child hash || right child hash).
   * - Empty subtree hash E = 32 zero bytes.
   * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
   *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
   *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
   *   halves (one of which may be E).
   * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
   *   with balance 0 and nonce 0 is not in the tree.
   * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
   * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
   *    (and the backup's) signature over it verifies.
   * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
   * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
   *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
   *    account id differs from the proven one and equals it in bits 0 to d-1, then
   *    h = H(0x00 || other account id || other value hash) (absence).
   * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
   *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
   * 5. The proof holds if h equals the pulse's state root.
   * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
   * `credit ledgercount`); this service is new.
   * </pre>
   */
  public static abstract class LedgerServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return LedgerServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service LedgerService.
   * <pre>
   * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
   * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
   * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
   * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
   * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
   * smallest unit.
   * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
   * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
   * conserve tokens, and only approved rewards create them.
   * Pulses. About once a second the bookkeeper applies the pending transfers and approved
   * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
   * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
   * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
   * countersigned, and stays open to disputes for the publicity period (24 h).
   * Privacy. A caller reads balances and proofs of their own account, of the organization's and
   * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
   * to anyone by handing over a BalanceProof.
   * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
   * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
   * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
   * signing bytes, given with each message below.
   * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
   * compression:
   * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
   *   down), so the most significant bit of the first byte comes first. At depth i, bit i
   *   chooses the child: 0 is left, 1 is right.
   * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
   * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
   * - Internal node hash N = H(0x01 || left child hash || right child hash).
   * - Empty subtree hash E = 32 zero bytes.
   * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
   *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
   *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
   *   halves (one of which may be E).
   * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
   *   with balance 0 and nonce 0 is not in the tree.
   * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
   * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
   *    (and the backup's) signature over it verifies.
   * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
   * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
   *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
   *    account id differs from the proven one and equals it in bits 0 to d-1, then
   *    h = H(0x00 || other account id || other value hash) (absence).
   * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
   *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
   * 5. The proof holds if h equals the pulse's state root.
   * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
   * `credit ledgercount`); this service is new.
   * </pre>
   */
  public static final class LedgerServiceStub
      extends io.grpc.stub.AbstractAsyncStub<LedgerServiceStub> {
    private LedgerServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LedgerServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LedgerServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetLedgerInfo returns an organization's ledger figures and parameters. Open to guests.
     * </pre>
     */
    public void getLedgerInfo(io.leither.v1.GetLedgerInfoRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetLedgerInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLedgerInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetBalance returns an account's balance and nonce as of the newest (or a given) pulse.
     * </pre>
     */
    public void getBalance(io.leither.v1.GetBalanceRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetBalanceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBalanceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SubmitTransfer hands a signed transfer to the bookkeepers. It is checked at once (signature,
     * nonce, balance against the pending state) and applied in a coming pulse.
     * </pre>
     */
    public void submitTransfer(io.leither.v1.SubmitTransferRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.SubmitTransferResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubmitTransferMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetTransfer returns a transfer and what became of it. Sender and recipient only.
     * </pre>
     */
    public void getTransfer(io.leither.v1.GetTransferRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetTransferResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTransferMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListTransfers lists the transfers sent or received by the caller's account (or any
     * account readable to the caller), newest first.
     * </pre>
     */
    public void listTransfers(io.leither.v1.ListTransfersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListTransfersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTransfersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AnnounceReward proposes to create tokens for an account, with a reason, open to votes
     * until a deadline. Members only.
     * </pre>
     */
    public void announceReward(io.leither.v1.AnnounceRewardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.AnnounceRewardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAnnounceRewardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VoteReward casts the caller's balance-weighted vote on an announced reward.
     * </pre>
     */
    public void voteReward(io.leither.v1.VoteRewardRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VoteRewardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVoteRewardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListRewards lists an organization's rewards, newest first. Members only.
     * </pre>
     */
    public void listRewards(io.leither.v1.ListRewardsRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListRewardsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRewardsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetPulse returns a sealed pulse (its header and signatures). Open to guests.
     * </pre>
     */
    public void getPulse(io.leither.v1.GetPulseRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetPulseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPulseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListPulses lists sealed pulses, newest first. Open to guests.
     * </pre>
     */
    public void listPulses(io.leither.v1.ListPulsesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListPulsesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPulsesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetBalanceProof returns a Merkle proof that an account holds a balance in a pulse, or that
     * it is absent from it, verifiable offline (see LedgerService).
     * </pre>
     */
    public void getBalanceProof(io.leither.v1.GetBalanceProofRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetBalanceProofResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBalanceProofMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * VoteBookkeeper casts the caller's balance-weighted vote for a node to keep the books in a
     * coming election cycle.
     * </pre>
     */
    public void voteBookkeeper(io.leither.v1.VoteBookkeeperRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.VoteBookkeeperResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVoteBookkeeperMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetBookkeepers returns the bookkeeper and backup of a cycle and the vote tally. Open to
     * guests.
     * </pre>
     */
    public void getBookkeepers(io.leither.v1.GetBookkeepersRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.GetBookkeepersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBookkeepersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RaiseDispute contests a sealed pulse within the publicity period. The deposits of the
     * disputing node and of the pulse's bookkeeper are frozen until the other bookkeeping nodes
     * re-execute the pulse and decide.
     * </pre>
     */
    public void raiseDispute(io.leither.v1.RaiseDisputeRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.RaiseDisputeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRaiseDisputeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListDisputes lists an organization's disputes, newest first. Open to guests.
     * </pre>
     */
    public void listDisputes(io.leither.v1.ListDisputesRequest request,
        io.grpc.stub.StreamObserver<io.leither.v1.ListDisputesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDisputesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service LedgerService.
   * <pre>
   * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
   * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
   * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
   * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
   * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
   * smallest unit.
   * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
   * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
   * conserve tokens, and only approved rewards create them.
   * Pulses. About once a second the bookkeeper applies the pending transfers and approved
   * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
   * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
   * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
   * countersigned, and stays open to disputes for the publicity period (24 h).
   * Privacy. A caller reads balances and proofs of their own account, of the organization's and
   * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
   * to anyone by handing over a BalanceProof.
   * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
   * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
   * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
   * signing bytes, given with each message below.
   * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
   * compression:
   * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
   *   down), so the most significant bit of the first byte comes first. At depth i, bit i
   *   chooses the child: 0 is left, 1 is right.
   * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
   * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
   * - Internal node hash N = H(0x01 || left child hash || right child hash).
   * - Empty subtree hash E = 32 zero bytes.
   * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
   *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
   *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
   *   halves (one of which may be E).
   * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
   *   with balance 0 and nonce 0 is not in the tree.
   * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
   * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
   *    (and the backup's) signature over it verifies.
   * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
   * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
   *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
   *    account id differs from the proven one and equals it in bits 0 to d-1, then
   *    h = H(0x00 || other account id || other value hash) (absence).
   * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
   *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
   * 5. The proof holds if h equals the pulse's state root.
   * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
   * `credit ledgercount`); this service is new.
   * </pre>
   */
  public static final class LedgerServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<LedgerServiceBlockingV2Stub> {
    private LedgerServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LedgerServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LedgerServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetLedgerInfo returns an organization's ledger figures and parameters. Open to guests.
     * </pre>
     */
    public io.leither.v1.GetLedgerInfoResponse getLedgerInfo(io.leither.v1.GetLedgerInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLedgerInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetBalance returns an account's balance and nonce as of the newest (or a given) pulse.
     * </pre>
     */
    public io.leither.v1.GetBalanceResponse getBalance(io.leither.v1.GetBalanceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBalanceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SubmitTransfer hands a signed transfer to the bookkeepers. It is checked at once (signature,
     * nonce, balance against the pending state) and applied in a coming pulse.
     * </pre>
     */
    public io.leither.v1.SubmitTransferResponse submitTransfer(io.leither.v1.SubmitTransferRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSubmitTransferMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetTransfer returns a transfer and what became of it. Sender and recipient only.
     * </pre>
     */
    public io.leither.v1.GetTransferResponse getTransfer(io.leither.v1.GetTransferRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTransferMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTransfers lists the transfers sent or received by the caller's account (or any
     * account readable to the caller), newest first.
     * </pre>
     */
    public io.leither.v1.ListTransfersResponse listTransfers(io.leither.v1.ListTransfersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTransfersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AnnounceReward proposes to create tokens for an account, with a reason, open to votes
     * until a deadline. Members only.
     * </pre>
     */
    public io.leither.v1.AnnounceRewardResponse announceReward(io.leither.v1.AnnounceRewardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAnnounceRewardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VoteReward casts the caller's balance-weighted vote on an announced reward.
     * </pre>
     */
    public io.leither.v1.VoteRewardResponse voteReward(io.leither.v1.VoteRewardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVoteRewardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListRewards lists an organization's rewards, newest first. Members only.
     * </pre>
     */
    public io.leither.v1.ListRewardsResponse listRewards(io.leither.v1.ListRewardsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRewardsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetPulse returns a sealed pulse (its header and signatures). Open to guests.
     * </pre>
     */
    public io.leither.v1.GetPulseResponse getPulse(io.leither.v1.GetPulseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPulseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListPulses lists sealed pulses, newest first. Open to guests.
     * </pre>
     */
    public io.leither.v1.ListPulsesResponse listPulses(io.leither.v1.ListPulsesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPulsesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetBalanceProof returns a Merkle proof that an account holds a balance in a pulse, or that
     * it is absent from it, verifiable offline (see LedgerService).
     * </pre>
     */
    public io.leither.v1.GetBalanceProofResponse getBalanceProof(io.leither.v1.GetBalanceProofRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBalanceProofMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VoteBookkeeper casts the caller's balance-weighted vote for a node to keep the books in a
     * coming election cycle.
     * </pre>
     */
    public io.leither.v1.VoteBookkeeperResponse voteBookkeeper(io.leither.v1.VoteBookkeeperRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVoteBookkeeperMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetBookkeepers returns the bookkeeper and backup of a cycle and the vote tally. Open to
     * guests.
     * </pre>
     */
    public io.leither.v1.GetBookkeepersResponse getBookkeepers(io.leither.v1.GetBookkeepersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBookkeepersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RaiseDispute contests a sealed pulse within the publicity period. The deposits of the
     * disputing node and of the pulse's bookkeeper are frozen until the other bookkeeping nodes
     * re-execute the pulse and decide.
     * </pre>
     */
    public io.leither.v1.RaiseDisputeResponse raiseDispute(io.leither.v1.RaiseDisputeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRaiseDisputeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDisputes lists an organization's disputes, newest first. Open to guests.
     * </pre>
     */
    public io.leither.v1.ListDisputesResponse listDisputes(io.leither.v1.ListDisputesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListDisputesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service LedgerService.
   * <pre>
   * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
   * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
   * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
   * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
   * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
   * smallest unit.
   * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
   * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
   * conserve tokens, and only approved rewards create them.
   * Pulses. About once a second the bookkeeper applies the pending transfers and approved
   * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
   * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
   * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
   * countersigned, and stays open to disputes for the publicity period (24 h).
   * Privacy. A caller reads balances and proofs of their own account, of the organization's and
   * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
   * to anyone by handing over a BalanceProof.
   * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
   * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
   * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
   * signing bytes, given with each message below.
   * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
   * compression:
   * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
   *   down), so the most significant bit of the first byte comes first. At depth i, bit i
   *   chooses the child: 0 is left, 1 is right.
   * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
   * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
   * - Internal node hash N = H(0x01 || left child hash || right child hash).
   * - Empty subtree hash E = 32 zero bytes.
   * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
   *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
   *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
   *   halves (one of which may be E).
   * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
   *   with balance 0 and nonce 0 is not in the tree.
   * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
   * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
   *    (and the backup's) signature over it verifies.
   * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
   * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
   *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
   *    account id differs from the proven one and equals it in bits 0 to d-1, then
   *    h = H(0x00 || other account id || other value hash) (absence).
   * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
   *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
   * 5. The proof holds if h equals the pulse's state root.
   * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
   * `credit ledgercount`); this service is new.
   * </pre>
   */
  public static final class LedgerServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<LedgerServiceBlockingStub> {
    private LedgerServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LedgerServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LedgerServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetLedgerInfo returns an organization's ledger figures and parameters. Open to guests.
     * </pre>
     */
    public io.leither.v1.GetLedgerInfoResponse getLedgerInfo(io.leither.v1.GetLedgerInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLedgerInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetBalance returns an account's balance and nonce as of the newest (or a given) pulse.
     * </pre>
     */
    public io.leither.v1.GetBalanceResponse getBalance(io.leither.v1.GetBalanceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBalanceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SubmitTransfer hands a signed transfer to the bookkeepers. It is checked at once (signature,
     * nonce, balance against the pending state) and applied in a coming pulse.
     * </pre>
     */
    public io.leither.v1.SubmitTransferResponse submitTransfer(io.leither.v1.SubmitTransferRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubmitTransferMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetTransfer returns a transfer and what became of it. Sender and recipient only.
     * </pre>
     */
    public io.leither.v1.GetTransferResponse getTransfer(io.leither.v1.GetTransferRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTransferMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTransfers lists the transfers sent or received by the caller's account (or any
     * account readable to the caller), newest first.
     * </pre>
     */
    public io.leither.v1.ListTransfersResponse listTransfers(io.leither.v1.ListTransfersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTransfersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AnnounceReward proposes to create tokens for an account, with a reason, open to votes
     * until a deadline. Members only.
     * </pre>
     */
    public io.leither.v1.AnnounceRewardResponse announceReward(io.leither.v1.AnnounceRewardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAnnounceRewardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VoteReward casts the caller's balance-weighted vote on an announced reward.
     * </pre>
     */
    public io.leither.v1.VoteRewardResponse voteReward(io.leither.v1.VoteRewardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVoteRewardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListRewards lists an organization's rewards, newest first. Members only.
     * </pre>
     */
    public io.leither.v1.ListRewardsResponse listRewards(io.leither.v1.ListRewardsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRewardsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetPulse returns a sealed pulse (its header and signatures). Open to guests.
     * </pre>
     */
    public io.leither.v1.GetPulseResponse getPulse(io.leither.v1.GetPulseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPulseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListPulses lists sealed pulses, newest first. Open to guests.
     * </pre>
     */
    public io.leither.v1.ListPulsesResponse listPulses(io.leither.v1.ListPulsesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPulsesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetBalanceProof returns a Merkle proof that an account holds a balance in a pulse, or that
     * it is absent from it, verifiable offline (see LedgerService).
     * </pre>
     */
    public io.leither.v1.GetBalanceProofResponse getBalanceProof(io.leither.v1.GetBalanceProofRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBalanceProofMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * VoteBookkeeper casts the caller's balance-weighted vote for a node to keep the books in a
     * coming election cycle.
     * </pre>
     */
    public io.leither.v1.VoteBookkeeperResponse voteBookkeeper(io.leither.v1.VoteBookkeeperRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVoteBookkeeperMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetBookkeepers returns the bookkeeper and backup of a cycle and the vote tally. Open to
     * guests.
     * </pre>
     */
    public io.leither.v1.GetBookkeepersResponse getBookkeepers(io.leither.v1.GetBookkeepersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBookkeepersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RaiseDispute contests a sealed pulse within the publicity period. The deposits of the
     * disputing node and of the pulse's bookkeeper are frozen until the other bookkeeping nodes
     * re-execute the pulse and decide.
     * </pre>
     */
    public io.leither.v1.RaiseDisputeResponse raiseDispute(io.leither.v1.RaiseDisputeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRaiseDisputeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListDisputes lists an organization's disputes, newest first. Open to guests.
     * </pre>
     */
    public io.leither.v1.ListDisputesResponse listDisputes(io.leither.v1.ListDisputesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDisputesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service LedgerService.
   * <pre>
   * LedgerService keeps each organization's ledger of tokens (proofs of contribution).
   * Accounts. An account is a 160-bit id: the 20 bytes whose unpadded base64url form is a
   * 27-character Leither ID (the two spare bits are zero). Users, the organization itself (its
   * treasury) and contracts hold accounts. An account holds a balance and a nonce (the number of
   * transfers it has sent); both are unsigned 64-bit integers, amounts counted in the token's
   * smallest unit.
   * Rules, checked by every bookkeeper: a transfer is signed by the sender; its nonce is exactly
   * the sender's nonce + 1 (so no transfer applies twice); no balance goes below zero; transfers
   * conserve tokens, and only approved rewards create them.
   * Pulses. About once a second the bookkeeper applies the pending transfers and approved
   * rewards in an order it chooses, seals the result into a pulse (a sequence number and the
   * root hash of the state) and signs it; the backup bookkeeper re-executes the pulse from the
   * previous state, countersigns it, or raises a dispute. A pulse is final once the next two are
   * countersigned, and stays open to disputes for the publicity period (24 h).
   * Privacy. A caller reads balances and proofs of their own account, of the organization's and
   * of contracts'; other accounts are readable only by the bookkeepers. A holder proves a balance
   * to anyone by handing over a BalanceProof.
   * Encodings. H is SHA-256; u64be(x) is x as 8 bytes big-endian; lp(x) is the 4-byte big-endian
   * length of x followed by x; strings are UTF-8; Leither IDs inside hashed data are their 20
   * bytes; timestamps are u64be of Unix milliseconds. A signature is Ed25519 over the statement's
   * signing bytes, given with each message below.
   * The state tree is a sparse Merkle tree of depth 160 keyed by account id, with path
   * compression:
   * - Bit i of an account id (i from 0 to 159) is bit (7 - i mod 8) of byte i / 8 (rounded
   *   down), so the most significant bit of the first byte comes first. At depth i, bit i
   *   chooses the child: 0 is left, 1 is right.
   * - Value hash V = H(0x02 || u64be(balance) || u64be(nonce)).
   * - Leaf hash L = H(0x00 || account id (20 bytes) || V).
   * - Internal node hash N = H(0x01 || left child hash || right child hash).
   * - Empty subtree hash E = 32 zero bytes.
   * - Compression: a subtree holding no account hashes to E; a subtree holding exactly one
   *   account hashes to that account's leaf hash L, so every leaf sits at the shallowest depth at
   *   which it is alone; a subtree holding two or more accounts is an internal node N of its two
   *   halves (one of which may be E).
   * - The state root is the hash of the whole tree; the root of an empty ledger is E. An account
   *   with balance 0 and nonce 0 is not in the tree.
   * A BalanceProof is verified offline, with no other data than the bookkeepers' public keys:
   * 1. Check that the pulse's `hash` is the pulse hash (see Pulse) and that the bookkeeper's
   *    (and the backup's) signature over it verifies.
   * 2. Let d be the number of siblings; require d &lt;= 160 and every sibling 32 bytes long.
   * 3. Compute the terminal hash h: for `account`, h = L of the proven account with its balance
   *    and nonce (inclusion); for `empty`, h = E (absence); for `other_leaf`, require that its
   *    account id differs from the proven one and equals it in bits 0 to d-1, then
   *    h = H(0x00 || other account id || other value hash) (absence).
   * 4. For i from d-1 down to 0: if bit i of the proven account id is 0,
   *    h = H(0x01 || h || siblings[i]), otherwise h = H(0x01 || siblings[i] || h).
   * 5. The proof holds if h equals the pulse's state root.
   * The original had no ledger API (GongShi describes it in prose; the CLI had `stat ledger` and
   * `credit ledgercount`); this service is new.
   * </pre>
   */
  public static final class LedgerServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<LedgerServiceFutureStub> {
    private LedgerServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LedgerServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LedgerServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetLedgerInfo returns an organization's ledger figures and parameters. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetLedgerInfoResponse> getLedgerInfo(
        io.leither.v1.GetLedgerInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLedgerInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetBalance returns an account's balance and nonce as of the newest (or a given) pulse.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetBalanceResponse> getBalance(
        io.leither.v1.GetBalanceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBalanceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SubmitTransfer hands a signed transfer to the bookkeepers. It is checked at once (signature,
     * nonce, balance against the pending state) and applied in a coming pulse.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.SubmitTransferResponse> submitTransfer(
        io.leither.v1.SubmitTransferRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubmitTransferMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetTransfer returns a transfer and what became of it. Sender and recipient only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetTransferResponse> getTransfer(
        io.leither.v1.GetTransferRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTransferMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListTransfers lists the transfers sent or received by the caller's account (or any
     * account readable to the caller), newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListTransfersResponse> listTransfers(
        io.leither.v1.ListTransfersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTransfersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AnnounceReward proposes to create tokens for an account, with a reason, open to votes
     * until a deadline. Members only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.AnnounceRewardResponse> announceReward(
        io.leither.v1.AnnounceRewardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAnnounceRewardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VoteReward casts the caller's balance-weighted vote on an announced reward.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.VoteRewardResponse> voteReward(
        io.leither.v1.VoteRewardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVoteRewardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListRewards lists an organization's rewards, newest first. Members only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListRewardsResponse> listRewards(
        io.leither.v1.ListRewardsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRewardsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetPulse returns a sealed pulse (its header and signatures). Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetPulseResponse> getPulse(
        io.leither.v1.GetPulseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPulseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListPulses lists sealed pulses, newest first. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListPulsesResponse> listPulses(
        io.leither.v1.ListPulsesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPulsesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetBalanceProof returns a Merkle proof that an account holds a balance in a pulse, or that
     * it is absent from it, verifiable offline (see LedgerService).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetBalanceProofResponse> getBalanceProof(
        io.leither.v1.GetBalanceProofRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBalanceProofMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * VoteBookkeeper casts the caller's balance-weighted vote for a node to keep the books in a
     * coming election cycle.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.VoteBookkeeperResponse> voteBookkeeper(
        io.leither.v1.VoteBookkeeperRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVoteBookkeeperMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetBookkeepers returns the bookkeeper and backup of a cycle and the vote tally. Open to
     * guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.GetBookkeepersResponse> getBookkeepers(
        io.leither.v1.GetBookkeepersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBookkeepersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RaiseDispute contests a sealed pulse within the publicity period. The deposits of the
     * disputing node and of the pulse's bookkeeper are frozen until the other bookkeeping nodes
     * re-execute the pulse and decide.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.RaiseDisputeResponse> raiseDispute(
        io.leither.v1.RaiseDisputeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRaiseDisputeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListDisputes lists an organization's disputes, newest first. Open to guests.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.leither.v1.ListDisputesResponse> listDisputes(
        io.leither.v1.ListDisputesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDisputesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_LEDGER_INFO = 0;
  private static final int METHODID_GET_BALANCE = 1;
  private static final int METHODID_SUBMIT_TRANSFER = 2;
  private static final int METHODID_GET_TRANSFER = 3;
  private static final int METHODID_LIST_TRANSFERS = 4;
  private static final int METHODID_ANNOUNCE_REWARD = 5;
  private static final int METHODID_VOTE_REWARD = 6;
  private static final int METHODID_LIST_REWARDS = 7;
  private static final int METHODID_GET_PULSE = 8;
  private static final int METHODID_LIST_PULSES = 9;
  private static final int METHODID_GET_BALANCE_PROOF = 10;
  private static final int METHODID_VOTE_BOOKKEEPER = 11;
  private static final int METHODID_GET_BOOKKEEPERS = 12;
  private static final int METHODID_RAISE_DISPUTE = 13;
  private static final int METHODID_LIST_DISPUTES = 14;

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
        case METHODID_GET_LEDGER_INFO:
          serviceImpl.getLedgerInfo((io.leither.v1.GetLedgerInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetLedgerInfoResponse>) responseObserver);
          break;
        case METHODID_GET_BALANCE:
          serviceImpl.getBalance((io.leither.v1.GetBalanceRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetBalanceResponse>) responseObserver);
          break;
        case METHODID_SUBMIT_TRANSFER:
          serviceImpl.submitTransfer((io.leither.v1.SubmitTransferRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.SubmitTransferResponse>) responseObserver);
          break;
        case METHODID_GET_TRANSFER:
          serviceImpl.getTransfer((io.leither.v1.GetTransferRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetTransferResponse>) responseObserver);
          break;
        case METHODID_LIST_TRANSFERS:
          serviceImpl.listTransfers((io.leither.v1.ListTransfersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListTransfersResponse>) responseObserver);
          break;
        case METHODID_ANNOUNCE_REWARD:
          serviceImpl.announceReward((io.leither.v1.AnnounceRewardRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.AnnounceRewardResponse>) responseObserver);
          break;
        case METHODID_VOTE_REWARD:
          serviceImpl.voteReward((io.leither.v1.VoteRewardRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.VoteRewardResponse>) responseObserver);
          break;
        case METHODID_LIST_REWARDS:
          serviceImpl.listRewards((io.leither.v1.ListRewardsRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListRewardsResponse>) responseObserver);
          break;
        case METHODID_GET_PULSE:
          serviceImpl.getPulse((io.leither.v1.GetPulseRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetPulseResponse>) responseObserver);
          break;
        case METHODID_LIST_PULSES:
          serviceImpl.listPulses((io.leither.v1.ListPulsesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListPulsesResponse>) responseObserver);
          break;
        case METHODID_GET_BALANCE_PROOF:
          serviceImpl.getBalanceProof((io.leither.v1.GetBalanceProofRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetBalanceProofResponse>) responseObserver);
          break;
        case METHODID_VOTE_BOOKKEEPER:
          serviceImpl.voteBookkeeper((io.leither.v1.VoteBookkeeperRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.VoteBookkeeperResponse>) responseObserver);
          break;
        case METHODID_GET_BOOKKEEPERS:
          serviceImpl.getBookkeepers((io.leither.v1.GetBookkeepersRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.GetBookkeepersResponse>) responseObserver);
          break;
        case METHODID_RAISE_DISPUTE:
          serviceImpl.raiseDispute((io.leither.v1.RaiseDisputeRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.RaiseDisputeResponse>) responseObserver);
          break;
        case METHODID_LIST_DISPUTES:
          serviceImpl.listDisputes((io.leither.v1.ListDisputesRequest) request,
              (io.grpc.stub.StreamObserver<io.leither.v1.ListDisputesResponse>) responseObserver);
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
          getGetLedgerInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetLedgerInfoRequest,
              io.leither.v1.GetLedgerInfoResponse>(
                service, METHODID_GET_LEDGER_INFO)))
        .addMethod(
          getGetBalanceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetBalanceRequest,
              io.leither.v1.GetBalanceResponse>(
                service, METHODID_GET_BALANCE)))
        .addMethod(
          getSubmitTransferMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.SubmitTransferRequest,
              io.leither.v1.SubmitTransferResponse>(
                service, METHODID_SUBMIT_TRANSFER)))
        .addMethod(
          getGetTransferMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetTransferRequest,
              io.leither.v1.GetTransferResponse>(
                service, METHODID_GET_TRANSFER)))
        .addMethod(
          getListTransfersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListTransfersRequest,
              io.leither.v1.ListTransfersResponse>(
                service, METHODID_LIST_TRANSFERS)))
        .addMethod(
          getAnnounceRewardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.AnnounceRewardRequest,
              io.leither.v1.AnnounceRewardResponse>(
                service, METHODID_ANNOUNCE_REWARD)))
        .addMethod(
          getVoteRewardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.VoteRewardRequest,
              io.leither.v1.VoteRewardResponse>(
                service, METHODID_VOTE_REWARD)))
        .addMethod(
          getListRewardsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListRewardsRequest,
              io.leither.v1.ListRewardsResponse>(
                service, METHODID_LIST_REWARDS)))
        .addMethod(
          getGetPulseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetPulseRequest,
              io.leither.v1.GetPulseResponse>(
                service, METHODID_GET_PULSE)))
        .addMethod(
          getListPulsesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListPulsesRequest,
              io.leither.v1.ListPulsesResponse>(
                service, METHODID_LIST_PULSES)))
        .addMethod(
          getGetBalanceProofMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetBalanceProofRequest,
              io.leither.v1.GetBalanceProofResponse>(
                service, METHODID_GET_BALANCE_PROOF)))
        .addMethod(
          getVoteBookkeeperMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.VoteBookkeeperRequest,
              io.leither.v1.VoteBookkeeperResponse>(
                service, METHODID_VOTE_BOOKKEEPER)))
        .addMethod(
          getGetBookkeepersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.GetBookkeepersRequest,
              io.leither.v1.GetBookkeepersResponse>(
                service, METHODID_GET_BOOKKEEPERS)))
        .addMethod(
          getRaiseDisputeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.RaiseDisputeRequest,
              io.leither.v1.RaiseDisputeResponse>(
                service, METHODID_RAISE_DISPUTE)))
        .addMethod(
          getListDisputesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.leither.v1.ListDisputesRequest,
              io.leither.v1.ListDisputesResponse>(
                service, METHODID_LIST_DISPUTES)))
        .build();
  }

  private static abstract class LedgerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    LedgerServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.leither.v1.LedgerServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("LedgerService");
    }
  }

  private static final class LedgerServiceFileDescriptorSupplier
      extends LedgerServiceBaseDescriptorSupplier {
    LedgerServiceFileDescriptorSupplier() {}
  }

  private static final class LedgerServiceMethodDescriptorSupplier
      extends LedgerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    LedgerServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (LedgerServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new LedgerServiceFileDescriptorSupplier())
              .addMethod(getGetLedgerInfoMethod())
              .addMethod(getGetBalanceMethod())
              .addMethod(getSubmitTransferMethod())
              .addMethod(getGetTransferMethod())
              .addMethod(getListTransfersMethod())
              .addMethod(getAnnounceRewardMethod())
              .addMethod(getVoteRewardMethod())
              .addMethod(getListRewardsMethod())
              .addMethod(getGetPulseMethod())
              .addMethod(getListPulsesMethod())
              .addMethod(getGetBalanceProofMethod())
              .addMethod(getVoteBookkeeperMethod())
              .addMethod(getGetBookkeepersMethod())
              .addMethod(getRaiseDisputeMethod())
              .addMethod(getListDisputesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
