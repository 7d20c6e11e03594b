import BshTestSupport
import CloudBackupEmulator
import Foundation
import TerminalTestSupport
import Testing

/// The credentials bsh is given never appear in anything it writes: results as tables and JSON,
/// traces, `--debug`, every kind of error, downloaded files, and the prompt's history and screen.
@Suite("Secrets never shown, end to end")
struct SecretsTests {
    static let apiKey = "KEY-b7d2e9f4a1c3"
    static let password = "PASS-4f8a2c9e1d7b"
    static let urlPassword = "URLPW-9c3e7a1f5b2d"

    /// A script that reaches each output: a table, a trace of every line, a download, the service's own
    /// JSON, a caught error printed on standard output, and a failing command last.
    static let script = """
        agents
        agent web01
        logs request; wait
        logs get last downloaded.log
        api GET /agents
        try { agent nosuchagent } catch e { echo "caught: $e.message" }
        agent nosuchagent
        """

    /// Everything bsh wrote in one run, by where it went.
    struct Written {
        var outputs: [(place: String, text: String)] = []

        mutating func add(_ label: String, _ result: ProcessResult) {
            outputs.append(("\(label): standard output", result.stdout))
            outputs.append(("\(label): standard error", result.stderr))
        }

        /// Every file under `directory`.
        mutating func addFiles(in directory: URL, label: String) throws {
            let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                outputs.append(("\(label): \(file.path)", String(decoding: try Data(contentsOf: file), as: UTF8.self)))
            }
        }

        func expectNone(of secrets: [String]) {
            for secret in secrets where !secret.isEmpty {
                for (place, text) in outputs {
                    #expect(text.components(separatedBy: secret).count - 1 == 0, "a secret in \(place):\n\(text)")
                }
            }
        }
    }

    /// Runs every output path with the credentials in `access` (flags and environment), in `directory`.
    private static func driveEveryOutput(
        _ label: String, access: [String], environment: [String: String], in directory: URL, written: inout Written
    ) async throws {
        let environment = BshProcess.cleanEnvironment(environment)
        func run(_ name: String, _ arguments: [String], expecting status: Int32) async throws -> ProcessResult {
            let result = try await BshProcess.run(access + arguments, environment: environment, directory: directory)
            #expect(result.status == status, "\(label) \(name): \(result.stderr)")
            written.add("\(label) \(name)", result)
            return result
        }
        let script = directory.appendingPathComponent("every-output.bsh")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        let broken = directory.appendingPathComponent("broken.bsh")
        try "agents\nif $x = 1 { echo \"never\" }\n".write(to: broken, atomically: true, encoding: .utf8)

        // Each run is checked for the output it is there for, so that none passes by printing nothing.
        let traced = try await run("trace and debug", ["-x", "--debug", script.path], expecting: 1)
        #expect(traced.stdout.contains("web01") && traced.stdout.contains("caught: "), "\(label)")
        #expect(traced.stderr.contains("every-output.bsh:4: logs get last downloaded.log"), "\(label)")
        #expect(traced.stderr.contains("debug: GET http://127.0.0.1:"), "\(label)")
        #expect(traced.stderr.contains("every-output.bsh:7:1: error: "), "\(label)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("downloaded.log").path), "\(label)")
        let json = try await run("json", ["--json", "-c", "agents; agent web01; api GET /agents; agent nosuchagent"], expecting: 1)
        #expect(json.stdout.hasPrefix("{\""), "\(label)")
        let usage = try await run("usage error", ["-c", "agent web01; ls --bogus"], expecting: 2)
        #expect(usage.stderr.contains("unknown option '--bogus'"), "\(label)")
        let parse = try await run("parse error", [broken.path], expecting: 2)
        #expect(parse.stderr.contains("2 | if $x = 1"), "\(label)")
        let flag = try await run("command-line error", ["--nosuchflag"], expecting: 2)
        #expect(flag.stderr.contains("--nosuchflag"), "\(label)")
    }

    @Test func anAPIKeyAndAURLPasswordAreNeverWritten() async throws {
        try await TestEmulator.with { emulator in
            try await IdentityRelay.with(to: emulator, accepting: [Self.apiKey, Self.password]) { relay in
                let directory = try Self.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let identity = relay.identityURL.replacingOccurrences(of: "http://", with: "http://ops:\(Self.urlPassword)@")
                var written = Written()
                try await Self.driveEveryOutput(
                    "API key", access: ["--identity-url", identity, "--username", "ops"],
                    environment: ["RAX_API_KEY": Self.apiKey], in: directory, written: &written)
                try await Self.driveEveryOutput(
                    "password", access: ["--identity-url", identity, "--username", "ops", "--password", Self.password],
                    environment: [:], in: directory, written: &written)
                // The identity URL unreachable: the failure names it, caught and printed on standard output.
                let closed = "http://ops:\(Self.urlPassword)@127.0.0.1:1/v2.0"
                let unreachable = try await BshProcess.run(
                    ["--identity-url", closed, "--username", "ops", "-c", "try { agents } catch e { echo \"caught: $e.message\" }; agents"],
                    environment: BshProcess.cleanEnvironment(["RAX_API_KEY": Self.apiKey]), directory: directory)
                #expect(unreachable.status == 1)
                #expect(unreachable.stdout.contains("caught: "))
                written.add("unreachable identity", unreachable)
                try written.addFiles(in: directory, label: "files")
                #expect(relay.tokens.count >= 2)
                written.expectNone(of: [Self.apiKey, Self.password, Self.urlPassword] + relay.tokens)
            }
        }
    }

    @Test func aTokenIsNeverWrittenNorKeptInTheHistory() async throws {
        try await TestEmulator.with { emulator in
            try await IdentityRelay.with(to: emulator, accepting: [Self.apiKey]) { relay in
                let directory = try Self.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let token = try await Self.token(from: relay)
                var written = Written()
                try await Self.driveEveryOutput(
                    "token", access: ["--endpoint", emulator.endpointURL, "--token", token], environment: [:], in: directory,
                    written: &written)
                let misused = try await BshProcess.run(
                    ["-c", "agents"], environment: BshProcess.cleanEnvironment(["BSH_TOKEN": token]), directory: directory)
                #expect(misused.status == 2)
                written.add("token without endpoint", misused)
                if TmuxSession.executable != nil {
                    try Self.drivePrompt(endpoint: emulator.endpointURL, token: token, home: directory, written: &written)
                }
                try written.addFiles(in: directory, label: "files")
                written.expectNone(of: [token])
            }
        }
    }

    /// A token from the relay, got as bsh would get one.
    private static func token(from relay: IdentityRelay) async throws -> String {
        let result = try await BshProcess.run(
            ["--identity-url", relay.identityURL, "--username", "ops", "-c", "agents | count"],
            environment: BshProcess.cleanEnvironment(["RAX_API_KEY": Self.apiKey]))
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(relay.tokens.last)
    }

    /// Types at the prompt (`BSH_TOKEN` in its environment), a line holding the token last; keeps the
    /// screen before that line, and leaves the history file in `home`.
    private static func drivePrompt(endpoint: String, token: String, home: URL, written: inout Written) throws {
        let socket = home.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8))").path
        let unset = ["RAX_USERNAME", "RS_USERNAME", "OS_USERNAME", "RAX_API_KEY", "RAX_PASSWORD", "NO_COLOR"]
        let session = try TmuxSession(
            ["env"] + unset.flatMap { ["-u", $0] } + [BshProcess.executable.path, "--debug"],
            environment: [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path, "TERM": "xterm",
                "BSH_ENDPOINT": endpoint, "BSH_TOKEN": token,
            ],
            socket: socket, width: 200, height: 60)
        defer { session.kill() }
        try session.expect("bsh direct> ")
        for line in ["agents", "agent web01; logs", "agent nosuchagent", "history"] {
            try session.type(line)
            try session.press("Enter")
        }
        try session.expect("4  history")
        try session.expect("bsh direct:web01> ")
        written.outputs.append(("prompt: screen", try session.screen(escapes: true)))
        try session.type("echo \(token)")
        try session.press("Enter")
        try session.type("exit")
        try session.press("Enter")
        try session.waitUntilExited()
        let history = home.appendingPathComponent("state/bsh/history")
        #expect(try String(contentsOf: history, encoding: .utf8).contains("agent web01; logs"))
    }

    private static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
