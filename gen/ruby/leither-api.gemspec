# The Leither API for Ruby: google-protobuf messages and grpc stubs generated from proto/ into
# lib/ (never edited by hand: `npm run generate` at the repository root rewrites it).
Gem::Specification.new do |s|
  s.name = "leither-api"
  s.version = "0.1.0"
  s.summary = "Generated Protobuf messages and gRPC stubs of the Leither API (leither.v1)"
  s.license = "Apache-2.0"
  s.authors = ["Leither-TS"]
  s.files = Dir["lib/**/*.rb"]
  s.require_paths = ["lib"]
  s.required_ruby_version = ">= 3.0"
  # The runtimes of the generators: protoc 33.1 and Debian's grpc_ruby_plugin 1.51.
  s.add_dependency "google-protobuf", ">= 4.33.1", "< 5"
  s.add_dependency "grpc", ">= 1.51"
end
