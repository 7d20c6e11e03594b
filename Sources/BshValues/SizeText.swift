/// Byte counts for people, in binary units.
public enum SizeText {
    private static let units = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]

    /// `512 B`, `9.4 MiB`, `123 GiB`: one decimal below 100 of a unit, whole units above.
    public static func binary(_ bytes: Int) -> String {
        guard bytes >= 1_024 || bytes <= -1_024 else { return "\(bytes) B" }
        var value = Double(bytes.magnitude)
        var unit = -1
        while value >= 1_024, unit < units.count - 1 {
            value /= 1_024
            unit += 1
        }
        // 1023.96 KiB rounds to 1024.0: shown as the next unit instead.
        if (value * 10).rounded() / 10 >= 1_024, unit < units.count - 1 {
            value /= 1_024
            unit += 1
        }
        let sign = bytes < 0 ? "-" : ""
        let rounded = (value * 10).rounded() / 10
        if rounded >= 100 { return "\(sign)\(Int(value.rounded())) \(units[unit])" }
        let tenths = Int(rounded * 10)
        return "\(sign)\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}
