import CloudBackupAPI

/// Backups (`Backup`), restores (`Restore`, `RestoreSummary`) and cleanups (`Cleanup`) as the
/// service returns them, and their error reports (`ErrorReport`): the shapes of CloudBackupAPI.
enum JobDocument {
    /// The job's document; `summary` is a list item (a restore drops its rules, self link `full`).
    static func make(_ job: JobRecord, urls: ServiceURLs, summary: Bool = false) -> JSONValue {
        let own = urls.endpoint + "/" + job.kind.plural + "/" + job.id
        var members: [(key: String, value: JSONValue)] = [
            ("project_id", .string(EmulatorConfiguration.projectID)), ("id", .string(job.id)),
        ]
        switch job.kind {
        case .backup:
            members += [
                ("agent", .ref(job.links.agentID, href: urls.agent(job.links.agentID))),
                (
                    "configuration",
                    .ref(
                        job.links.configurationID ?? "",
                        href: urls.endpoint + "/configurations/" + (job.links.configurationID ?? ""))
                ),
            ]
        case .restore:
            members += [
                (
                    "backup",
                    .ref(job.links.backupID ?? "", href: urls.endpoint + "/backups/" + (job.links.backupID ?? ""))
                ),
                ("destination_agent", .ref(job.links.agentID, href: urls.agent(job.links.agentID))),
                ("destination_path", .optionalString(job.files.destinationPath)),
                ("overwrite_files", .bool(job.files.overwriteFiles)),
            ]
            if !summary {
                members += [
                    ("inclusions", .array(job.files.selection.inclusions.map(\.document))),
                    ("exclusions", .array(job.files.selection.exclusions.map(\.document))),
                ]
            }
        case .cleanup:
            members.append(("agent", .ref(job.links.agentID, href: urls.agent(job.links.agentID))))
        }
        members += [
            ("state", .string(job.state)),
            ("started_time", .optionalString(job.times.startedTime)),
            ("ended_time", .optionalString(job.times.endedTime)),
        ]
        if job.kind == .backup { members.append(("snapshot_id", job.snapshot.id.map(JSONValue.int) ?? .null)) }
        if job.kind == .cleanup { members.append(("snapshot_ids", .array(job.snapshot.removedIDs.map(JSONValue.int)))) }
        members.append(
            (
                "errors",
                .object([
                    ("count", .int(job.results.errors.count)), ("reason", .string(job.results.errors.reason)),
                    ("diagnostics", .optionalString(job.results.errors.diagnostics)),
                    ("links", .links([("full", own + "/errors")])),
                ])
            ))
        members += job.counterNames.map { ($0, .int(job.results.counters[$0] ?? 0)) }
        if job.kind == .backup { members.append(("restorable", .bool(job.snapshot.restorable))) }
        let selfRel = summary && job.kind == .restore ? "full" : "self"
        members.append(("links", .links([(selfRel, own), ("events", own + "/events")])))
        return .object(members)
    }

    /// `listBackupErrors`, `listRestoreErrors`, `listCleanupErrors`: the error list, each entry with the description
    /// of its type.
    static func errors(_ job: JobRecord, urls: ServiceURLs) -> JSONValue {
        let own = urls.endpoint + "/" + job.kind.plural + "/" + job.id
        let list = job.results.errors.list.map { entry -> JSONValue in
            let type = entry["type"]?.stringValue ?? ""
            return .object([
                ("index", entry["index"] ?? .int(0)), ("path", entry["path"] ?? .string("")), ("type", .string(type)),
                ("description", .string(JobErrorReport.description(ofType: type))),
                ("exception", entry["exception"] ?? .null),
            ])
        }
        return .object([
            ("count", .int(job.results.errors.count)), ("reason", .string(job.results.errors.reason)),
            ("diagnostics", .optionalString(job.results.errors.diagnostics)), ("list", .array(list)),
            ("links", .links([("self", own + "/errors")])),
        ])
    }
}
