import BshValues
import CloudBackupAPI
import Foundation

/// When `events --follow` stops: at an event whose name matches (`backup_completed`, or a pattern
/// with `*` such as `*_failed`), or after a duration (`5m`).
enum FollowUntil: Sendable, Equatable {
    case event(String)
    case after(Duration)

    /// A duration when the text reads as one, else an event name or pattern (letters, digits, `_`, `*`).
    init?(_ text: String) {
        if let duration = DurationText.parse(text), duration > .zero {
            self = .after(duration)
        } else if !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "*" }) {
            self = .event(text)
        } else {
            return nil
        }
    }

    /// True when `event` ends the following.
    func isMet(by event: Event) -> Bool {
        guard case .event(let pattern) = self else { return false }
        return Self.matches(event.event, pattern: pattern)
    }

    /// `*` matches any run of characters; everything else itself.
    static func matches(_ name: String, pattern: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return name == pattern }
        var rest = Substring(name)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.hasSuffix(parts.last!)
    }
}
