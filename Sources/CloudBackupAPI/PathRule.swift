/// One inclusion or exclusion rule of a configuration or a restore: `{"type": ..., "path": ...}`.
public struct PathRule: Codable, Sendable, Equatable, Hashable {
    /// `file` or `folder`.
    public var type: String
    public var path: String
    /// Base64 of the path's bytes when they are not UTF-8 (`path` then holds U+FFFD for them), as
    /// browse requests carry it; nil otherwise, and left out of the JSON.
    public var pathEncoded: String?

    public init(type: String, path: String, pathEncoded: String? = nil) {
        self.type = type
        self.path = path
        self.pathEncoded = pathEncoded
    }

    /// A rule for a path given as bytes: `path_encoded` added when they are not UTF-8.
    public init(type: Kind, path: RemoteName) {
        self.init(type: type.rawValue, path: path.lossy, pathEncoded: path.encodedIfNeeded)
    }

    enum CodingKeys: String, CodingKey {
        case type, path
        case pathEncoded = "path_encoded"
    }

    /// A rule for one file.
    public static func file(_ path: String) -> PathRule { PathRule(type: Kind.file.rawValue, path: path) }

    /// A rule for a folder and everything beneath it.
    public static func folder(_ path: String) -> PathRule { PathRule(type: Kind.folder.rawValue, path: path) }

    /// The documented rule types.
    public enum Kind: String, Sendable, CaseIterable {
        case file, folder
    }
}
