import CloudBackupAPI

/// A log file as `requestLogFile`, `listLogFiles` and `getLogFile` return it: `self` always; `logfile` and
/// `logfile_temp_url` once completed.
enum LogFileDocument {
    static func make(_ record: LogFileRecord, request: APIRequest) -> LogFile {
        var links = [Link(href: selfURL(record, request), rel: "self")]
        if record.state == .completed, let signature = record.tempURLSignature, let expires = record.tempURLExpires {
            let object = record.objectURL(in: request.urls)
            links.append(Link(href: object, rel: "logfile"))
            links.append(
                Link(href: object + "?temp_url_sig=\(signature)&temp_url_expires=\(expires)", rel: "logfile_temp_url"))
        }
        return LogFile(id: record.id, date: record.date, state: record.state.rawValue, links: links)
    }

    static func selfURL(_ record: LogFileRecord, _ request: APIRequest) -> String {
        request.urls.agent(record.agentID) + "/logfiles/" + record.id
    }
}
