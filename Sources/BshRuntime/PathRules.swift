import CloudBackupAPI

/// Whether a path a command names is a file or a folder, for inclusion and exclusion rules.
extension Shell {
    /// What a browse result in the cache (under `cacheKey`) says of the path; otherwise a trailing `/`
    /// or a last component without a dot makes it a folder.
    func pathRule(_ path: String, cacheKey: String) -> PathRule {
        let name = RemoteName(escaped: path)
        if let (parent, last) = RemotePath.split(BrowseCache.normalized(name)),
            let item = workspace.browseCache.result(agentID: cacheKey, path: parent)?.items.first(where: { $0.remoteName == last })
        {
            return item.isDirectory ? .folder(path) : .file(path)
        }
        return ConfigCommands.rule(path)
    }
}
