import CloudBackupAPI

/// An inclusion or exclusion: `{"type": "file" | "folder", "path": ...}`.
struct InclusionRule: Sendable, Equatable {
    var type: String
    var path: String

    /// The path without a folder's trailing slash, for comparisons.
    var normalized: String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    var document: JSONValue {
        .object([("type", .string(type)), ("path", .string(path))])
    }

    /// True when `other` is this rule's path or lies beneath it.
    func covers(_ other: String) -> Bool {
        let base = normalized
        return other == base || (type == "folder" && other.hasPrefix(base == "/" ? "/" : base + "/"))
    }

    /// Rules from a JSON array, with problems added to `errors` under `field`.
    static func parse(_ value: JSONValue?, field: String, errors: inout [String]) -> [InclusionRule] {
        guard let value, !value.isJSONNull else { return [] }
        guard let items = value.asArray else {
            errors.append("\(field) must be an array.")
            return []
        }
        var rules: [InclusionRule] = []
        for (index, item) in items.enumerated() {
            guard let type = item["type"]?.stringValue, ["file", "folder"].contains(type) else {
                errors.append("\(field)[\(index)].type must be file or folder.")
                continue
            }
            guard let path = item["path"]?.stringValue, path.hasPrefix("/") else {
                errors.append("\(field)[\(index)].path must be an absolute path.")
                continue
            }
            rules.append(InclusionRule(type: type, path: path))
        }
        return rules
    }
}

/// What a backup holds of a host: the files under the inclusions, minus the exclusions.
struct PathSelection: Sendable {
    var inclusions: [InclusionRule]
    var exclusions: [InclusionRule]

    func isIncluded(_ path: String) -> Bool {
        inclusions.contains { $0.covers(path) } && !exclusions.contains { $0.covers(path) }
    }

    /// True when an inclusion lies beneath `path`, so the directory leads to selected files.
    func leadsToInclusion(_ path: String) -> Bool {
        let prefix = path == "/" ? "/" : path + "/"
        return inclusions.contains { $0.normalized.hasPrefix(prefix) }
    }

    /// The part of `root` the selection keeps; directories on the way to an inclusion stay.
    func filter(_ root: FileNode) -> FileNode {
        FileNode(name: root.name, kind: .directory(filterChildren(of: root, at: "")))
    }

    private func filterChildren(of node: FileNode, at path: String) -> [FileNode] {
        (node.children ?? []).compactMap { child in
            let childPath = path + "/" + child.name.lossy
            if exclusions.contains(where: { $0.covers(childPath) }) { return nil }
            if inclusions.contains(where: { $0.covers(childPath) }) {
                guard child.children != nil else { return child }
                return FileNode(
                    name: child.name, kind: .directory(filterChildren(of: child, at: childPath, included: true)))
            }
            guard child.children != nil, leadsToInclusion(childPath) else { return nil }
            return FileNode(name: child.name, kind: .directory(filterChildren(of: child, at: childPath)))
        }
    }

    private func filterChildren(of node: FileNode, at path: String, included: Bool) -> [FileNode] {
        (node.children ?? []).compactMap { child in
            let childPath = path + "/" + child.name.lossy
            if exclusions.contains(where: { $0.covers(childPath) }) { return nil }
            guard child.children != nil else { return child }
            return FileNode(
                name: child.name, kind: .directory(filterChildren(of: child, at: childPath, included: true)))
        }
    }
}

extension FileNode {
    /// The files below this node and their total size.
    var totals: (files: Int, bytes: Int) {
        switch kind {
        case .file(let bytes, _): (1, bytes)
        case .symlink: (1, 0)
        case .directory(let children):
            children.reduce((0, 0)) { sum, child in
                let t = child.totals
                return (sum.0 + t.files, sum.1 + t.bytes)
            }
        }
    }
}
