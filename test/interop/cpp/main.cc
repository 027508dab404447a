// The C++ interop client: runs test/interop/scenario.json against a node with the generated gRPC
// C++ client (HTTP/2 cleartext) and prints one JSON line per step.
// Usage: interop-cpp URL SCENARIO RUNID
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <grpcpp/grpcpp.h>
#include <openssl/sha.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "leither/v1/db_service.grpc.pb.h"
#include "leither/v1/file_service.grpc.pb.h"
#include "leither/v1/identity_service.grpc.pb.h"
#include "leither/v1/ledger_service.grpc.pb.h"
#include "leither/v1/mimei_service.grpc.pb.h"
#include "leither/v1/node_service.grpc.pb.h"

namespace v1 = leither::v1;
using google::protobuf::Struct;
using google::protobuf::Value;

// A step's outcome: pending when the node answers UNIMPLEMENTED (the service has not landed).
struct Outcome {
  std::string status = "ok";
  std::string detail;
};

struct StepError {
  Outcome outcome;
};

[[noreturn]] void fail(const std::string& detail) { throw StepError{{"fail", detail}}; }

void check(const grpc::Status& s, bool pending_if_unimplemented = false) {
  if (s.ok()) return;
  if (pending_if_unimplemented && s.error_code() == grpc::StatusCode::UNIMPLEMENTED)
    throw StepError{{"pending", "unimplemented: " + s.error_message()}};
  fail("code " + std::to_string(s.error_code()) + ": " + s.error_message());
}

std::string hex_sha256(const std::string& data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) out += {hex[b >> 4], hex[b & 15]};
  return out;
}

std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
    else out += c;
  }
  return out;
}

class Client {
 public:
  Client(const std::string& url, Struct sc, std::string run) : sc_(std::move(sc)), run_(std::move(run)) {
    std::string target = url.substr(url.find("://") + 3);
    channel_ = grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
    identity_ = v1::IdentityService::NewStub(channel_);
    mimei_ = v1::MiMeiService::NewStub(channel_);
    db_ = v1::DbService::NewStub(channel_);
    files_ = v1::FileService::NewStub(channel_);
  }

  void run(const std::string& id) {
    static const std::map<std::string, void (Client::*)()> steps = {
        {"node_info", &Client::node_info}, {"register", &Client::register_user}, {"login", &Client::login},
        {"create_db", &Client::create_db}, {"db_set_get", &Client::db_set_get}, {"db_incr", &Client::db_incr},
        {"file_upload", &Client::file_upload}, {"file_download", &Client::file_download},
        {"backup_open", &Client::backup_open}, {"permission_denied", &Client::permission_denied},
        {"ledger_transfer", &Client::ledger_transfer}};
    auto it = steps.find(id);
    if (it == steps.end()) fail("this client has no step " + id);
    (this->*(it->second))();
  }

 private:
  const Value& at(const std::string& a, const std::string& b) const { return sc_.fields().at(a).struct_value().fields().at(b); }
  std::string str(const std::string& a, const std::string& b) const { return at(a, b).string_value(); }
  int64_t num(const std::string& a, const std::string& b) const { return static_cast<int64_t>(at(a, b).number_value()); }

  // A context with a deadline and, once logged in, the session (or another one) as a bearer token.
  std::unique_ptr<grpc::ClientContext> ctx(const std::string& session) const {
    auto c = std::make_unique<grpc::ClientContext>();
    c->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    if (!session.empty()) c->AddMetadata("authorization", "Bearer " + session);
    return c;
  }
  std::unique_ptr<grpc::ClientContext> ctx() const { return ctx(session_); }

  std::string login_as(const std::string& who) {
    v1::LoginRequest req;
    req.mutable_password()->set_name(str(who, "namePrefix") + run_);
    req.mutable_password()->set_password(str(who, "password"));
    v1::LoginResponse res;
    check(identity_->Login(ctx("").get(), req, &res));
    return res.session_id();
  }

  std::string open(const std::string& id, const std::string& version, v1::OpenResponse* res, const std::string& session) {
    v1::OpenRequest req;
    req.set_mimei_id(id);
    req.set_version(version);
    grpc::Status s = mimei_->Open(ctx(session).get(), req, res);
    if (!s.ok()) throw s;
    return res->handle();
  }

  void node_info() {
    v1::GetNodeInfoResponse res;
    check(v1::NodeService::NewStub(channel_)->GetNodeInfo(ctx("").get(), v1::GetNodeInfoRequest(), &res));
    if (res.node_id().empty()) fail("empty node id");
  }
  void register_user() {
    v1::RegisterRequest req;
    req.set_name(str("user", "namePrefix") + run_);
    req.set_password(str("user", "password"));
    v1::RegisterResponse res;
    check(identity_->Register(ctx("").get(), req, &res));
  }
  void login() { session_ = login_as("user"); }

  std::string create(v1::MiMeiType type) {
    v1::CreateRequest req;
    req.set_type(type);
    req.set_mark("auto");
    v1::CreateResponse res;
    check(mimei_->Create(ctx().get(), req, &res));
    return res.mimei_id();
  }
  void create_db() {
    db_id_ = create(v1::MI_MEI_TYPE_DB);
    v1::OpenResponse res;
    try {
      db_handle_ = open(db_id_, "cur", &res, session_);
    } catch (const grpc::Status& s) {
      check(s);
    }
  }
  void db_set_get() {
    v1::SetRequest set;
    set.set_handle(db_handle_);
    set.set_key(str("db", "key"));
    set.set_value(str("db", "value"));
    v1::SetResponse set_res;
    check(db_->Set(ctx().get(), set, &set_res), true);
    v1::GetRequest get;
    get.set_handle(db_handle_);
    get.set_key(str("db", "key"));
    v1::GetResponse got;
    check(db_->Get(ctx().get(), get, &got), true);
    if (!got.found() || got.value() != str("db", "value")) fail("get returned found=" + std::to_string(got.found()) + " value=" + got.value());
  }
  void db_incr() {
    int64_t times = num("db", "increments"), last = 0;
    for (int64_t i = 0; i < times; i++) {
      v1::IncrRequest req;
      req.set_handle(db_handle_);
      req.set_key(str("db", "counter"));
      v1::IncrResponse res;
      check(db_->Incr(ctx().get(), req, &res), true);
      last = res.value();
    }
    if (last != times) fail("counter is " + std::to_string(last) + " after " + std::to_string(times) + " increments");
  }
  void file_upload() {
    std::string id = create(v1::MI_MEI_TYPE_FILE);
    v1::OpenResponse opened;
    try {
      file_handle_ = open(id, "cur", &opened, session_);
    } catch (const grpc::Status& s) {
      check(s);
    }
    size_t size = static_cast<size_t>(num("file", "size")), chunk = static_cast<size_t>(num("file", "chunkSize"));
    std::string data(size, '\0');
    for (size_t i = 0; i < size; i++) data[i] = static_cast<char>((i * 7 + 3) % 256);
    file_hash_ = hex_sha256(data);
    v1::UploadResponse res;
    auto c = ctx();
    auto writer = files_->Upload(c.get(), &res);
    v1::UploadRequest header;
    header.mutable_header()->set_name(str("file", "name"));
    header.mutable_header()->set_size(size);
    header.mutable_header()->mutable_target()->set_file_handle(file_handle_);
    bool open_stream = writer->Write(header);
    for (size_t off = 0; open_stream && off < size; off += chunk) {
      v1::UploadRequest part;
      part.set_chunk(data.substr(off, chunk));
      open_stream = writer->Write(part);
    }
    writer->WritesDone();
    check(writer->Finish(), true);
    if (res.content_hash() != file_hash_ || res.size() != size) fail("upload answered hash " + res.content_hash() + ", want " + file_hash_);
  }
  void file_download() {
    v1::DownloadRequest req;
    req.set_handle(file_handle_);
    auto c = ctx();
    auto reader = files_->Download(c.get(), req);
    v1::DownloadResponse part;
    std::string data;
    uint64_t size = UINT64_MAX;
    while (reader->Read(&part)) {
      if (part.has_header()) size = part.header().size();
      if (part.has_chunk()) data += part.chunk().data();
    }
    check(reader->Finish(), true);
    std::string got = hex_sha256(data);
    if (got != file_hash_ || size != data.size()) fail("downloaded " + std::to_string(data.size()) + " bytes hashing to " + got + ", want " + file_hash_);
  }
  void backup_open() {
    v1::BackupRequest req;
    req.set_mimei_id(db_id_);
    req.set_memo("interop");
    v1::BackupResponse b;
    check(mimei_->Backup(ctx().get(), req, &b));
    v1::OpenResponse o;
    try {
      open(db_id_, std::to_string(b.version()), &o, session_);
    } catch (const grpc::Status& s) {
      check(s);
    }
    if (!o.read_only() || o.version() != b.version()) fail("open of version " + std::to_string(b.version()) + " is not that read-only version");
  }
  void permission_denied() {
    v1::RegisterRequest req;
    req.set_name(str("other", "namePrefix") + run_);
    req.set_password(str("other", "password"));
    v1::RegisterResponse reg;
    check(identity_->Register(ctx("").get(), req, &reg));
    std::string other = login_as("other");
    v1::OpenResponse o;
    try {
      open(db_id_, "cur", &o, other);
    } catch (const grpc::Status& s) {
      if (s.error_code() == grpc::StatusCode::PERMISSION_DENIED) return;
      fail("want PERMISSION_DENIED, got code " + std::to_string(s.error_code()) + ": " + s.error_message());
    }
    fail("the second user opened the first user's private MiMei");
  }
  void ledger_transfer() {
    v1::GetLedgerInfoResponse res;
    grpc::Status s = v1::LedgerService::NewStub(channel_)->GetLedgerInfo(ctx().get(), v1::GetLedgerInfoRequest(), &res);
    if (s.error_code() == grpc::StatusCode::UNIMPLEMENTED) throw StepError{{"pending", "unimplemented: " + s.error_message()}};
    fail("the ledger answers: write this step as a real transfer");
  }

  Struct sc_;
  std::string run_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::IdentityService::Stub> identity_;
  std::unique_ptr<v1::MiMeiService::Stub> mimei_;
  std::unique_ptr<v1::DbService::Stub> db_;
  std::unique_ptr<v1::FileService::Stub> files_;
  std::string session_, db_id_, db_handle_, file_handle_, file_hash_;
};

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: interop-cpp URL SCENARIO RUNID\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  std::stringstream text;
  text << in.rdbuf();
  Struct sc;
  if (!google::protobuf::util::JsonStringToMessage(text.str(), &sc).ok()) {
    std::cerr << "cannot parse " << argv[2] << "\n";
    return 2;
  }
  Client client(argv[1], sc, argv[3]);
  std::map<std::string, std::string> status;
  for (const Value& step : sc.fields().at("steps").list_value().values()) {
    const auto& f = step.struct_value().fields();
    std::string id = f.at("id").string_value();
    Outcome out;
    for (const Value& need : f.at("needs").list_value().values()) {
      auto it = status.find(need.string_value());
      if (it == status.end() || it->second != "ok") {
        out = {it == status.end() ? "fail" : it->second, "needs " + need.string_value()};
        break;
      }
    }
    if (out.status == "ok") {
      try {
        client.run(id);
      } catch (const StepError& e) {
        out = e.outcome;
      }
    }
    status[id] = out.status;
    std::cout << "{\"step\":\"" << id << "\",\"status\":\"" << out.status << "\",\"detail\":\"" << json_escape(out.detail) << "\"}" << std::endl;
  }
  return 0;
}
