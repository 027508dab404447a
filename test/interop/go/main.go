// The Go interop client: runs test/interop/scenario.json against a node with the generated
// connect-go client (Connect protocol, binary, over HTTP/2 cleartext) and prints one JSON line
// per step. Usage: interop-go -url http://127.0.0.1:4800 -scenario scenario.json -run RUNID
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"connectrpc.com/connect"
	leitherv1 "github.com/leither/leither-ts/gen/go/leither/v1"
	"github.com/leither/leither-ts/gen/go/leither/v1/leitherv1connect"
)

type scenario struct {
	User  struct{ NamePrefix, Password string } `json:"user"`
	Other struct{ NamePrefix, Password string } `json:"other"`
	Db    struct {
		Key, Value, Counter string
		Increments          int64
	} `json:"db"`
	File struct {
		Size, ChunkSize int
		Name            string
	} `json:"file"`
	Steps []struct {
		ID    string   `json:"id"`
		Needs []string `json:"needs"`
	} `json:"steps"`
}

// errPending marks a step whose service answers UNIMPLEMENTED: not landed yet, not a failure.
var errPending = errors.New("pending")

type client struct {
	sc       scenario
	run      string
	session  string
	http     *http.Client
	url      string
	dbID     string
	dbHandle string
	fileHash string
	fileHdl  string
}

// bearer adds the session to every request once there is one.
func (c *client) bearer() connect.Option {
	return connect.WithInterceptors(connect.UnaryInterceptorFunc(func(next connect.UnaryFunc) connect.UnaryFunc {
		return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
			if c.session != "" {
				req.Header().Set("Authorization", "Bearer "+c.session)
			}
			return next(ctx, req)
		}
	}), streamAuth{c})
}

type streamAuth struct{ c *client }

func (a streamAuth) WrapUnary(next connect.UnaryFunc) connect.UnaryFunc { return next }
func (a streamAuth) WrapStreamingClient(next connect.StreamingClientFunc) connect.StreamingClientFunc {
	return func(ctx context.Context, spec connect.Spec) connect.StreamingClientConn {
		conn := next(ctx, spec)
		if a.c.session != "" {
			conn.RequestHeader().Set("Authorization", "Bearer "+a.c.session)
		}
		return conn
	}
}
func (a streamAuth) WrapStreamingHandler(next connect.StreamingHandlerFunc) connect.StreamingHandlerFunc {
	return next
}

// pendingIfUnimplemented turns UNIMPLEMENTED into errPending and keeps every other error.
func pendingIfUnimplemented(err error) error {
	if connect.CodeOf(err) == connect.CodeUnimplemented {
		return fmt.Errorf("%w: %v", errPending, err)
	}
	return err
}

func fileBytes(size int) []byte {
	b := make([]byte, size)
	for i := range b {
		b[i] = byte((i*7 + 3) % 256)
	}
	return b
}

func (c *client) step(ctx context.Context, id string) error {
	opt := c.bearer()
	identity := leitherv1connect.NewIdentityServiceClient(c.http, c.url, opt)
	mimei := leitherv1connect.NewMiMeiServiceClient(c.http, c.url, opt)
	db := leitherv1connect.NewDbServiceClient(c.http, c.url, opt)
	files := leitherv1connect.NewFileServiceClient(c.http, c.url, opt)
	switch id {
	case "node_info":
		res, err := leitherv1connect.NewNodeServiceClient(c.http, c.url).GetNodeInfo(ctx, connect.NewRequest(&leitherv1.GetNodeInfoRequest{}))
		if err != nil {
			return err
		}
		if res.Msg.NodeId == "" {
			return errors.New("empty node id")
		}
	case "register":
		_, err := identity.Register(ctx, connect.NewRequest(&leitherv1.RegisterRequest{Name: c.sc.User.NamePrefix + c.run, Password: c.sc.User.Password}))
		return err
	case "login":
		res, err := identity.Login(ctx, connect.NewRequest(&leitherv1.LoginRequest{Credential: &leitherv1.LoginRequest_Password{
			Password: &leitherv1.PasswordCredential{Name: c.sc.User.NamePrefix + c.run, Password: c.sc.User.Password}}}))
		if err != nil {
			return err
		}
		c.session = res.Msg.SessionId
	case "create_db":
		created, err := mimei.Create(ctx, connect.NewRequest(&leitherv1.CreateRequest{Type: leitherv1.MiMeiType_MI_MEI_TYPE_DB, Mark: "auto"}))
		if err != nil {
			return err
		}
		c.dbID = created.Msg.MimeiId
		opened, err := mimei.Open(ctx, connect.NewRequest(&leitherv1.OpenRequest{MimeiId: c.dbID, Version: "cur"}))
		if err != nil {
			return err
		}
		c.dbHandle = opened.Msg.Handle
	case "db_set_get":
		if _, err := db.Set(ctx, connect.NewRequest(&leitherv1.SetRequest{Handle: c.dbHandle, Key: c.sc.Db.Key, Value: []byte(c.sc.Db.Value)})); err != nil {
			return pendingIfUnimplemented(err)
		}
		got, err := db.Get(ctx, connect.NewRequest(&leitherv1.GetRequest{Handle: c.dbHandle, Key: c.sc.Db.Key}))
		if err != nil {
			return pendingIfUnimplemented(err)
		}
		if !got.Msg.Found || string(got.Msg.Value) != c.sc.Db.Value {
			return fmt.Errorf("get returned found=%v value=%q", got.Msg.Found, got.Msg.Value)
		}
	case "db_incr":
		var last int64
		for i := int64(0); i < c.sc.Db.Increments; i++ {
			res, err := db.Incr(ctx, connect.NewRequest(&leitherv1.IncrRequest{Handle: c.dbHandle, Key: c.sc.Db.Counter}))
			if err != nil {
				return pendingIfUnimplemented(err)
			}
			last = res.Msg.Value
		}
		if last != c.sc.Db.Increments {
			return fmt.Errorf("counter is %d after %d increments", last, c.sc.Db.Increments)
		}
	case "file_upload":
		created, err := mimei.Create(ctx, connect.NewRequest(&leitherv1.CreateRequest{Type: leitherv1.MiMeiType_MI_MEI_TYPE_FILE, Mark: "auto"}))
		if err != nil {
			return err
		}
		opened, err := mimei.Open(ctx, connect.NewRequest(&leitherv1.OpenRequest{MimeiId: created.Msg.MimeiId, Version: "cur"}))
		if err != nil {
			return err
		}
		c.fileHdl = opened.Msg.Handle
		data := fileBytes(c.sc.File.Size)
		sum := sha256.Sum256(data)
		c.fileHash = hex.EncodeToString(sum[:])
		stream := files.Upload(ctx)
		header := &leitherv1.UploadHeader{Name: c.sc.File.Name, Size: uint64(len(data)),
			Target: &leitherv1.FileTarget{Destination: &leitherv1.FileTarget_FileHandle{FileHandle: c.fileHdl}}}
		err = stream.Send(&leitherv1.UploadRequest{Part: &leitherv1.UploadRequest_Header{Header: header}})
		for off := 0; err == nil && off < len(data); off += c.sc.File.ChunkSize {
			end := min(off+c.sc.File.ChunkSize, len(data))
			err = stream.Send(&leitherv1.UploadRequest{Part: &leitherv1.UploadRequest_Chunk{Chunk: data[off:end]}})
		}
		// A Send error is io.EOF when the server answered early; the real status comes from CloseAndReceive.
		res, cerr := stream.CloseAndReceive()
		if cerr != nil {
			return pendingIfUnimplemented(cerr)
		}
		if res.Msg.ContentHash != c.fileHash || res.Msg.Size != uint64(len(data)) {
			return fmt.Errorf("upload answered hash %s size %d, want %s %d", res.Msg.ContentHash, res.Msg.Size, c.fileHash, len(data))
		}
	case "file_download":
		stream, err := files.Download(ctx, connect.NewRequest(&leitherv1.DownloadRequest{Source: &leitherv1.DownloadRequest_Handle{Handle: c.fileHdl}}))
		if err != nil {
			return pendingIfUnimplemented(err)
		}
		var buf bytes.Buffer
		var size uint64
		for stream.Receive() {
			switch p := stream.Msg().Part.(type) {
			case *leitherv1.DownloadResponse_Header:
				size = p.Header.Size
			case *leitherv1.DownloadResponse_Chunk:
				buf.Write(p.Chunk.Data)
			}
		}
		if err := stream.Err(); err != nil {
			return pendingIfUnimplemented(err)
		}
		sum := sha256.Sum256(buf.Bytes())
		if got := hex.EncodeToString(sum[:]); got != c.fileHash || size != uint64(buf.Len()) {
			return fmt.Errorf("downloaded %d bytes (header %d) hashing to %s, want %s", buf.Len(), size, got, c.fileHash)
		}
	case "backup_open":
		b, err := mimei.Backup(ctx, connect.NewRequest(&leitherv1.BackupRequest{MimeiId: c.dbID, Memo: "interop"}))
		if err != nil {
			return err
		}
		o, err := mimei.Open(ctx, connect.NewRequest(&leitherv1.OpenRequest{MimeiId: c.dbID, Version: strconv.FormatUint(b.Msg.Version, 10)}))
		if err != nil {
			return err
		}
		if !o.Msg.ReadOnly || o.Msg.Version != b.Msg.Version {
			return fmt.Errorf("open of version %d answered version %d read_only=%v", b.Msg.Version, o.Msg.Version, o.Msg.ReadOnly)
		}
	case "permission_denied":
		other := &client{sc: c.sc, run: c.run, http: c.http, url: c.url}
		oi := leitherv1connect.NewIdentityServiceClient(c.http, c.url)
		name := c.sc.Other.NamePrefix + c.run
		if _, err := oi.Register(ctx, connect.NewRequest(&leitherv1.RegisterRequest{Name: name, Password: c.sc.Other.Password})); err != nil {
			return err
		}
		login, err := oi.Login(ctx, connect.NewRequest(&leitherv1.LoginRequest{Credential: &leitherv1.LoginRequest_Password{
			Password: &leitherv1.PasswordCredential{Name: name, Password: c.sc.Other.Password}}}))
		if err != nil {
			return err
		}
		other.session = login.Msg.SessionId
		_, err = leitherv1connect.NewMiMeiServiceClient(c.http, c.url, other.bearer()).Open(ctx, connect.NewRequest(&leitherv1.OpenRequest{MimeiId: c.dbID, Version: "cur"}))
		if connect.CodeOf(err) != connect.CodePermissionDenied {
			return fmt.Errorf("want permission_denied, got %v", err)
		}
	case "ledger_transfer":
		_, err := leitherv1connect.NewLedgerServiceClient(c.http, c.url, opt).GetLedgerInfo(ctx, connect.NewRequest(&leitherv1.GetLedgerInfoRequest{}))
		if connect.CodeOf(err) == connect.CodeUnimplemented {
			return fmt.Errorf("%w: %v", errPending, err)
		}
		return fmt.Errorf("the ledger answers (%v): write this step as a real transfer", err)
	default:
		return fmt.Errorf("this client has no step %q", id)
	}
	return nil
}

func main() {
	url := flag.String("url", "", "the node's base URL")
	path := flag.String("scenario", "", "scenario.json")
	run := flag.String("run", strconv.FormatInt(time.Now().UnixNano(), 36), "suffix making user names unique")
	flag.Parse()
	raw, err := os.ReadFile(*path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var sc scenario
	if err := json.Unmarshal(raw, &sc); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	protocols := new(http.Protocols)
	protocols.SetUnencryptedHTTP2(true)
	c := &client{sc: sc, run: *run, url: *url, http: &http.Client{Transport: &http.Transport{Protocols: protocols}}}
	status := map[string]string{}
	out := json.NewEncoder(os.Stdout)
	for _, s := range sc.Steps {
		result, detail := "ok", ""
		for _, need := range s.Needs {
			if status[need] != "ok" {
				result, detail = status[need], "needs "+need
				break
			}
		}
		if result == "ok" {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			err := c.step(ctx, s.ID)
			cancel()
			switch {
			case errors.Is(err, errPending):
				result, detail = "pending", strings.TrimPrefix(err.Error(), errPending.Error()+": ")
			case err != nil:
				result, detail = "fail", err.Error()
			}
		}
		status[s.ID] = result
		_ = out.Encode(map[string]string{"step": s.ID, "status": result, "detail": detail})
	}
}
