//! The Rust interop client: runs test/interop/scenario.json against a node with the generated
//! tonic client (gRPC over HTTP/2 cleartext) and prints one JSON line per step.
//! Usage: interop-rust URL SCENARIO RUNID
use std::collections::HashMap;

use leither_api::leither::v1::{self as api, *};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tonic::{metadata::MetadataValue, transport::Channel, Code, Request, Status};

enum Outcome {
    Pending(String),
    Fail(String),
}
type StepResult = Result<(), Outcome>;

impl From<Status> for Outcome {
    fn from(s: Status) -> Self {
        Outcome::Fail(format!("{:?}: {}", s.code(), s.message()))
    }
}

/// UNIMPLEMENTED means the service has not landed yet: pending, not failed.
fn pending_if_unimplemented(s: Status) -> Outcome {
    if s.code() == Code::Unimplemented {
        Outcome::Pending(format!("unimplemented: {}", s.message()))
    } else {
        s.into()
    }
}

fn authed<T>(msg: T, session: &str) -> Request<T> {
    let mut req = Request::new(msg);
    if !session.is_empty() {
        let v: MetadataValue<_> = format!("Bearer {session}").parse().expect("ascii session id");
        req.metadata_mut().insert("authorization", v);
    }
    req
}

fn file_bytes(size: usize) -> Vec<u8> {
    (0..size).map(|i| ((i * 7 + 3) % 256) as u8).collect()
}

struct Client {
    sc: Value,
    run: String,
    channel: Channel,
    session: String,
    db_id: String,
    db_handle: String,
    file_handle: String,
    file_hash: String,
}

impl Client {
    fn s(&self, path: &[&str]) -> String {
        path.iter().fold(&self.sc, |v, k| &v[*k]).as_str().unwrap_or_default().to_string()
    }
    fn n(&self, path: &[&str]) -> u64 {
        path.iter().fold(&self.sc, |v, k| &v[*k]).as_u64().unwrap_or_default()
    }

    async fn login(&self, who: &str) -> Result<String, Status> {
        let name = self.s(&[who, "namePrefix"]) + &self.run;
        let password = self.s(&[who, "password"]);
        let res = identity_service_client::IdentityServiceClient::new(self.channel.clone())
            .login(LoginRequest { credential: Some(login_request::Credential::Password(PasswordCredential { name, password })) })
            .await?;
        Ok(res.into_inner().session_id)
    }

    async fn step(&mut self, id: &str) -> StepResult {
        let mut identity = identity_service_client::IdentityServiceClient::new(self.channel.clone());
        let mut mimei = mi_mei_service_client::MiMeiServiceClient::new(self.channel.clone());
        let mut db = db_service_client::DbServiceClient::new(self.channel.clone());
        let mut files = file_service_client::FileServiceClient::new(self.channel.clone());
        let ses = self.session.clone();
        match id {
            "node_info" => {
                let info = node_service_client::NodeServiceClient::new(self.channel.clone()).get_node_info(GetNodeInfoRequest {}).await?.into_inner();
                if info.node_id.is_empty() {
                    return Err(Outcome::Fail("empty node id".into()));
                }
            }
            "register" => {
                let name = self.s(&["user", "namePrefix"]) + &self.run;
                identity.register(RegisterRequest { name, password: self.s(&["user", "password"]), ..Default::default() }).await?;
            }
            "login" => self.session = self.login("user").await?,
            "create_db" => {
                let req = CreateRequest { r#type: api::MiMeiType::Db as i32, mark: "auto".into(), ..Default::default() };
                self.db_id = mimei.create(authed(req, &ses)).await?.into_inner().mimei_id;
                let open = OpenRequest { mimei_id: self.db_id.clone(), version: "cur".into() };
                self.db_handle = mimei.open(authed(open, &ses)).await?.into_inner().handle;
            }
            "db_set_get" => {
                let (key, value) = (self.s(&["db", "key"]), self.s(&["db", "value"]));
                let set = SetRequest { handle: self.db_handle.clone(), key: key.clone(), value: value.clone().into_bytes(), ..Default::default() };
                db.set(authed(set, &ses)).await.map_err(pending_if_unimplemented)?;
                let got = db.get(authed(GetRequest { handle: self.db_handle.clone(), key, ..Default::default() }, &ses)).await.map_err(pending_if_unimplemented)?.into_inner();
                if !got.found || got.value != value.as_bytes() {
                    return Err(Outcome::Fail(format!("get returned found={} value={:?}", got.found, String::from_utf8_lossy(&got.value))));
                }
            }
            "db_incr" => {
                let (key, times) = (self.s(&["db", "counter"]), self.n(&["db", "increments"]));
                let mut last = 0;
                for _ in 0..times {
                    let req = IncrRequest { handle: self.db_handle.clone(), key: key.clone(), ..Default::default() };
                    last = db.incr(authed(req, &ses)).await.map_err(pending_if_unimplemented)?.into_inner().value;
                }
                if last != times as i64 {
                    return Err(Outcome::Fail(format!("counter is {last} after {times} increments")));
                }
            }
            "file_upload" => {
                let req = CreateRequest { r#type: api::MiMeiType::File as i32, mark: "auto".into(), ..Default::default() };
                let id = mimei.create(authed(req, &ses)).await?.into_inner().mimei_id;
                self.file_handle = mimei.open(authed(OpenRequest { mimei_id: id, version: "cur".into() }, &ses)).await?.into_inner().handle;
                let data = file_bytes(self.n(&["file", "size"]) as usize);
                self.file_hash = hex::encode(Sha256::digest(&data));
                let header = UploadHeader {
                    name: self.s(&["file", "name"]),
                    size: data.len() as u64,
                    target: Some(FileTarget { destination: Some(file_target::Destination::FileHandle(self.file_handle.clone())), ..Default::default() }),
                    ..Default::default()
                };
                let mut parts = vec![UploadRequest { part: Some(upload_request::Part::Header(header)) }];
                for chunk in data.chunks(self.n(&["file", "chunkSize"]) as usize) {
                    parts.push(UploadRequest { part: Some(upload_request::Part::Chunk(chunk.to_vec())) });
                }
                let res = files.upload(authed(tokio_stream::iter(parts), &ses)).await.map_err(pending_if_unimplemented)?.into_inner();
                if res.content_hash != self.file_hash || res.size != data.len() as u64 {
                    return Err(Outcome::Fail(format!("upload answered hash {} size {}, want {} {}", res.content_hash, res.size, self.file_hash, data.len())));
                }
            }
            "file_download" => {
                let req = DownloadRequest { source: Some(download_request::Source::Handle(self.file_handle.clone())), ..Default::default() };
                let mut stream = files.download(authed(req, &ses)).await.map_err(pending_if_unimplemented)?.into_inner();
                let (mut data, mut size) = (Vec::new(), u64::MAX);
                while let Some(part) = stream.message().await.map_err(pending_if_unimplemented)? {
                    match part.part {
                        Some(download_response::Part::Header(h)) => size = h.size,
                        Some(download_response::Part::Chunk(c)) => data.extend_from_slice(&c.data),
                        None => {}
                    }
                }
                let got = hex::encode(Sha256::digest(&data));
                if got != self.file_hash || size != data.len() as u64 {
                    return Err(Outcome::Fail(format!("downloaded {} bytes (header {size}) hashing to {got}, want {}", data.len(), self.file_hash)));
                }
            }
            "backup_open" => {
                let b = mimei.backup(authed(BackupRequest { mimei_id: self.db_id.clone(), memo: "interop".into(), ..Default::default() }, &ses)).await?.into_inner();
                let o = mimei.open(authed(OpenRequest { mimei_id: self.db_id.clone(), version: b.version.to_string() }, &ses)).await?.into_inner();
                if !o.read_only || o.version != b.version {
                    return Err(Outcome::Fail(format!("open of version {} answered version {} read_only={}", b.version, o.version, o.read_only)));
                }
            }
            "permission_denied" => {
                let name = self.s(&["other", "namePrefix"]) + &self.run;
                identity.register(RegisterRequest { name, password: self.s(&["other", "password"]), ..Default::default() }).await?;
                let other = self.login("other").await?;
                match mimei.open(authed(OpenRequest { mimei_id: self.db_id.clone(), version: "cur".into() }, &other)).await {
                    Err(s) if s.code() == Code::PermissionDenied => {}
                    Err(s) => return Err(Outcome::Fail(format!("want PermissionDenied, got {:?}: {}", s.code(), s.message()))),
                    Ok(_) => return Err(Outcome::Fail("the second user opened the first user's private MiMei".into())),
                }
            }
            "ledger_transfer" => {
                let res = ledger_service_client::LedgerServiceClient::new(self.channel.clone()).get_ledger_info(authed(GetLedgerInfoRequest::default(), &ses)).await;
                return match res {
                    Err(s) if s.code() == Code::Unimplemented => Err(Outcome::Pending(format!("unimplemented: {}", s.message()))),
                    _ => Err(Outcome::Fail("the ledger answers: write this step as a real transfer".into())),
                };
            }
            other => return Err(Outcome::Fail(format!("this client has no step {other:?}"))),
        }
        Ok(())
    }
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: interop-rust URL SCENARIO RUNID");
        std::process::exit(2);
    }
    let sc: Value = serde_json::from_str(&std::fs::read_to_string(&args[2]).expect("scenario file")).expect("scenario JSON");
    let channel = Channel::from_shared(args[1].clone()).expect("url").connect_lazy();
    let mut client = Client { sc: sc.clone(), run: args[3].clone(), channel, session: String::new(), db_id: String::new(), db_handle: String::new(), file_handle: String::new(), file_hash: String::new() };
    let mut status: HashMap<String, String> = HashMap::new();
    for step in sc["steps"].as_array().expect("steps") {
        let id = step["id"].as_str().expect("step id").to_string();
        let blocked = step["needs"].as_array().into_iter().flatten().filter_map(|n| n.as_str()).find(|n| status.get(*n).map(String::as_str) != Some("ok"));
        let (result, detail) = match blocked {
            Some(n) => (status.get(n).cloned().unwrap_or_else(|| "fail".into()), format!("needs {n}")),
            None => match tokio::time::timeout(std::time::Duration::from_secs(30), client.step(&id)).await {
                Ok(Ok(())) => ("ok".to_string(), String::new()),
                Ok(Err(Outcome::Pending(d))) => ("pending".to_string(), d),
                Ok(Err(Outcome::Fail(d))) => ("fail".to_string(), d),
                Err(_) => ("fail".to_string(), "timed out after 30 s".to_string()),
            },
        };
        status.insert(id.clone(), result.clone());
        println!("{}", json!({ "step": id, "status": result, "detail": detail }));
    }
}
