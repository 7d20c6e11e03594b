import CloudBackupAPI
import Foundation
import FuzzDriver

@testable import CloudBackupClient

@main
enum FuzzBrowseResult {
    static func main() { runFuzzer(fuzzBrowseResult) }
}

/// Whenever the browse result scanner decodes a document, `JSONDecoder` must decode the same result.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBrowseResult(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(fuzzInput(start, count))
    guard let fast = BrowseResultDecoder.decode(bytes) else { return 0 }
    let reference: BrowseResult
    do {
        reference = try JSONDecoder().decode(BrowseResult.self, from: Data(bytes))
    } catch {
        fatalError("the scanner decoded \(fast), JSONDecoder refused: \(error)")
    }
    precondition(fast == reference, "the scanner decoded \(fast), JSONDecoder \(reference)")
    return 0
}
