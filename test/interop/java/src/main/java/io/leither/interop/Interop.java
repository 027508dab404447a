// The Java interop client: runs test/interop/scenario.json against a node with the generated
// grpc-java client (HTTP/2 cleartext, Netty) and prints one JSON line per step.
// Usage: java -jar interop-java.jar URL SCENARIO RUNID
package io.leither.interop;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.StreamObserver;
import io.leither.v1.*;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

public final class Interop {
  /** A step that cannot run yet: the node answers UNIMPLEMENTED. */
  static final class Pending extends Exception {
    Pending(String m) { super(m); }
  }

  static final class Failed extends Exception {
    Failed(String m) { super(m); }
  }

  private final Struct sc;
  private final String run;
  private final ManagedChannel channel;
  private String session = "";
  private String dbId, dbHandle, fileHandle, fileHash;

  Interop(String url, Struct sc, String run) {
    URI uri = URI.create(url);
    this.sc = sc;
    this.run = run;
    this.channel = ManagedChannelBuilder.forAddress(uri.getHost(), uri.getPort()).usePlaintext().build();
  }

  private String str(String a, String b) { return sc.getFieldsOrThrow(a).getStructValue().getFieldsOrThrow(b).getStringValue(); }
  private long num(String a, String b) { return (long) sc.getFieldsOrThrow(a).getStructValue().getFieldsOrThrow(b).getNumberValue(); }

  /** Sends `authorization: Bearer <session>` when there is a session. */
  static CallCredentials bearer(String session) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        if (!session.isEmpty()) headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + session);
        applier.apply(headers);
      }
    };
  }

  private <S extends AbstractStub<S>> S as(S stub, String session) {
    return stub.withCallCredentials(bearer(session)).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  private <S extends AbstractStub<S>> S as(S stub) { return as(stub, session); }

  static Exception pendingIfUnimplemented(StatusRuntimeException e) {
    return e.getStatus().getCode() == Status.Code.UNIMPLEMENTED ? new Pending("unimplemented: " + e.getStatus().getDescription()) : e;
  }

  private String login(String who) {
    return IdentityServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
        .login(LoginRequest.newBuilder().setPassword(PasswordCredential.newBuilder()
            .setName(str(who, "namePrefix") + run).setPassword(str(who, "password"))).build())
        .getSessionId();
  }

  static byte[] fileBytes(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) b[i] = (byte) ((i * 7 + 3) % 256);
    return b;
  }

  static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  void step(String id) throws Exception {
    var mimei = as(MiMeiServiceGrpc.newBlockingStub(channel));
    var db = as(DbServiceGrpc.newBlockingStub(channel));
    switch (id) {
      case "node_info" -> {
        if (NodeServiceGrpc.newBlockingStub(channel).getNodeInfo(GetNodeInfoRequest.getDefaultInstance()).getNodeId().isEmpty()) throw new Failed("empty node id");
      }
      case "register" -> IdentityServiceGrpc.newBlockingStub(channel)
          .register(RegisterRequest.newBuilder().setName(str("user", "namePrefix") + run).setPassword(str("user", "password")).build());
      case "login" -> session = login("user");
      case "create_db" -> {
        dbId = mimei.create(CreateRequest.newBuilder().setType(MiMeiType.MI_MEI_TYPE_DB).setMark("auto").build()).getMimeiId();
        dbHandle = mimei.open(OpenRequest.newBuilder().setMimeiId(dbId).setVersion("cur").build()).getHandle();
      }
      case "db_set_get" -> {
        try {
          ByteString value = ByteString.copyFromUtf8(str("db", "value"));
          db.set(SetRequest.newBuilder().setHandle(dbHandle).setKey(str("db", "key")).setValue(value).build());
          GetResponse got = db.get(GetRequest.newBuilder().setHandle(dbHandle).setKey(str("db", "key")).build());
          if (!got.getFound() || !got.getValue().equals(value)) throw new Failed("get returned found=" + got.getFound() + " value=" + got.getValue().toStringUtf8());
        } catch (StatusRuntimeException e) {
          throw pendingIfUnimplemented(e);
        }
      }
      case "db_incr" -> {
        try {
          long last = 0, times = num("db", "increments");
          for (long i = 0; i < times; i++) last = db.incr(IncrRequest.newBuilder().setHandle(dbHandle).setKey(str("db", "counter")).build()).getValue();
          if (last != times) throw new Failed("counter is " + last + " after " + times + " increments");
        } catch (StatusRuntimeException e) {
          throw pendingIfUnimplemented(e);
        }
      }
      case "file_upload" -> {
        String fileId = mimei.create(CreateRequest.newBuilder().setType(MiMeiType.MI_MEI_TYPE_FILE).setMark("auto").build()).getMimeiId();
        fileHandle = mimei.open(OpenRequest.newBuilder().setMimeiId(fileId).setVersion("cur").build()).getHandle();
        byte[] data = fileBytes((int) num("file", "size"));
        fileHash = sha256(data);
        // Client streaming needs the async stub; the future carries the single reply or the error.
        CompletableFuture<UploadResponse> reply = new CompletableFuture<>();
        StreamObserver<UploadRequest> upload = as(FileServiceGrpc.newStub(channel)).upload(new StreamObserver<>() {
          public void onNext(UploadResponse r) { reply.complete(r); }
          public void onError(Throwable t) { reply.completeExceptionally(t); }
          public void onCompleted() { reply.completeExceptionally(new Failed("upload completed without a reply")); }
        });
        upload.onNext(UploadRequest.newBuilder().setHeader(UploadHeader.newBuilder().setName(str("file", "name")).setSize(data.length)
            .setTarget(FileTarget.newBuilder().setFileHandle(fileHandle))).build());
        int chunk = (int) num("file", "chunkSize");
        for (int off = 0; off < data.length; off += chunk) {
          upload.onNext(UploadRequest.newBuilder().setChunk(ByteString.copyFrom(data, off, Math.min(chunk, data.length - off))).build());
        }
        upload.onCompleted();
        UploadResponse res;
        try {
          res = reply.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof StatusRuntimeException s) throw pendingIfUnimplemented(s);
          throw e;
        }
        if (!res.getContentHash().equals(fileHash) || res.getSize() != data.length) throw new Failed("upload answered hash " + res.getContentHash() + ", want " + fileHash);
      }
      case "file_download" -> {
        var out = new java.io.ByteArrayOutputStream();
        long size = -1;
        try {
          var parts = as(FileServiceGrpc.newBlockingStub(channel)).download(DownloadRequest.newBuilder().setHandle(fileHandle).build());
          while (parts.hasNext()) {
            DownloadResponse part = parts.next();
            if (part.hasHeader()) size = part.getHeader().getSize();
            if (part.hasChunk()) part.getChunk().getData().writeTo(out);
          }
        } catch (StatusRuntimeException e) {
          throw pendingIfUnimplemented(e);
        }
        String got = sha256(out.toByteArray());
        if (!got.equals(fileHash) || size != out.size()) throw new Failed("downloaded " + out.size() + " bytes hashing to " + got + ", want " + fileHash);
      }
      case "backup_open" -> {
        BackupResponse b = mimei.backup(BackupRequest.newBuilder().setMimeiId(dbId).setMemo("interop").build());
        OpenResponse o = mimei.open(OpenRequest.newBuilder().setMimeiId(dbId).setVersion(Long.toUnsignedString(b.getVersion())).build());
        if (!o.getReadOnly() || o.getVersion() != b.getVersion()) throw new Failed("open of version " + b.getVersion() + " is not that read-only version");
      }
      case "permission_denied" -> {
        IdentityServiceGrpc.newBlockingStub(channel)
            .register(RegisterRequest.newBuilder().setName(str("other", "namePrefix") + run).setPassword(str("other", "password")).build());
        String other = login("other");
        try {
          as(MiMeiServiceGrpc.newBlockingStub(channel), other).open(OpenRequest.newBuilder().setMimeiId(dbId).setVersion("cur").build());
        } catch (StatusRuntimeException e) {
          if (e.getStatus().getCode() == Status.Code.PERMISSION_DENIED) return;
          throw new Failed("want PERMISSION_DENIED, got " + e.getStatus());
        }
        throw new Failed("the second user opened the first user's private MiMei");
      }
      case "ledger_transfer" -> {
        try {
          as(LedgerServiceGrpc.newBlockingStub(channel)).getLedgerInfo(GetLedgerInfoRequest.getDefaultInstance());
        } catch (StatusRuntimeException e) {
          if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) throw new Pending("unimplemented: " + e.getStatus().getDescription());
        }
        throw new Failed("the ledger answers: write this step as a real transfer");
      }
      default -> throw new Failed("this client has no step " + id);
    }
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(' ');
      else b.append(c);
    }
    return b.append('"').toString();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: interop-java URL SCENARIO RUNID");
      System.exit(2);
    }
    Struct.Builder sc = Struct.newBuilder();
    JsonFormat.parser().merge(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8), sc);
    Interop client = new Interop(args[0], sc.build(), args[2]);
    Map<String, String> status = new HashMap<>();
    for (Value step : sc.getFieldsOrThrow("steps").getListValue().getValuesList()) {
      String id = step.getStructValue().getFieldsOrThrow("id").getStringValue();
      String result = "ok", detail = "";
      for (Value need : step.getStructValue().getFieldsOrThrow("needs").getListValue().getValuesList()) {
        String n = need.getStringValue();
        if (!"ok".equals(status.get(n))) {
          result = status.getOrDefault(n, "fail");
          detail = "needs " + n;
          break;
        }
      }
      if (result.equals("ok")) {
        try {
          client.step(id);
        } catch (Pending p) {
          result = "pending";
          detail = p.getMessage();
        } catch (Exception e) {
          result = "fail";
          detail = e.toString();
        }
      }
      status.put(id, result);
      System.out.println("{\"step\":" + json(id) + ",\"status\":" + json(result) + ",\"detail\":" + json(detail) + "}");
    }
    client.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }
}
