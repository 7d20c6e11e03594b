import CloudBackupAPI

/// An absolute path pattern over a file tree: one `NamePattern` per component, and `**` for any
/// number of directories (none included). `/etc/**/*.conf` matches `/etc/a.conf` and
/// `/etc/ssh/sshd_config.d/x.conf`. Works on bytes, like the names it matches.
struct PathPattern: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case name(NamePattern)
        case anyDirectories
    }

    /// The pattern as written, made absolute: what `marks` shows.
    let path: RemoteName
    let segments: [Segment]

    /// `text` (escaped form) resolved against `directory`, then split into segments.
    init(_ text: String, from directory: RemoteName) throws {
        let resolved = RemotePath.resolve(RemoteName(escaped: text), from: directory)
        self.path = resolved
        self.segments = try Self.components(of: resolved).map { component in
            component.bytes == Array("**".utf8) ? .anyDirectories : .name(try NamePattern(component))
        }
    }

    /// A pattern matching exactly `path`, whatever characters its names hold.
    init(literal path: RemoteName) {
        self.path = path
        self.segments = Self.components(of: path).map { .name(NamePattern(literal: $0)) }
    }

    /// True when the pattern names one path (no wildcard anywhere).
    var isLiteral: Bool {
        segments.allSatisfy { if case .name(let name) = $0 { name.isLiteral } else { false } }
    }

    /// The longest leading part without a wildcard: where a search for matches starts.
    var literalPrefix: RemoteName {
        var bytes: [UInt8] = []
        for (segment, component) in zip(segments, Self.components(of: path)) {
            guard case .name(let name) = segment, name.isLiteral else { break }
            bytes += [UInt8(ascii: "/")] + component.bytes
        }
        return RemoteName(bytes: bytes.isEmpty ? [UInt8(ascii: "/")] : bytes)
    }

    /// Whether the pattern matches `path` itself.
    func matches(_ path: RemoteName) -> Bool {
        Self.match(segments[...], Self.components(of: path)[...], prefixOnly: false)
    }

    /// Whether the pattern matches `path` or a directory above it: what a mark covers.
    func covers(_ path: RemoteName) -> Bool {
        let components = Self.components(of: path)
        return (0...components.count).contains { Self.match(segments[...], components[..<$0], prefixOnly: false) }
    }

    /// Whether something below the directory `path` could match: a search descends only there.
    func mayMatchBelow(_ path: RemoteName) -> Bool {
        Self.match(segments[...], Self.components(of: path)[...], prefixOnly: true)
    }

    private static func match(_ segments: ArraySlice<Segment>, _ components: ArraySlice<RemoteName>, prefixOnly: Bool) -> Bool {
        guard let segment = segments.first else { return components.isEmpty }
        switch segment {
        case .anyDirectories:
            if prefixOnly { return true }
            return (components.startIndex...components.endIndex).contains {
                match(segments.dropFirst(), components[$0...], prefixOnly: false)
            }
        case .name(let name):
            guard let component = components.first else { return prefixOnly }
            return name.matches(component) && match(segments.dropFirst(), components.dropFirst(), prefixOnly: prefixOnly)
        }
    }

    static func components(of path: RemoteName) -> [RemoteName] {
        path.bytes.split(separator: UInt8(ascii: "/")).map { RemoteName(bytes: Array($0)) }
    }
}

extension NamePattern {
    /// A pattern matching exactly `name`.
    init(literal name: RemoteName) {
        self.tokens = Self.units(of: name.bytes).map { .literal($0) }
    }
}
