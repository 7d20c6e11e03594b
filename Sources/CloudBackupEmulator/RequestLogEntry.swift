import CloudBackupAPI
import Foundation

/// One `/v2` request as the request log keeps it: what was asked, and whether it was performed
/// and its answer delivered.
struct RequestLogEntry: Sendable {
    /// The operation the path names, nil for a path that names none.
    let operation: APIOperation?
    let method: String
    let path: String
    /// The status the handler or a fault answered with; nil when the connection was dropped first.
    let status: Int?
    /// Whether the handler answered with a 2xx status.
    let performed: Bool
    /// Whether the connection was closed instead of sending the answer.
    let answerDropped: Bool
    /// The ID a create answered with, from its `Location` header.
    let createdID: String?

    /// One line of JSON, its members sorted: `{"answer_dropped":false,"id":"…","method":"POST",
    /// "operation":"startBackup","path":"/v2/123456/backups","performed":true,"status":201}`.
    var jsonLine: String {
        let line = Line(
            operation: operation?.name, method: method, path: path, status: status, performed: performed,
            answer_dropped: answerDropped, id: createdID)
        return (try? String(decoding: Self.encoder.encode(line), as: UTF8.self)) ?? "{}"
    }

    private struct Line: Encodable {
        let operation: String?
        let method: String
        let path: String
        let status: Int?
        let performed: Bool
        let answer_dropped: Bool
        let id: String?

        func encode(to encoder: any Encoder) throws {
            // Every member, null ones too, so that lines read alike.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(operation, forKey: .operation)
            try container.encode(method, forKey: .method)
            try container.encode(path, forKey: .path)
            try container.encode(status, forKey: .status)
            try container.encode(performed, forKey: .performed)
            try container.encode(answer_dropped, forKey: .answer_dropped)
            try container.encode(id, forKey: .id)
        }

        enum CodingKeys: String, CodingKey { case operation, method, path, status, performed, answer_dropped, id }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
