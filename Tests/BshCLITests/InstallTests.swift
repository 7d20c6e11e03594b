import BshTestSupport
import Foundation
import Testing

/// `scripts/install` into a temporary prefix, and bsh run from there: its version, its man page
/// through `man -l`, its completions loaded by the shells, and `--uninstall` leaving only what was
/// there before. The debug build is installed as it is (`--from-build`, with `generate-manual`,
/// which scripts/test builds); the release build, which takes minutes, only with `BSH_INSTALL_TEST=1`.
@Suite("Installing into a prefix")
struct InstallTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let built = BshProcess.executable.deletingLastPathComponent()
    static let hasManualGenerator = FileManager.default.isExecutableFile(atPath: built.appendingPathComponent("generate-manual").path)

    static func shell(_ command: String, environment: [String: String] = BshProcess.cleanEnvironment()) async throws -> ProcessResult {
        try await BshProcess.run(["-c", command], environment: environment, program: URL(fileURLWithPath: "/bin/bash"))
    }

    static func installed(_ name: String) -> String? {
        ["/usr/bin", "/bin", "/usr/local/bin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: hasManualGenerator, "needs generate-manual: swift build --product generate-manual (scripts/test does)"))
    func theDebugBuildInstallsRunsAndUninstalls() async throws {
        try await installRunUninstall(["--from-build", Self.built.path])
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["BSH_INSTALL_TEST"] == "1", "set BSH_INSTALL_TEST=1 to build a release"))
    func theReleaseBuildInstallsRunsAndUninstalls() async throws {
        try await installRunUninstall([])
    }

    func installRunUninstall(_ options: [String]) async throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-prefix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        // Something of the person's own, which uninstalling must leave alone.
        let own = prefix.appendingPathComponent("bin/their-tool")
        try "#!/bin/sh\n".write(to: own, atomically: true, encoding: .utf8)

        let install = Self.root.appendingPathComponent("scripts/install").path
        let installed = try await Self.shell(([install] + options + [prefix.path]).map { "'\($0)'" }.joined(separator: " "))
        #expect(installed.status == 0, "stderr: \(installed.stderr)")
        let bsh = prefix.appendingPathComponent("bin/bsh").path

        let version = try await BshProcess.run(["--version"], program: URL(fileURLWithPath: bsh))
        #expect(
            version.stdout.range(of: #"^bsh \d+\.\d+\.\d+ \(commit ([0-9a-f]{12}(-dirty)?|unknown)\)\n$"#, options: .regularExpression) != nil,
            "\(version.stdout)")
        let hello = try await BshProcess.run(["-c", "echo hi from the prefix"], program: URL(fileURLWithPath: bsh))
        #expect(hello.status == 0 && hello.stdout == "hi from the prefix\n")
        let emulator = try await BshProcess.run(["--help"], program: prefix.appendingPathComponent("bin/bsh-emulator"))
        #expect(emulator.status == 0)

        let page = prefix.appendingPathComponent("share/man/man1/bsh.1").path
        let man = try await Self.shell("MANPAGER=cat MANWIDTH=100 man -l '\(page)'")
        #expect(man.status == 0, "stderr: \(man.stderr)")
        for text in ["NAME", "SYNOPSIS", "--profile", "--api-key", "The command 'bsh check FILE", "Exit status: 0 success"] {
            #expect(man.stdout.contains(text), "the man page shows \(text)")
        }

        let bash = prefix.appendingPathComponent("share/bash-completion/completions/bsh").path
        let loaded = try await Self.shell("source '\(bash)' && complete -p bsh")
        #expect(loaded.status == 0 && loaded.stdout.hasPrefix("complete "), "\(loaded.stderr)")
        if let zsh = Self.installed("zsh") {
            let file = prefix.appendingPathComponent("share/zsh/site-functions/_bsh").path
            let result = try await Self.shell("'\(zsh)' -c 'autoload -U compinit && compinit -u && source \(file) && whence -w _bsh'")
            #expect(result.status == 0, "\(result.stderr)")
        }
        if let fish = Self.installed("fish") {
            let file = prefix.appendingPathComponent("share/fish/vendor_completions.d/bsh.fish").path
            let result = try await Self.shell("'\(fish)' -c 'source \(file); complete -C \"bsh --pro\"' | grep -q -- --profile")
            #expect(result.status == 0, "\(result.stderr)")
        }

        let removed = try await Self.shell("'\(install)' --uninstall '\(prefix.path)'")
        #expect(removed.status == 0, "stderr: \(removed.stderr)")
        let left = try FileManager.default.subpathsOfDirectory(atPath: prefix.path).sorted()
        #expect(left == ["bin", "bin/their-tool"])
        let again = try await Self.shell("'\(install)' --uninstall '\(prefix.path)'")
        #expect(again.status == 1 && again.stderr.contains("nothing to uninstall"))
    }
}

/// The completion script `bsh --generate-completion-script bash` prints loads in bash, with no install.
@Suite("Completion scripts")
struct CompletionScriptTests {
    @Test func theBashCompletionLoadsAndOffersTheFlags() async throws {
        let script = try await BshProcess.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-completion-\(UUID().uuidString).bash")
        defer { try? FileManager.default.removeItem(at: file) }
        try script.stdout.write(to: file, atomically: true, encoding: .utf8)
        let loaded = try await InstallTests.shell("source '\(file.path)' && complete -p bsh")
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.hasPrefix("complete ") && loaded.stdout.hasSuffix(" bsh\n"))
        #expect(script.stdout.contains("--profile"))
    }

    @Test(.enabled(if: InstallTests.installed("zsh") != nil, "needs zsh"))
    func theZshCompletionLoads() async throws {
        let file = try await Self.generated("zsh", name: "_bsh")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let loaded = try await InstallTests.shell("zsh -c 'autoload -U compinit && compinit -u && source \(file.path) && whence -w _bsh'")
        #expect(loaded.status == 0 && loaded.stdout == "_bsh: function\n", "\(loaded.stderr)")
    }

    @Test(.enabled(if: InstallTests.installed("fish") != nil, "needs fish"))
    func theFishCompletionCompletesAnOption() async throws {
        let file = try await Self.generated("fish", name: "bsh.fish")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let completed = try await InstallTests.shell("fish -c 'source \(file.path); complete -C \"bsh --pro\"'")
        #expect(completed.status == 0 && completed.stdout.hasPrefix("--profile\t"), "\(completed.stdout) \(completed.stderr)")
    }

    /// The completion script for `shell`, written as `name` in a new directory.
    static func generated(_ shell: String, name: String) async throws -> URL {
        let script = try await BshProcess.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try script.stdout.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
