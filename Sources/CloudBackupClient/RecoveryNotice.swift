/// What the client found when it looked for what a create request made after its answer was lost.
struct RecoveryNotice: Sendable, Equatable, CustomStringConvertible {
    enum Outcome: Sendable, Equatable {
        /// It was made: the client carries on with it.
        case found
        /// Nothing was made: the request is sent again.
        case notMade
    }

    /// The operation, e.g. `POST /backups`.
    let operation: String
    /// What it makes: `backup of configuration c1`.
    let thing: String
    let outcome: Outcome

    /// `answer to POST /backups lost; the service made a backup of configuration c1: carrying on with it`.
    var description: String {
        switch outcome {
        case .found: "answer to \(operation) lost; the service made a \(thing): carrying on with it"
        case .notMade: "answer to \(operation) lost; the service made no \(thing): sending it again"
        }
    }
}
