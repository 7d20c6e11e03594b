// The baseline for scripts/bench: N sequential GETs with one AsyncHTTPClient, nothing else.
// Usage: bench-http-loop URL TOKEN COUNT
import AsyncHTTPClient
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: bench-http-loop URL TOKEN COUNT\n".utf8))
    exit(2)
}
let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
var request = HTTPClientRequest(url: arguments[1])
request.headers.add(name: "X-Auth-Token", value: arguments[2])
var bytes = 0
for _ in 0..<count {
    let response = try await client.execute(request, timeout: .seconds(30))
    let body = try await response.body.collect(upTo: 1 << 24)
    // Decoded as bsh decodes what it prints, so both loops do the same work.
    _ = try JSONSerialization.jsonObject(with: Data(body.readableBytesView))
    bytes += body.readableBytes
}
try await client.shutdown().get()
print("\(count) GETs, \(bytes) bytes")
