import Foundation

/// The JSON encoder and decoder the client uses, and decoding errors turned into `APIError`s.
public enum JSONCoding {
    /// Encodes a request body.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Decodes a response body, naming the operation when the shape is not the documented one.
    public static func decode<T: Decodable>(_ type: T.Type, from body: [UInt8], operation: @autoclosure () -> String) throws -> T {
        do {
            // The decoder reads the body in place: copying it into a `Data` would double a large body.
            return try body.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return try JSONDecoder().decode(type, from: Data()) }
                let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
                return try JSONDecoder().decode(type, from: data)
            }
        } catch {
            throw APIError(kind: .decoding, operation: operation(), message: "unexpected response: \(describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}
