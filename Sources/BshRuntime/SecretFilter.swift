/// Recognises and hides credentials in statement text: history never keeps such lines, and a trace
/// prints them with the secret words replaced.
public enum SecretFilter {
    static let markers = [
        "--api-key", "--password", "--token", "api_key", "apikey", "password", "token", "RAX_API_KEY", "RS_API_KEY",
        "OS_PASSWORD", "BSH_TOKEN", "X-Auth-Token",
    ]
    /// Options whose value is a secret.
    static let secretOptions: Set<String> = ["--api-key", "--password", "--token", "--old"]

    /// True when the line mentions a credential or passes a vault password.
    public static func mentionsSecret(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return markers.contains { lowered.contains($0.lowercased()) } || isVaultPassword(line.split(separator: " ").map(String.init))
    }

    /// The text with the values of secret options, vault passwords and `password=…`-like words replaced by `***`.
    public static func redacted(_ text: String) -> String {
        hiding(text) { _ in "***" }
    }

    /// The same, but each hidden character becomes a `*`, so columns and carets under the line still line up.
    public static func masked(_ text: String) -> String {
        hiding(text) { String(repeating: "*", count: $0.count) }
    }

    private static func hiding(_ text: String, with replacement: (Substring) -> String) -> String {
        guard mentionsSecret(text) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            if secretOptions.contains(previous) || isVaultPassword(Array(words[..<index])) && !word.hasPrefix("-") {
                result.append(replacement(Substring(word)))
            } else if let separator = word.firstIndex(where: { $0 == "=" || $0 == ":" }),
                markers.contains(where: { word[..<separator].lowercased().contains($0.lowercased()) }) {
                result.append(word[...separator] + replacement(word[word.index(after: separator)...]))
            } else {
                result.append(word)
            }
        }
        return result.joined(separator: " ")
    }

    /// True when `words` are `vault encrypt` or `vault verify` (with any words after): what follows is a password.
    private static func isVaultPassword(_ words: [String]) -> Bool {
        let words = words.filter { !$0.isEmpty }
        guard let vault = words.firstIndex(of: "vault"), vault + 1 < words.count else { return false }
        return words[vault + 1] == "encrypt" || words[vault + 1] == "verify"
    }
}
