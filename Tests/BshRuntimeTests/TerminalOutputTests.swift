import BshLanguage
@testable import BshRuntime
import BshTestSupport
import BshValues
import CloudBackupEmulator
import Testing

@Suite("Output for a terminal and for scripts")
struct TerminalOutputTests {
    /// Runs `text` against a fresh emulator on a host `width` columns wide (nil: a pipe).
    static func run(_ text: String, width: Int?, options: RuntimeOptions = .init()) async throws -> RecordingHost {
        try await TestEmulator.with(EmulatorConfiguration(timeScale: TestEmulator.fastTimeScale)) { emulator in
            let services = EmulatorServices(emulator: emulator)
            let host = RecordingHost(outputWidth: width)
            let shell = Shell(host: host, services: services, options: options)
            let source = SourceFile(name: "test.bsh", text: text)
            let parsed = Parser.parse(source)
            _ = await shell.run(parsed.program, in: source)
            await services.transport.shutdown()
            #expect(!parsed.hasErrors)
            return host
        }
    }

    static var uuid: Regex<Substring> { #/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/# }

    @Test func onATerminalBackupsFitWithShortIDsAndTheirAge() async throws {
        let host = try await Self.run("agent web01; backups", width: 80)
        let lines = host.output.split(separator: "\n")
        #expect(lines.count == 16)
        #expect(lines[0].split(separator: " ") == ["ID", "CONFIG", "STATE", "STARTED", "AGE", "BYTES", "ERRORS"])
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!host.output.contains(Self.uuid))
        #expect(host.output.contains(" MiB "))
    }

    @Test func throughAPipeEveryValueStaysWhole() async throws {
        let host = try await Self.run("agent web01; backups", width: nil)
        let lines = host.output.split(separator: "\n")
        #expect(lines[0].split(separator: " ") == ["ID", "CONFIG", "STATE", "STARTED", "ENDED", "BYTES", "ERRORS"])
        #expect(lines.dropFirst().allSatisfy { $0.matches(of: Self.uuid).count == 2 })
        #expect(lines[1].contains(#/ \d{7,8} +0$/#))
    }

    @Test func wideAndOtherFormatsIgnoreTheTerminal() async throws {
        var wide = RuntimeOptions()
        wide.wide = true
        #expect(try await Self.run("agent web01; backups", width: 80, options: wide).output.contains(Self.uuid))
        var csv = RuntimeOptions()
        csv.output = .csv
        let csvOutput = try await Self.run("agent web01; backups", width: 80, options: csv).output
        #expect(csvOutput.hasPrefix("id,config,state,started,ended,bytes,errors\n"))
        #expect(csvOutput.contains(Self.uuid))
    }

    @Test func quietLeavesOutNotesButNotErrors() async throws {
        var quiet = RuntimeOptions()
        quiet.quiet = true
        let host = try await Self.run("agent web01\nlogs show nosuch", width: nil, options: quiet)
        #expect(!host.error.contains("agent web01 ("))
        #expect(host.error.contains("no log file of web01 matches 'nosuch'"))
        let loud = try await Self.run("agent web01", width: nil)
        #expect(loud.error.contains("agent web01 ("))
    }

    @Test func helpWrapsToTheWidthAndIsUnchangedWithout() throws {
        let wrapped = try Help.text(for: nil, width: 80)
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(wrapped.hasPrefix("Agents:\n  agents  list the project's agents\n"))
        let whole = try Help.text(for: nil)
        #expect(whole.contains { $0 == "\n" })
        #expect(whole.split(separator: "\n").contains { $0.count > 80 })
        #expect(whole.contains("  agents                                        list the project's agents\n"))
        let command = try Help.text(for: "restore", width: 50)
        #expect(command.split(separator: "\n").allSatisfy { $0.count <= 50 }, "\(command)")
        #expect(command.contains("\nusage:   restore "))
    }

    @Test func helpEntriesWrapUnderTheirSummaryColumn() {
        let entries = [("short", "a summary long enough to wrap onto a second line"), ("a usage far too long for its column", "below")]
        #expect(Help.entries(entries, width: 40) == """
              short  a summary long enough to wrap
                     onto a second line
              a usage far too long for its column
                     below

            """)
        // Too narrow for two columns: every summary under its usage.
        #expect(Help.entries([("usage", "summary")], width: 30) == "  usage\n      summary\n")
    }
}
