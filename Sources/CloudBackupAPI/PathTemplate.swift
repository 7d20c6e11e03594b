import Foundation

/// An operation's path below the endpoint, parsed once into segments: `/agents/{agent_id}/logfiles`
/// is the literal `agents`, the parameter `agent_id` and the literal `logfiles`.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    /// One `/`-separated part of a template.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(PathParameter)
    }

    public let segments: [Segment]

    /// Parses `/literal/{parameter}/…`. The table is written by hand, so a placeholder that names
    /// no `PathParameter`, or names one twice, stops the program when the table is first read.
    public init(_ text: String) {
        segments = text.split(separator: "/").map { part in
            guard part.hasPrefix("{"), part.hasSuffix("}") else { return .literal(String(part)) }
            let name = String(part.dropFirst().dropLast())
            guard let parameter = PathParameter(rawValue: name) else {
                preconditionFailure("\(text): {\(name)} is not a PathParameter")
            }
            return .parameter(parameter)
        }
        precondition(Set(parameters).count == parameters.count, "\(text) names a parameter twice")
    }

    /// The parameters, in the order they appear.
    public var parameters: [PathParameter] {
        segments.compactMap { segment in
            if case .parameter(let parameter) = segment { parameter } else { nil }
        }
    }

    /// The number of literal segments: where two templates fit one path, the one with more wins.
    public var literalCount: Int {
        segments.count { if case .literal = $0 { true } else { false } }
    }

    /// The template as the reference writes it, e.g. `/agents/{agent_id}`.
    public var description: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let parameter): "{\(parameter.rawValue)}"
            }
        }.joined(separator: "/")
    }

    /// The path with each parameter replaced by its percent-encoded value. `arguments` must name
    /// exactly the template's parameters: a missing or a foreign one is a programming error, not
    /// an empty segment.
    public func fill(_ arguments: PathArguments) -> String {
        precondition(
            arguments.count == segments.count - literalCount && parameters.allSatisfy { arguments[$0] != nil },
            "\(self) takes \(parameters), given \(arguments.keys.sorted { $0.rawValue < $1.rawValue })")
        var path = ""
        for segment in segments {
            path += "/"
            switch segment {
            case .literal(let text): path += text
            case .parameter(let parameter): path += Self.percentEncoded(arguments[parameter] ?? "")
            }
        }
        return path.isEmpty ? "/" : path
    }

    /// `value` as one path segment: every byte but the unreserved characters, the sub-delimiters
    /// except `;`, `:` and `@` written `%XX`, as Foundation's `urlPathAllowed` without `/` would.
    /// Most values (identifiers) need nothing.
    static func percentEncoded(_ value: String) -> String {
        guard !value.utf8.allSatisfy(isSegmentByte) else { return value }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count * 3)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in value.utf8 {
            if isSegmentByte(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSegmentByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
            true
        default:
            false
        }
    }

    /// The parameters' values when the percent-decoded `path` segments fit the template: as many
    /// segments, literals equal, and a non-empty segment for each parameter. Nil otherwise.
    public func match(_ path: [String]) -> PathArguments? {
        guard path.count == segments.count else { return nil }
        var arguments: PathArguments = [:]
        for (segment, part) in zip(segments, path) {
            switch segment {
            case .literal(let text):
                guard text == part else { return nil }
            case .parameter(let parameter):
                guard !part.isEmpty else { return nil }
                arguments[parameter] = part
            }
        }
        return arguments
    }

    /// A path's segments, percent-decoded, without the empty ones (`//`, a trailing `/`).
    public static func segments(ofPath path: some StringProtocol) -> [String] {
        // Split by bytes and decode only what has a `%`: Foundation's decoding is costly, and a
        // server takes apart the path of every request.
        String(path).utf8.split(separator: UInt8(ascii: "/")).map { bytes in
            let part = String(Substring(bytes))
            return bytes.contains(UInt8(ascii: "%")) ? part.removingPercentEncoding ?? part : part
        }
    }
}
