#if os(Linux)
import BshTestSupport
import Foundation
import TerminalTestSupport
import Testing

/// The prompt in a real pseudo-terminal (a tmux pane): typing, history, completion, Ctrl-C,
/// continuation lines and colours, as a person would use them.
@Suite(.enabled(if: TmuxSession.executable != nil, "needs tmux"))
// On the main actor: these tests wait by polling a pane and sleeping, which on Swift's two or so
// pool threads would starve every asynchronous test running beside them.
@MainActor
struct REPLTests {
    /// A bsh prompt in a tmux pane with its own home, state and socket, removed afterwards.
    final class Prompt {
        let directory: URL
        let session: TmuxSession

        init(
            home: URL? = nil, environment extra: [String: String] = ["NO_COLOR": "1"], arguments: [String] = [], startup: String? = nil,
            firstPrompt: String = "bsh emulator> "
        ) throws {
            directory = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("bsh-repl-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if let startup {
                let config = directory.appendingPathComponent(".config/bsh")
                try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
                try startup.write(to: config.appendingPathComponent(".bshrc"), atomically: true, encoding: .utf8)
            }
            var environment = ["HOME": directory.path, "XDG_STATE_HOME": directory.appendingPathComponent("state").path, "TERM": "xterm"]
            environment.merge(extra) { $1 }
            let socket = directory.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8))").path
            let unset = ["RAX_USERNAME", "RS_USERNAME", "OS_USERNAME", "BSH_ENDPOINT"] + (extra["NO_COLOR"] == nil ? ["NO_COLOR"] : [])
            session = try TmuxSession(
                ["env"] + unset.flatMap { ["-u", $0] } + [BshProcess.executable.path] + arguments,
                environment: environment, socket: socket, width: 120, height: 40)
            try session.expect(firstPrompt)
        }

        var historyFile: URL { directory.appendingPathComponent("state/bsh/history") }

        func run(_ line: String) throws {
            try session.type(line)
            try session.press("Enter")
        }

        func close() {
            session.kill()
        }

        /// Runs `body` with a new prompt, then closes it and removes its home.
        static func with(
            environment: [String: String] = ["NO_COLOR": "1"], arguments: [String] = [], startup: String? = nil,
            _ body: (Prompt) throws -> Void
        ) throws {
            let prompt = try Prompt(environment: environment, arguments: arguments, startup: startup)
            defer {
                prompt.close()
                try? FileManager.default.removeItem(at: prompt.directory)
            }
            try body(prompt)
        }
    }

    @Test func aTypedLineRunsAndThePromptShowsTheAgent() throws {
        try Prompt.with { prompt in
            try prompt.run("echo hello there")
            try prompt.session.expect("hello there\nbsh emulator> ")
            try prompt.run("agent 8f13")
            try prompt.session.expect("bsh emulator:web01> ")
        }
    }

    @Test func historyPersistsAcrossSessionsPrivatelyAndWithoutSecrets() throws {
        let first = try Prompt()
        defer { try? FileManager.default.removeItem(at: first.directory) }
        try first.run("echo remembered")
        try first.run("echo --token hidden")
        try first.session.expect("--token hidden\nbsh emulator> ")
        try first.run("exit")
        // Read the history only once bsh has written it and ended; killing the pane sooner may lose the last line.
        try first.session.waitUntilExited()
        first.close()
        let mode = try FileManager.default.attributesOfItem(atPath: first.historyFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let saved = try String(contentsOf: first.historyFile, encoding: .utf8)
        #expect(saved.contains("echo remembered"))
        #expect(!saved.contains("hidden"))

        let second = try Prompt(home: first.directory)
        defer { second.close() }
        try second.session.press("Up")
        try second.session.expect("bsh emulator> exit")
        try second.session.press("Up")
        try second.session.expect("bsh emulator> echo remembered")
    }

    @Test func historyNeverKeepsTheValueOfASecretInUse() throws {
        let prompt = try Prompt(
            arguments: ["--endpoint", "http://127.0.0.1:1/v2/1", "--token", "tok-Q7x93"], firstPrompt: "bsh direct> ")
        defer { try? FileManager.default.removeItem(at: prompt.directory) }
        try prompt.run("echo kept")
        try prompt.run("echo tok-Q7x93")
        try prompt.session.expect("tok-Q7x93\nbsh direct> ")
        try prompt.run("exit")
        try prompt.session.waitUntilExited()
        prompt.close()
        let saved = try String(contentsOf: prompt.historyFile, encoding: .utf8)
        #expect(saved.contains("echo kept"))
        #expect(!saved.contains("tok-Q7x93"))
    }

    @Test func historyListsWhatWasTyped() throws {
        try Prompt.with { prompt in
            try prompt.run("echo one")
            try prompt.run("echo two")
            try prompt.run("history 2")
            try prompt.session.expect("2  echo two\n3  history 2\nbsh emulator> ")
        }
    }

    @Test func theStartupFileRunsUnlessNorcIsGiven() throws {
        try Prompt.with(startup: "echo from the start-up file\n") { withRC in
            try withRC.session.expect("from the start-up file\nbsh emulator> ")
        }

        try Prompt.with(arguments: ["--norc"], startup: "echo from the start-up file\n") { without in
            try without.run("echo ready")
            try without.session.expect("ready\nbsh emulator> ")
            #expect(!(try without.session.screen().contains("start-up file")))
        }
    }

    @Test func tabCompletesCommandsAgentsAndBrowsedPaths() throws {
        try Prompt.with { prompt in
            try prompt.session.type("ag")
            try prompt.session.press("Tab")
            try prompt.session.expect("bsh emulator> agent")
            try prompt.session.press("Tab")
            try prompt.session.expect("agents\nbsh emulator> agent")
            try prompt.session.press("C-u")
            try prompt.run("ping")
            try prompt.session.expect("pong")
            // The agents are listed in the background once connected; TAB offers them when they came.
            try prompt.session.type("agent 8f13")
            let completed = "agent 8f135b4f-7a69-4b8a-947f-5e80d772fd97 "
            for _ in 0..<100 where !(try prompt.session.screen().contains(completed)) {
                try prompt.session.press("Tab")
                usleep(50_000)
            }
            try prompt.session.expect(completed)
            try prompt.session.press("Enter")
            try prompt.run("browse /etc; wait")
            try prompt.session.expect("sudoers")
            try prompt.session.type("browse /etc/ss")
            try prompt.session.press("Tab")
            try prompt.session.expect("/etc/ssh/  /etc/ssl/")
        }
    }

    @Test func aBackupTreeShowsInThePromptAndCompletesItsPathsAndMarks() throws {
        try Prompt.with { prompt in
            try prompt.run("agent web01")
            try prompt.session.expect("bsh emulator:web01> ")
            try prompt.run("use backup --as-of 1d")
            try prompt.session.expect(" of web01, ended ")
            let used = try #require(try prompt.session.screen().firstMatch(of: #/using backup ([0-9a-f]{8}) of web01/#))
            try prompt.session.expect("bsh emulator:web01@\(used.1)> ")
            try prompt.run("cd /etc")
            try prompt.session.expect("bsh emulator:web01@\(used.1):/etc> ")
            // The listing cd received completes names inside the backup.
            try prompt.session.type("mark ss")
            try prompt.session.press("Tab")
            try prompt.session.expect("ssh/  ssl/")
            try prompt.session.type("h")
            try prompt.session.press("Tab")
            try prompt.session.expect("mark ssh/")
            try prompt.session.type("sshd_config")
            try prompt.session.press("Enter")
            try prompt.session.type("unmark /etc/ssh/s")
            try prompt.session.press("Tab")
            try prompt.session.expect("unmark /etc/ssh/sshd_config")
            try prompt.session.press("C-u")
            try prompt.run("use live")
            try prompt.session.expect("bsh emulator:web01> ")
        }
    }

    @Test func ctrlCCancelsALongWaitAndThePromptStaysAlive() throws {
        try Prompt.with { prompt in
            try prompt.run("agent db02; browse /; wait 60s")
            try prompt.session.expect("'wait' for the answer")
            try prompt.session.press("C-c")
            try prompt.session.expect("interrupted\nbsh emulator:db02> ")
            try prompt.session.type("half a line")
            // Ctrl-C once the editor has the text (a loaded machine may still be delivering the keys).
            try prompt.session.expect("db02> half a line")
            try prompt.session.press("C-c")
            try prompt.session.expect("half a line\nbsh emulator:db02> ")
            try prompt.run("echo still here")
            try prompt.session.expect("still here\nbsh emulator:db02> ")
        }
    }

    @Test func aLongWaitShowsProgressAndErasesIt() throws {
        try Prompt.with { prompt in
            try prompt.run("agent db02; browse /; wait 3s")
            try prompt.session.expect("s  waiting for db02 to answer browse request")
            try prompt.session.expect("timed out after 3s")
            try prompt.session.expect("bsh emulator:db02> ")
            #expect(!(try prompt.session.screen().contains("s  waiting for")))
        }
    }

    @Test func anOpenQuoteAsksForMoreWithAContinuationPrompt() throws {
        try Prompt.with { prompt in
            try prompt.run("echo \"first")
            try prompt.session.expect("... ")
            try prompt.run("second\"")
            try prompt.session.expect("first\nsecond\nbsh emulator> ")
        }
    }

    @Test func aBlockSpansLinesAndVariablesLastTheSession() throws {
        try Prompt.with { prompt in
            try prompt.run("let n = 2")
            try prompt.run("if $n > 1 {")
            try prompt.session.expect("... ")
            try prompt.run("echo \"big: $n\"")
            try prompt.run("}")
            try prompt.session.expect("big: 2\nbsh emulator> ")
            try prompt.run("def twice(x) { return $x * 2 }")
            try prompt.run("twice $n")
            try prompt.session.expect("4\nbsh emulator> ")
        }
    }

    @Test func errorsAreColouredOnATerminalUnlessNoColorIsSet() throws {
        try Prompt.with(environment: [:]) { coloured in
            try coloured.run("brwse")
            try coloured.session.expect("unknown command")
            #expect(try coloured.session.screen(escapes: true).contains("\u{1B}["))
            try coloured.run("agents")
            try coloured.session.expect("mail01")
            #expect(try coloured.session.screen(escapes: true).contains("\u{1B}[1mNAME"))
        }

        try Prompt.with(environment: ["NO_COLOR": "1"]) { plain in
            try plain.run("brwse")
            try plain.session.expect("unknown command")
            try plain.run("agents")
            try plain.session.expect("mail01")
            #expect(!(try plain.session.screen(escapes: true).contains("\u{1B}[")))
        }
    }
}
#endif
