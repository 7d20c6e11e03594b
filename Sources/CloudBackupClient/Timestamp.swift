import Foundation

/// The service's timestamps: ISO-8601 in UTC, with `Z` or `+00:00`, with or without fractions.
public enum Timestamp {
    /// Parses any of the documented forms; nil when the text is none of them.
    public static func parse(_ text: String) -> Date? {
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        let withoutFraction = Date.ISO8601FormatStyle()
        if let date = try? withFraction.parse(text) { return date }
        if let date = try? withoutFraction.parse(text) { return date }
        // Microsecond fractions are longer than the format style accepts: cut them to milliseconds.
        if let dot = text.firstIndex(of: "."), let zone = text[dot...].firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) {
            let fraction = text[text.index(after: dot)..<zone].prefix(3)
            let trimmed = text[..<dot] + "." + fraction + text[zone...]
            return try? withFraction.parse(String(trimmed))
        }
        return nil
    }
}
