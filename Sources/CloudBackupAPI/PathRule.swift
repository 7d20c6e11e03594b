/// One inclusion or exclusion rule of a configuration or a restore: `{"type": ..., "path": ...}`.
public struct PathRule: Codable, Sendable, Equatable, Hashable {
    /// `file` or `folder`.
    public var type: String
    public var path: String

    public init(type: String, path: String) {
        self.type = type
        self.path = path
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
