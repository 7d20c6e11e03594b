import BshLanguage

/// Recognises and hides credentials in statement text: history never keeps such lines, and traces and
/// the source lines quoted by errors show them with the secrets replaced.
public enum SecretFilter {
    static let markers = [
        "--api-key", "--password", "--token", "api_key", "api-key", "apikey", "password", "token", "RAX_API_KEY",
        "RS_API_KEY", "OS_PASSWORD", "BSH_TOKEN", "X-Auth-Token",
    ]
    static let lowercasedMarkers = markers.map { $0.lowercased() }
    /// Options whose value is a secret: the command line's credentials, and the options the
    /// subcommands declare secret.
    static let secretOptions = Set(["--api-key", "--password", "--token"]).union(CommandRegistry.secretOptions)

    /// True when the line mentions a credential, passes a vault password or holds a URL's password.
    public static func mentionsSecret(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return lowercasedMarkers.contains { lowered.contains($0) } || !SecretSpans(line).subcommandSecrets().isEmpty
            || !URLPasswords.ranges(in: Array(line.utf8)).isEmpty
    }

    /// The message with the password of any URL in it (`https://user:PASSWORD@host`) replaced by `***`:
    /// every message bsh prints passes through this, whatever produced it.
    public static func hidingURLPasswords(_ message: String) -> String {
        message.utf8.count < 8 || !message.contains("://") ? message : URLPasswords.redacted(message)
    }

    /// The text with the values of secret options, vault passwords and `password=…`-like values replaced by `***`.
    public static func redacted(_ text: String) -> String {
        hiding(text) { _ in Array("***".utf8) }
    }

    /// The same, but each hidden byte becomes a `*`, so byte offsets into the text, and the carets
    /// drawn from them under a quoted line, still line up.
    /// Line ends are kept, so that the lines after a hidden span keep their numbers.
    public static func masked(_ text: String) -> String {
        hiding(text) { hidden in hidden.map { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") ? $0 : UInt8(ascii: "*") } }
    }

    /// The file with its secrets masked, for quoting its lines in a diagnostic.
    public static func masked(_ source: SourceFile) -> SourceFile {
        let text = masked(source.text)
        return text == source.text ? source : SourceFile(name: source.name, text: text)
    }

    private static func hiding(_ text: String, with replacement: (ArraySlice<UInt8>) -> [UInt8]) -> String {
        let spans = SecretSpans(text).all()
        guard !spans.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for span in spans {
            result += bytes[position..<span.lowerBound]
            result += replacement(bytes[span])
            position = span.upperBound
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }
}
