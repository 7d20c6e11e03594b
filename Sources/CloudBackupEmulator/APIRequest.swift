import CloudBackupAPI
import Foundation
import Hummingbird

/// A `/v2/{project_id}` request that passed authentication and names a documented operation:
/// what a handler needs, already parsed.
struct APIRequest: Sendable {
    let operation: APIOperation
    /// The path's parameters, percent-decoded, by name.
    let parameters: PathArguments
    let query: [String: String]
    let headers: HTTPFields
    let body: ByteBuffer
    let urls: ServiceURLs
    let store: Store
    /// Every list's page size, when the emulator has one.
    var pageSize: Int? { store.pageSize }

    /// A parameter of the operation's path; asking for one its template does not have is a
    /// programming error.
    func parameter(_ name: PathParameter) -> String {
        guard let value = parameters[name] else { preconditionFailure("\(operation) has no {\(name)}") }
        return value
    }

    /// The body decoded as `T`; 400 with the reason when it is not JSON or not of that shape.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let data = Data(body.readableBytesView)
        guard !data.isEmpty else {
            throw ServiceError.validation("A JSON request body is required.", errors: ["The request body is empty."])
        }
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            throw ServiceError.validation(
                "Malformed JSON in request body.", errors: ["The request body is not valid JSON."])
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw ServiceError.validation("Validation failed.", errors: [Self.describe(error)])
        }
    }

    /// PATCH bodies are JSON Patch documents; `application/json` is accepted too, as the
    /// documentation's own PATCH example sends it.
    func requirePatchContentType() throws {
        guard let contentType = headers[.contentType]?.lowercased() else { return }
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json-patch+json" || mediaType == "application/json" else {
            throw ServiceError.validation(
                "Unsupported Content-Type.", errors: ["Send application/json-patch+json (or application/json)."])
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "\(path(context.codingPath + [key])) is required."
        case .typeMismatch(let type, let context)?:
            return "\(path(context.codingPath)) must be of type \(type)."
        case .valueNotFound(let type, let context)?:
            return "\(path(context.codingPath)) must be a \(type), not null."
        case .dataCorrupted(let context)?:
            return "\(path(context.codingPath)): \(context.debugDescription)"
        default:
            return "The request body does not have the expected shape."
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "The body" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
