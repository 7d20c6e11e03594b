import CloudBackupAPI

/// Checks a downloaded object against what its response says of it: its `Content-Length`, and the
/// MD5 `ETag` Cloud Files gives an object. (A manifest's ETag is quoted and covers its segments, not
/// the body, so only a bare 32-digit one is checked.)
enum DownloadIntegrity {
    /// What does not match, or nil when the body is as announced.
    static func mismatch(in response: TransportResponse) -> String? {
        if let announced = response.header("Content-Length").flatMap({ Int($0) }), announced != response.body.count {
            return "\(response.body.count) of \(announced) bytes arrived"
        }
        if let tag = response.header("ETag"), tag.utf8.count == 32, tag.allSatisfy(\.isHexDigit),
            MD5.hex(response.body) != tag.lowercased() {
            return "its MD5 does not match its ETag"
        }
        return nil
    }
}
