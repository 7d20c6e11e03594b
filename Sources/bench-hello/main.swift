// The baseline for scripts/bench's wrk figures: Hummingbird with one route returning a short body.
// Usage: bench-hello PORT
import Foundation
import Hummingbird

let arguments = CommandLine.arguments
guard arguments.count == 2, let port = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: bench-hello PORT\n".utf8))
    exit(2)
}
let router = Router()
router.get("hello") { _, _ in "Hello, world!" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
