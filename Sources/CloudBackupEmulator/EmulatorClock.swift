import Foundation

/// Monotonic time for the simulation, with a fixed mapping to wall-clock dates for display.
/// Every state change is computed from instants of this clock, so a jump of the system clock
/// never reorders what agents do.
struct EmulatorClock: Sendable {
    typealias Instant = ContinuousClock.Instant

    let origin: Instant
    let originDate: Date

    init() {
        origin = ContinuousClock.now
        originDate = Date()
    }

    var now: Instant { ContinuousClock.now }

    /// The wall-clock date of an instant.
    func date(at instant: Instant) -> Date {
        let offset = origin.duration(to: instant)
        let seconds = Double(offset.components.seconds) + Double(offset.components.attoseconds) * 1e-18
        return originDate.addingTimeInterval(seconds)
    }
}
