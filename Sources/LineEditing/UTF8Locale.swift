#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit decodes keystrokes and encodes lines with the C library's
/// character type, so it must be UTF-8 for non-ASCII text to edit correctly.
enum UTF8Locale {
    /// Switches `LC_CTYPE` to a UTF-8 locale unless it already is one: the
    /// environment's own first, then common UTF-8 locales. Only `LC_CTYPE`
    /// changes, so number and message formatting are untouched. Returns
    /// whether the character type is UTF-8 afterwards.
    @discardableResult
    static func ensure() -> Bool {
        if isUTF8 { return true }
        let original = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        for name in ["", "C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, isUTF8 { return true }
        }
        if let original { setlocale(LC_CTYPE, original) }
        return false
    }

    /// Whether the current character type is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
