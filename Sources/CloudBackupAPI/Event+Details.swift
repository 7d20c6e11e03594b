extension Event {
    /// `agent_activate`: `idle`, `active` or `real_time`.
    public var mode: String? { details["mode"]?.stringValue }

    /// `host_browse`, `backup_browse`: the directory to list.
    public var path: String? { details["path"]?.stringValue }

    /// `*_progress`: bytes done so far.
    public var bytesCompleted: Int? { integer("bytes_completed") }

    /// `*_progress`: bytes still to do.
    public var bytesRemaining: Int? { integer("bytes_remaining") }

    /// `*_progress`: all bytes of the run.
    public var totalBytes: Int? { integer("total_bytes") }

    /// The configuration the event belongs to, if any.
    public var configurationID: String? { details["configuration"]?["id"]?.stringValue }

    /// The backup the event belongs to, if any (`backup_browse` names only its snapshot).
    public var backupID: String? { details["backup"]?["id"]?.stringValue }

    /// The restore the event belongs to, if any.
    public var restoreID: String? { details["restore"]?["id"]?.stringValue }

    /// The cleanup the event belongs to, if any.
    public var cleanupID: String? { details["cleanup"]?["id"]?.stringValue }

    /// `logfile_upload`: where the agent uploads its logs (rel `logfile`).
    public var links: [Link]? {
        guard case .array(let items)? = details["links"] else { return nil }
        return items.compactMap { item in
            guard let href = item["href"]?.stringValue, let rel = item["rel"]?.stringValue else { return nil }
            return Link(href: href, rel: rel)
        }
    }

    private func integer(_ key: String) -> Int? {
        guard case .number(let value)? = details[key], value.rounded() == value else { return nil }
        return Int(value)
    }
}
