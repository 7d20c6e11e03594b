/// A number literal read from text: `42`, `-3`, `1.5`, `2.5e-3`, a byte size (`10MB`, `1.5GiB`) or a
/// duration (`500ms`, `1m30s`, `-2s`). The lexer reports the ones too large; the evaluator makes values.
public enum NumberReading: Equatable, Sendable {
    case int(Int)
    case double(Double)
    /// A byte size, in bytes (rounded).
    case bytes(Int)
    /// A duration, exactly.
    case duration(attoseconds: Int128)
    /// A number, size or duration too large for its kind.
    case tooLarge(Kind)
    /// Not a number.
    case invalid

    /// What a too-large literal is.
    public enum Kind: String, Sendable {
        case number, size, duration
    }

    /// Byte size suffixes and their multipliers; case matters (`5M` is megabytes, `5m` minutes).
    public static let sizes: [String: Int] = [
        "b": 1, "B": 1,
        "k": 1000, "K": 1000, "kB": 1000, "KB": 1000, "KiB": 1 << 10,
        "M": 1_000_000, "MB": 1_000_000, "MiB": 1 << 20,
        "G": 1_000_000_000, "GB": 1_000_000_000, "GiB": 1 << 30,
        "T": 1_000_000_000_000, "TB": 1_000_000_000_000, "TiB": 1 << 40,
    ]

    /// Reads a literal: an optional `-`, a decimal number, then nothing, a size suffix or duration units.
    public init(_ text: [UInt8]) {
        var end = text.first == UInt8(ascii: "-") ? 1 : 0
        guard let number = DecimalNumber.read(text, at: &end) else {
            self = .invalid
            return
        }
        let numberText = String(decoding: text[..<end], as: UTF8.self)
        if end == text.count {
            if number.isInteger {
                self = Int(numberText).map(Self.int) ?? .tooLarge(.number)
            } else {
                self = Double(numberText).map { $0.isFinite ? .double($0) : .tooLarge(.number) } ?? .invalid
            }
            return
        }
        if let multiplier = Self.sizes[String(decoding: text[end...], as: UTF8.self)] {
            let bytes = number.isInteger
                ? Int(numberText).flatMap { $0.multipliedReportingOverflow(by: multiplier).overflow ? nil : $0 * multiplier }
                : Double(numberText).flatMap { Int(exactly: ($0 * Double(multiplier)).rounded()) }
            self = bytes.map(Self.bytes) ?? .tooLarge(.size)
            return
        }
        switch DurationReading(text, signed: true, plainSeconds: false) {
        case .attoseconds(let attoseconds): self = .duration(attoseconds: attoseconds)
        case .tooLarge: self = .tooLarge(.duration)
        case .invalid: self = .invalid
        }
    }
}
