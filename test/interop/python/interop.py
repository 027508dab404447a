"""The Python interop client: runs test/interop/scenario.json against a node with the generated
grpcio stubs (gRPC over HTTP/2 cleartext) and prints one JSON line per step.

Usage: python interop.py --url http://127.0.0.1:4800 --scenario scenario.json --run RUNID
"""
import argparse
import hashlib
import json
import sys
from urllib.parse import urlparse

import grpc
from leither.v1 import common_pb2
from leither.v1 import db_service_pb2 as db
from leither.v1 import db_service_pb2_grpc as db_grpc
from leither.v1 import file_service_pb2 as files
from leither.v1 import file_service_pb2_grpc as files_grpc
from leither.v1 import identity_service_pb2 as identity
from leither.v1 import identity_service_pb2_grpc as identity_grpc
from leither.v1 import ledger_service_pb2 as ledger
from leither.v1 import ledger_service_pb2_grpc as ledger_grpc
from leither.v1 import mimei_service_pb2 as mimei
from leither.v1 import mimei_service_pb2_grpc as mimei_grpc
from leither.v1 import node_service_pb2 as node
from leither.v1 import node_service_pb2_grpc as node_grpc

TIMEOUT = 30


class Pending(Exception):
    """The node answered UNIMPLEMENTED: the service has not landed yet."""


class StepFailed(Exception):
    pass


def pending_if_unimplemented(err: grpc.RpcError) -> Exception:
    if err.code() == grpc.StatusCode.UNIMPLEMENTED:
        return Pending(f"unimplemented: {err.details()}")
    return err


def file_bytes(size: int) -> bytes:
    return bytes((i * 7 + 3) % 256 for i in range(size))


class Client:
    def __init__(self, url: str, scenario: dict, run: str):
        self.sc = scenario
        self.run = run
        self.channel = grpc.insecure_channel(urlparse(url).netloc)
        self.identity = identity_grpc.IdentityServiceStub(self.channel)
        self.mimei = mimei_grpc.MiMeiServiceStub(self.channel)
        self.db = db_grpc.DbServiceStub(self.channel)
        self.files = files_grpc.FileServiceStub(self.channel)
        self.session = ""

    @property
    def auth(self):
        return [("authorization", f"Bearer {self.session}")] if self.session else []

    def login(self, who: dict) -> str:
        name = who["namePrefix"] + self.run
        res = self.identity.Login(identity.LoginRequest(password=identity.PasswordCredential(name=name, password=who["password"])), timeout=TIMEOUT)
        return res.session_id

    def node_info(self):
        res = node_grpc.NodeServiceStub(self.channel).GetNodeInfo(node.GetNodeInfoRequest(), timeout=TIMEOUT)
        if not res.node_id:
            raise StepFailed("empty node id")

    def register(self):
        u = self.sc["user"]
        self.identity.Register(identity.RegisterRequest(name=u["namePrefix"] + self.run, password=u["password"]), timeout=TIMEOUT)

    def login_step(self):
        self.session = self.login(self.sc["user"])

    def create_db(self):
        created = self.mimei.Create(mimei.CreateRequest(type=common_pb2.MI_MEI_TYPE_DB, mark="auto"), metadata=self.auth, timeout=TIMEOUT)
        self.db_id = created.mimei_id
        self.db_handle = self.mimei.Open(mimei.OpenRequest(mimei_id=self.db_id, version="cur"), metadata=self.auth, timeout=TIMEOUT).handle

    def db_set_get(self):
        d = self.sc["db"]
        try:
            self.db.Set(db.SetRequest(handle=self.db_handle, key=d["key"], value=d["value"].encode()), metadata=self.auth, timeout=TIMEOUT)
            got = self.db.Get(db.GetRequest(handle=self.db_handle, key=d["key"]), metadata=self.auth, timeout=TIMEOUT)
        except grpc.RpcError as err:
            raise pending_if_unimplemented(err)
        if not got.found or got.value != d["value"].encode():
            raise StepFailed(f"get returned found={got.found} value={got.value!r}")

    def db_incr(self):
        d = self.sc["db"]
        last = 0
        try:
            for _ in range(d["increments"]):
                last = self.db.Incr(db.IncrRequest(handle=self.db_handle, key=d["counter"]), metadata=self.auth, timeout=TIMEOUT).value
        except grpc.RpcError as err:
            raise pending_if_unimplemented(err)
        if last != d["increments"]:
            raise StepFailed(f"counter is {last} after {d['increments']} increments")

    def file_upload(self):
        f = self.sc["file"]
        created = self.mimei.Create(mimei.CreateRequest(type=common_pb2.MI_MEI_TYPE_FILE, mark="auto"), metadata=self.auth, timeout=TIMEOUT)
        self.file_handle = self.mimei.Open(mimei.OpenRequest(mimei_id=created.mimei_id, version="cur"), metadata=self.auth, timeout=TIMEOUT).handle
        data = file_bytes(f["size"])
        self.file_hash = hashlib.sha256(data).hexdigest()

        def parts():
            yield files.UploadRequest(header=files.UploadHeader(name=f["name"], size=len(data), target=files.FileTarget(file_handle=self.file_handle)))
            for off in range(0, len(data), f["chunkSize"]):
                yield files.UploadRequest(chunk=data[off : off + f["chunkSize"]])

        try:
            res = self.files.Upload(parts(), metadata=self.auth, timeout=TIMEOUT)
        except grpc.RpcError as err:
            raise pending_if_unimplemented(err)
        if res.content_hash != self.file_hash or res.size != len(data):
            raise StepFailed(f"upload answered hash {res.content_hash} size {res.size}, want {self.file_hash} {len(data)}")

    def file_download(self):
        data = bytearray()
        size = -1
        try:
            for part in self.files.Download(files.DownloadRequest(handle=self.file_handle), metadata=self.auth, timeout=TIMEOUT):
                if part.HasField("header"):
                    size = part.header.size
                elif part.HasField("chunk"):
                    data += part.chunk.data
        except grpc.RpcError as err:
            raise pending_if_unimplemented(err)
        got = hashlib.sha256(data).hexdigest()
        if got != self.file_hash or size != len(data):
            raise StepFailed(f"downloaded {len(data)} bytes (header {size}) hashing to {got}, want {self.file_hash}")

    def backup_open(self):
        b = self.mimei.Backup(mimei.BackupRequest(mimei_id=self.db_id, memo="interop"), metadata=self.auth, timeout=TIMEOUT)
        o = self.mimei.Open(mimei.OpenRequest(mimei_id=self.db_id, version=str(b.version)), metadata=self.auth, timeout=TIMEOUT)
        if not o.read_only or o.version != b.version:
            raise StepFailed(f"open of version {b.version} answered version {o.version} read_only={o.read_only}")

    def permission_denied(self):
        o = self.sc["other"]
        self.identity.Register(identity.RegisterRequest(name=o["namePrefix"] + self.run, password=o["password"]), timeout=TIMEOUT)
        other = [("authorization", f"Bearer {self.login(o)}")]
        try:
            self.mimei.Open(mimei.OpenRequest(mimei_id=self.db_id, version="cur"), metadata=other, timeout=TIMEOUT)
        except grpc.RpcError as err:
            if err.code() != grpc.StatusCode.PERMISSION_DENIED:
                raise StepFailed(f"want PERMISSION_DENIED, got {err.code().name}: {err.details()}")
            return
        raise StepFailed("the second user opened the first user's private MiMei")

    def ledger_transfer(self):
        try:
            ledger_grpc.LedgerServiceStub(self.channel).GetLedgerInfo(ledger.GetLedgerInfoRequest(), metadata=self.auth, timeout=TIMEOUT)
        except grpc.RpcError as err:
            if err.code() == grpc.StatusCode.UNIMPLEMENTED:
                raise Pending(f"unimplemented: {err.details()}")
            raise StepFailed(f"the ledger answers ({err.code().name}): write this step as a real transfer")
        raise StepFailed("the ledger answers: write this step as a real transfer")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--scenario", required=True)
    parser.add_argument("--run", required=True)
    args = parser.parse_args()
    with open(args.scenario, encoding="utf-8") as f:
        scenario = json.load(f)
    client = Client(args.url, scenario, args.run)
    steps = {"login": client.login_step}
    status: dict[str, str] = {}
    for step in scenario["steps"]:
        sid = step["id"]
        result, detail = "ok", ""
        blocked = next((n for n in step["needs"] if status.get(n) != "ok"), None)
        if blocked:
            result, detail = status.get(blocked, "fail"), f"needs {blocked}"
        else:
            fn = steps.get(sid) or getattr(client, sid, None)
            try:
                if fn is None:
                    raise StepFailed(f"this client has no step {sid!r}")
                fn()
            except Pending as p:
                result, detail = "pending", str(p)
            except grpc.RpcError as err:
                result, detail = "fail", f"{err.code().name}: {err.details()}"
            except Exception as err:  # any other failure is reported, not raised: later steps still run
                result, detail = "fail", f"{type(err).__name__}: {err}"
        status[sid] = result
        print(json.dumps({"step": sid, "status": result, "detail": detail}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
