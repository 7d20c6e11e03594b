import Foundation

/// Hides credentials in what is shown of a request: the password of a URL, query values and headers
/// whose names say they hold a credential, and such values in a JSON body (the identity request's
/// API key or password, a vault password).
enum SecretRedaction {
    static let hidden = "***"

    /// Name parts that mark a credential, matched case-insensitively anywhere in a name.
    static let credentialNames = [
        "token", "password", "passwd", "apikey", "api_key", "api-key", "secret", "signature", "sig", "credential",
        "authorization", "cookie", "session",
    ]

    static func namesCredential(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return credentialNames.contains { lowered.contains($0) }
    }

    /// The URL with its password, and the values of query items that name a credential, replaced by `***`.
    static func url(_ url: String) -> String {
        var text = hidingPassword(url)
        guard let mark = text.firstIndex(of: "?") else { return text }
        let fragmentStart = text[mark...].firstIndex(of: "#") ?? text.endIndex
        let query = text[text.index(after: mark)..<fragmentStart].split(separator: "&", omittingEmptySubsequences: false).map { item in
            guard let equals = item.firstIndex(of: "="), namesCredential(String(item[..<equals])) else { return String(item) }
            return item[...equals] + hidden
        }.joined(separator: "&")
        text.replaceSubrange(text.index(after: mark)..<fragmentStart, with: query)
        return text
    }

    /// The URL with the password of its authority (`user:PASSWORD@host`) replaced by `***`.
    static func hidingPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let authorityEnd = url[scheme.upperBound...].firstIndex { "/?#".contains($0) } ?? url.endIndex
        let authority = url[scheme.upperBound..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return url }
        var text = url
        text.replaceSubrange(url.index(after: colon)..<at, with: hidden)
        return text
    }

    /// The header's value, or `***` when its name says it holds a credential.
    static func header(name: String, value: String) -> String {
        namesCredential(name) ? hidden : value
    }

    /// A request body as text: JSON string values under a key naming a credential replaced by `***`.
    /// A body that is not UTF-8 text is described by its size only.
    static func body(_ bytes: [UInt8]) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "(\(bytes.count) bytes)" }
        return hidingKeyedValues(text)
    }

    /// `"key": "value"` pairs (any blanks around the colon) whose key names a credential, the value hidden.
    static func hidingKeyedValues(_ text: String) -> String {
        let characters = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var previousString: String?
        while index < characters.count {
            let scalar = characters[index]
            guard scalar == "\"" else {
                if !scalar.properties.isWhitespace && scalar != ":" { previousString = nil }
                result.append(scalar)
                index += 1
                continue
            }
            let end = stringEnd(characters, from: index)
            let content = String(String.UnicodeScalarView(characters[(index + 1)..<max(index + 1, end - 1)]))
            if let key = previousString, afterColon(characters, before: index), namesCredential(key) {
                result.append(contentsOf: "\"\(hidden)\"".unicodeScalars)
                previousString = nil
            } else {
                result.append(contentsOf: characters[index..<end])
                previousString = content
            }
            index = end
        }
        return String(result)
    }

    /// The index just past the string literal opening at `start` (or the text's end when it never closes).
    private static func stringEnd(_ characters: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count {
            if characters[index] == "\\" { index += 2; continue }
            if characters[index] == "\"" { return index + 1 }
            index += 1
        }
        return characters.count
    }

    /// True when the last non-blank character before `index` is a colon.
    private static func afterColon(_ characters: [Unicode.Scalar], before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, characters[position].properties.isWhitespace { position -= 1 }
        return position >= 0 && characters[position] == ":"
    }
}
