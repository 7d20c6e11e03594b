import Foundation
import CloudBackupEmulator

/// `BSH_EMULATOR_TIME_SCALE`: how much faster (below 1) or slower the embedded emulator's simulated
/// agents work, checked at start so that a value out of range is a usage error, not a spinning loop.
enum EmulatorTimeScale {
    static let variable = "BSH_EMULATOR_TIME_SCALE"

    /// The scale the environment sets, 1 when it sets none.
    static func resolve(environment: [String: String]) throws(UsageError) -> Double {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return 1 }
        let range = EmulatorConfiguration.timeScales
        guard let scale = Double(text), range.contains(scale) else {
            let bounds = String(format: "from %g to %g", range.lowerBound, range.upperBound)
            throw UsageError("\(variable) must be a number \(bounds), such as 0.02 (50 times faster)")
        }
        return scale
    }
}
