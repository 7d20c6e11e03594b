/// A credential or token. It encodes as a plain JSON string on the wire, but never prints:
/// `description`, `debugDescription` and string interpolation show `<redacted>`.
public struct Secret: Codable, Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The secret value itself; read it only to put it on the wire.
    public let revealed: String

    public init(_ value: String) {
        self.revealed = value
    }

    public init(from decoder: any Decoder) throws {
        revealed = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(revealed)
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}
