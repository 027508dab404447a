"""A protoc plugin that runs grpcio-tools' built-in gRPC Python generator.

grpcio-tools ships that generator only inside its own protoc (`python -m grpc_tools.protoc
--grpc_python_out`), not as a plugin buf can call; this adapter hands it the request's descriptors
and returns what it wrote. Run it with the Python that has grpcio-tools installed.
"""
import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc


def main() -> None:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse()
    with tempfile.TemporaryDirectory() as tmp:
        descriptors = os.path.join(tmp, "descriptors.binpb")
        with open(descriptors, "wb") as f:
            f.write(descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString())
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        option = f"{request.parameter}:{out}" if request.parameter else out
        code = protoc.main(["protoc", f"--descriptor_set_in={descriptors}", f"--grpc_python_out={option}", *request.file_to_generate])
        if code != 0:
            response.error = f"grpc_tools.protoc exited with {code}"
        else:
            for dirpath, _, names in os.walk(out):
                for name in sorted(names):
                    full = os.path.join(dirpath, name)
                    with open(full, encoding="utf-8") as f:
                        response.file.add(name=os.path.relpath(full, out), content=f.read())
    response.supported_features = plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    sys.stdout.buffer.write(response.SerializeToString())


if __name__ == "__main__":
    main()
