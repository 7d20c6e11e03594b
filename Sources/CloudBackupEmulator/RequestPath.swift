import CloudBackupAPI
import Foundation

/// A `/v2/{project_id}/...` path taken apart: percent-decoded segments, the project, and the
/// format suffix: `.json` is stripped, `.xml` is noted, as XML is advertised but never shown, and is
/// answered 501.
struct RequestPath: Sendable {
    let segments: [String]
    let suffix: String?

    init(_ rawPath: String) {
        var segments = PathTemplate.segments(ofPath: rawPath)
        var suffix: String?
        if let last = segments.last {
            for format in ["json", "xml"] where last.hasSuffix("." + format) && last.count > format.count + 1 {
                segments[segments.count - 1] = String(last.dropLast(format.count + 1))
                suffix = format
            }
        }
        self.segments = segments
        self.suffix = suffix
    }

    var isUnderV2: Bool { segments.first == "v2" }

    var project: String? { segments.count > 1 ? segments[1] : nil }

    /// The segments below `/v2/{project_id}`.
    var operationSegments: [String] { Array(segments.dropFirst(2)) }

    /// True when the client asked for XML: by suffix, or by `Accept` without a JSON suffix.
    func wantsXML(accept: String?) -> Bool {
        if let suffix { return suffix == "xml" }
        guard let accept = accept?.lowercased() else { return false }
        return accept.contains("xml") && !accept.contains("json") && !accept.contains("*/*")
    }
}
