# The Leither API for Objective-C: protobuf messages generated from proto/ into Generated/ (never
# edited by hand: `npm run generate` at the repository root rewrites it).
Pod::Spec.new do |s|
  s.name = "LeitherAPI"
  s.version = "0.1.0"
  s.summary = "Generated Protobuf messages of the Leither API (leither.v1)"
  s.license = { :type => "Apache-2.0" }
  s.authors = { "Leither-TS" => "" }
  s.homepage = "https://github.com/leither/leither-ts"
  s.source = { :git => "https://github.com/leither/leither-ts.git", :tag => s.version.to_s }
  s.ios.deployment_target = "15.0"
  s.osx.deployment_target = "11.0"
  s.source_files = "Generated/**/*.{h,m}"
  s.requires_arc = false
  # The runtime of the generator (protoc 33.1).
  s.dependency "Protobuf", ">= 4.33.1"
end
