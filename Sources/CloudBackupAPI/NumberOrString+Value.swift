extension NumberOrString {
    /// The value as an integer: the number itself, or the string when it spells one.
    public var intValue: Int? {
        switch self {
        case .number(let number): number
        case .string(let string): Int(string)
        }
    }
}
