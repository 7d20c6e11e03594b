extension BinaryOperator {
    /// The operator spelled `text`. Asked of every token after an operand, so the first byte picks the
    /// one candidate to compare instead of a string switch over all of them.
    public init?(spelling text: String) {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 7 else { return nil }
        let short = utf8.count == 1
        let candidate: BinaryOperator? = switch first {
        case UInt8(ascii: "+"): .add
        case UInt8(ascii: "-"): .subtract
        case UInt8(ascii: "*"): .multiply
        case UInt8(ascii: "/"): .divide
        case UInt8(ascii: "%"): .remainder
        case UInt8(ascii: "<"): short ? .less : .lessOrEqual
        case UInt8(ascii: ">"): short ? .greater : .greaterOrEqual
        case UInt8(ascii: "="): .equal
        case UInt8(ascii: "!"): .notEqual
        case UInt8(ascii: "o"): .or
        case UInt8(ascii: "a"): .and
        case UInt8(ascii: "i"): .in
        case UInt8(ascii: "m"): .matches
        default: nil
        }
        guard let candidate, candidate.rawValue == text else { return nil }
        self = candidate
    }
}
