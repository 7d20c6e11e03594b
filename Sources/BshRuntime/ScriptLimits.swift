/// How much text a script may hold: a runaway input (`bsh /dev/zero`, `yes | bsh`) ends with an
/// error instead of taking all memory. The parser itself refuses 4 GiB; real scripts are far smaller.
public struct ScriptLimits: Sendable, Equatable {
    /// The most bytes a script may have.
    public var maximumBytes: Int
    /// The most bytes one line may have, its line end not counted.
    public var maximumLineBytes: Int

    /// Limits for these sizes.
    public init(maximumBytes: Int, maximumLineBytes: Int) {
        self.maximumBytes = maximumBytes
        self.maximumLineBytes = maximumLineBytes
    }

    /// 64 MiB a script, 1 MiB a line.
    public static let standard = ScriptLimits(maximumBytes: 64 << 20, maximumLineBytes: 1 << 20)

    /// A size as a message gives it: `64 MiB`, or a number of bytes when not a whole number of MiB.
    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
