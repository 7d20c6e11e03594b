/// One field of every record of a `ColumnTable`, stored together.
public enum TableColumn: Sendable {
    /// A number in every row.
    case ints([Int])
    /// Text in every row: the UTF-8 bytes of all rows one after another, and where each row's ends
    /// (a row starts where the one before it ends). The bytes must be valid UTF-8.
    case texts(bytes: [UInt8], ends: [Int])
    /// One of a few values in each row, as an index into `choices`; a nil choice leaves the field out.
    case coded(choices: [Value?], codes: [Int32])
    /// A value in the rows listed, by row; the field is left out of the others.
    case sparse([Int: Value])

    /// Whether some rows may leave the field out.
    var isOptional: Bool {
        switch self {
        case .ints, .texts: false
        case .coded(let choices, _): choices.contains { $0 == nil }
        case .sparse: true
        }
    }

    /// Whether no row holds a list or a record.
    var isFlat: Bool {
        func scalar(_ value: Value?) -> Bool {
            switch value {
            case .list?, .record?: false
            default: true
            }
        }
        switch self {
        case .ints, .texts: return true
        case .coded(let choices, _): return choices.allSatisfy(scalar)
        case .sparse(let values): return values.values.allSatisfy(scalar)
        }
    }

    /// The number of rows the column holds, nil for a sparse column (which holds any number).
    var rowCount: Int? {
        switch self {
        case .ints(let ints): ints.count
        case .texts(_, let ends): ends.count
        case .coded(_, let codes): codes.count
        case .sparse: nil
        }
    }

    /// Whether the column is well-formed: offsets in order and in range, codes naming a choice.
    var isWellFormed: Bool {
        switch self {
        case .ints, .sparse: return true
        case .texts(let bytes, let ends):
            var previous = 0
            for end in ends {
                guard end >= previous, end <= bytes.count else { return false }
                previous = end
            }
            return true
        case .coded(let choices, let codes):
            return codes.allSatisfy { $0 >= 0 && Int($0) < choices.count }
        }
    }

    /// The field's value in `row`, nil when the row leaves it out.
    func value(at row: Int) -> Value? {
        switch self {
        case .ints(let ints):
            return .int(ints[row])
        case .texts(let bytes, let ends):
            let start = row == 0 ? 0 : ends[row - 1]
            return .string(String(decoding: bytes[start..<ends[row]], as: UTF8.self))
        case .coded(let choices, let codes):
            return choices[Int(codes[row])]
        case .sparse(let values):
            return values[row]
        }
    }
}
