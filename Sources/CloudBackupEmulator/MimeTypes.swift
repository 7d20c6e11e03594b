/// The MIME type an agent reports for a file, guessed from its name.
enum MimeTypes {
    static let executable = "application/x-executable"
    static let binary = "application/octet-stream"

    private static let byExtension: [String: String] = [
        "txt": "text/plain", "conf": "text/plain", "cnf": "text/plain", "cfg": "text/plain",
        "log": "text/plain", "list": "text/plain", "md": "text/markdown", "csv": "text/csv",
        "html": "text/html", "css": "text/css", "js": "application/javascript",
        "json": "application/json", "xml": "application/xml", "yml": "text/x-yaml",
        "sh": "text/x-shellscript", "py": "text/x-python", "php": "text/x-php", "sql": "application/sql",
        "gz": "application/gzip", "tgz": "application/gzip", "zip": "application/zip",
        "png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml", "ico": "image/vnd.microsoft.icon",
        "pdf": "application/pdf", "pem": "application/x-pem-file", "crt": "application/x-x509-ca-cert",
        "key": "application/x-pem-file", "pub": "text/plain", "service": "text/plain", "so": "application/x-sharedlib",
        "ibd": "application/octet-stream", "frm": "application/octet-stream", "db": "application/octet-stream",
    ]

    static func guess(for name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "text/plain" }
        let suffix = name[name.index(after: dot)...].lowercased()
        if suffix.allSatisfy(\.isNumber) { return "text/plain" }  // rotated logs: syslog.1
        return byExtension[suffix] ?? "application/octet-stream"
    }
}
