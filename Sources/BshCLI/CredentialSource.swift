import Foundation

/// Where a profile's secret comes from: written in the file, or printed by a command (`pass show …`),
/// as git's credential helpers and aws's `credential_process` do.
enum CredentialSource: Sendable, Equatable {
    case inline(String)
    case command(String)

    /// Names the key it was given as, for messages: `api_key of profile prod`, `api_key_command of …`.
    func describe(key: String, profile: String) -> String {
        switch self {
        case .inline: "\(key) of profile \(profile)"
        case .command: "\(key)_command of profile \(profile)"
        }
    }

    /// The secret: the inline value, or what the command prints on standard output, trimmed. `key` and
    /// `profile` name it in errors; the command's output never appears in one.
    func reveal(key: String, profile: String) throws(UsageError) -> String {
        switch self {
        case .inline(let value): return value
        case .command(let command): return try CredentialCommand.run(command, named: describe(key: key, profile: profile))
        }
    }
}

/// Runs a credential command through `/bin/sh -c`, with no standard input (a script on bsh's own
/// standard input stays bsh's) and its standard error passed through, so that its own complaints show.
enum CredentialCommand {
    static func run(_ command: String, named: String) throws(UsageError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw UsageError("\(named) could not start: \(error.localizedDescription)", status: .failure)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            throw UsageError("\(named) was ended by signal \(process.terminationStatus) (its output is not shown)", status: .failure)
        }
        guard process.terminationStatus == 0 else {
            throw UsageError("\(named) exited with status \(process.terminationStatus) (its output is not shown)", status: .failure)
        }
        let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !secret.isEmpty else { throw UsageError("\(named) printed nothing", status: .failure) }
        return secret
    }
}
