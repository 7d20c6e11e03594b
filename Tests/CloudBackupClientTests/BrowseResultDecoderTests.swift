import CloudBackupAPI
import Foundation
import Testing

@testable import CloudBackupClient

/// The browse result fast path must decode exactly what `JSONDecoder` decodes, and give up (so that
/// `JSONDecoder` reports the error) on anything it does not fully understand.
@Suite("Browse result decoder")
struct BrowseResultDecoderTests {
    static let documented = #"""
        {
            "id": "5650135594",
            "time": "2014-10-09T12:26:26.233501Z",
            "event": "host_browsed",
            "agent": {
                "id": "8f135b4f-7a69-4b8a-947f-5e80d772fd97"
            },
            "request_id": "16ce47f7-88b2-4983-8b1c-d4a82306ae87",
            "succeeded": true,
            "path": "/path/to/browse/",
            "path_encoded": "/optional/base64encoded/path/if/non-utf-8/characters/present/",
            "items": [
                {
                    "name": "initrd.img",
                    "name_encoded": "optional_base64encoded_name_if_non-utf-8_characters_present",
                    "bytes": 0,
                    "mime_type": "application/x-symlink-file"
                }
            ]
        }
        """#

    func both(_ text: String) throws -> (fast: BrowseResult?, reference: BrowseResult?) {
        let bytes = Array(text.utf8)
        return (BrowseResultDecoder.decode(bytes), try? JSONDecoder().decode(BrowseResult.self, from: Data(bytes)))
    }

    @Test func decodesTheDocumentedExampleLikeJSONDecoder() throws {
        let (fast, reference) = try both(Self.documented)
        #expect(fast != nil)
        #expect(fast == reference)
    }

    @Test(arguments: [
        #"{"id": "42", "event": "host_browsed", "request_id": "r", "succeeded": false, "path": "/", "items": []}"#,
        #"{"id": "1", "time": null, "event": "e", "agent": null, "request_id": "r", "succeeded": true, "path": "/x", "path_encoded": null, "extra": {"a": [1, 2, {"b": null}]}, "items": [{"name": "caf\u00e9 \ud83d\ude00\n\"q\"\/", "name_encoded": null, "bytes": 12, "mime_type": null, "other": true}]}"#,
        #"  {"id":"1","event":"e","request_id":"r","succeeded":true,"path":"/","items":[{"name":"a","bytes":1},{"name":"b","bytes":2,"mime_type":"inode/directory"}]}  "#,
        #"{"id":"1","event":"e","request_id":"r","succeeded":true,"path":"/","items":[{"name":"big","bytes":9223372036854775807},{"name":"neg","bytes":-12},{"name":"z\u00e9","bytes":0},{"bytes":123456789012345678,"name":"été"}]}"#,
    ])
    func agreesWithJSONDecoder(text: String) throws {
        let (fast, reference) = try both(text)
        #expect(fast != nil)
        #expect(fast == reference)
    }

    @Test(arguments: [
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "bytes": 1.5}]}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "bytes": +1}]}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "bytes": 01}]}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "bytes": --1}]}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "extra": e, "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "extra": [.5], "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/"}"#,
        #"{"id": "1", "event": "e", "agent": {"id": "a", "links": []}, "request_id": "r", "succeeded": true, "path": "/", "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/bad\x", "items": []}"#,
        #"{"id": "1"} trailing"#,
        "{\"id\": \"1\", \"event\": \"e\", \"request_id\": \"r\", \"succeeded\": true, \"path\": \"/a\tb\", \"items\": []}",
        #"{"id": 42, "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": []}"#,
        "",
    ])
    func leavesWhatItDoesNotFullyUnderstandToJSONDecoder(text: String) throws {
        // (These are errors for JSONDecoder too, or carry what only JSONDecoder keeps.)
        #expect(BrowseResultDecoder.decode(Array(text.utf8)) == nil)
        if !text.contains("links") { #expect(try both(text).reference == nil) }
    }

    @Test(arguments: [
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "path_encoded": "L2E=", "path_encoded": "L2I=", "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "path_encoded": null, "path_encoded": "L2I=", "items": []}"#,
        #"{"id": "1", "id": "2", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": []}"#,
        #"{"id": "1", "event": "e", "agent": {"id": "a", "id": "b"}, "request_id": "r", "succeeded": true, "path": "/", "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "bytes": 1}], "items": []}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "bytes": 1, "bytes": 2}]}"#,
        #"{"id": "1", "event": "e", "request_id": "r", "succeeded": true, "path": "/", "items": [{"name": "a", "name": "b", "bytes": 1}]}"#,
    ])
    func leavesARepeatedFieldToJSONDecoder(text: String) throws {
        // JSONDecoder keeps a repeated field's first value; the scanner would have kept the last.
        let (fast, reference) = try both(text)
        #expect(fast == nil)
        #expect(reference != nil)
    }

    @Test func decodesAHundredThousandItems() throws {
        let items = (0..<100_000).map { #"{"name": "f\#($0).csv", "bytes": \#($0), "mime_type": "text/csv"}"# }
        let text = #"{"id": "1", "event": "host_browsed", "request_id": "r", "succeeded": true, "path": "/big", "items": ["# + items.joined(separator: ",") + "]}"
        let (fast, reference) = try both(text)
        #expect(fast?.items.count == 100_000)
        #expect(fast == reference)
    }
}
