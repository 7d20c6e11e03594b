import BshValues
import CloudBackupAPI
import Foundation
import Testing

@testable import BshRuntime

@Suite("Browse results as values")
struct BrowseValueTests {
    /// The direct conversion must give what the general path (JSON with sorted keys, parsed) gives.
    @Test(arguments: [
        BrowseResult(
            id: "1", time: "2014-10-09T12:26:26Z", event: "host_browsed", agent: ResourceRef(id: "a"), requestID: "r",
            succeeded: true, path: "/etc", pathEncoded: "L2V0Yw==",
            items: [
                BrowseItem(name: "hosts", nameEncoded: nil, bytes: 231, mimeType: "text/plain"),
                BrowseItem(name: "caf?", nameEncoded: "Y2Fm6Q==", bytes: 4096, mimeType: nil),
                BrowseItem(name: "x", nameEncoded: "eA==", bytes: 0, mimeType: "inode/directory"),
                BrowseItem(name: "y", nameEncoded: nil, bytes: 1, mimeType: nil),
            ]),
        BrowseResult(
            id: "2", time: nil, event: "backup_browsed", agent: nil, requestID: "r", succeeded: false, path: "/",
            pathEncoded: nil, items: []),
    ])
    func matchesTheJSONRoute(result: BrowseResult) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let viaJSON = try Value(json: Array(encoder.encode(result)))
        #expect(result.value == viaJSON)
    }
}
