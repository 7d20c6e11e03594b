import BshTestSupport
import Foundation
import Testing

@Suite("Errors and exit codes end to end")
struct ErrorPathTests {
    @Test func anAmbiguousPrefixNamesTheCandidates() async throws {
        let result = try await BshProcess.run(["-c", "agent 8f1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("ambiguous"))
        #expect(result.stderr.contains("web01"))
        #expect(result.stderr.contains("web02"))
        #expect(result.stderr.contains("-c:1:1"))
    }

    @Test func aSyntaxErrorShowsLocationLineAndCaretAndRunsNothing() async throws {
        let result = try await BshProcess.run(["-c", "agent 8f13; browse \"/etc"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("-c:1:20: error: unterminated string"))
        #expect(result.stderr.contains("agent 8f13; browse \"/etc"))
        #expect(result.stderr.contains("^"))
        #expect(!result.stderr.contains("emulator"))
    }

    @Test func aSyntaxErrorLateInAFileRunsNothingBeforeIt() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).bsh")
        try "echo first\necho second\necho 'third\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await BshProcess.run([file.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file.path):3:6: error"))
    }

    @Test func badCredentialsFailWithTheStatusAndNeverShowTheKey() async throws {
        try await TestEmulator.with { emulator in
            let result = try await BshProcess.run([
                "--identity-url", emulator.identityURL, "--username", "demo", "--api-key", "sekrit-key-123", "-c", "agents",
            ])
            #expect(result.status == 1)
            #expect(result.stderr.contains("401"))
            #expect(result.stderr.contains("Unable to authenticate"))
            #expect(!result.stderr.contains("sekrit-key-123"))
            #expect(!result.stdout.contains("sekrit-key-123"))
        }
    }

    @Test func aTokenWithAControlCharacterIsRefusedWithoutShowingIt() async throws {
        let environment = BshProcess.cleanEnvironment(["BSH_ENDPOINT": "http://127.0.0.1:1/v2/1", "BSH_TOKEN": "abc\rSECRET"])
        let result = try await BshProcess.run(["-c", "ping"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("BSH_TOKEN holds a control character"))
        #expect(!result.stderr.contains("SECRET"))
    }

    @Test func envShowsNoCredentials() async throws {
        let environment = BshProcess.cleanEnvironment(["BSH_TOKEN": "SECRET-1", "RAX_API_KEY": "SECRET-2", "OS_PASSWORD": "SECRET-3"])
        let result = try await BshProcess.run(
            ["--emulator", "-c", "echo $env; echo \"${str($env)}\"; $env | to json; echo $env.BSH_TOKEN"], environment: environment)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("SECRET"))
        #expect(result.stdout.hasSuffix("\n***\n"))
    }

    @Test func credentialsFromTheEnvironmentReachTheService() async throws {
        try await TestEmulator.with { emulator in
            let environment = BshProcess.cleanEnvironment([
                "RAX_USERNAME": "demo", "RAX_API_KEY": "demo-api-key", "BSH_IDENTITY_URL": emulator.identityURL,
                "RAX_REGION": "ord",
            ])
            let result = try await BshProcess.run(["-c", "agents"], environment: environment)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("web01"))
            #expect(!result.stderr.contains("emulator"))
        }
    }

    @Test func anUnknownCommandSuggestsTheNearestOne() async throws {
        let result = try await BshProcess.run(["-c", "brwse /etc"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command 'brwse'"))
        #expect(result.stderr.contains("'browse'"))
    }

    @Test func waitingWithNothingPendingIsAUsageError() async throws {
        let result = try await BshProcess.run(["-c", "wait"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nothing to wait for"))
    }

    @Test func aWaitOnAnOfflineAgentTimesOutAndSaysWhatItWaitedFor() async throws {
        let result = try await BshProcess.run(["-c", "agent db02; browse /; wait 400ms"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("timed out"))
        #expect(result.stderr.contains("db02"))
    }

    @Test func aScriptStopsAtTheFirstFailure() async throws {
        let result = try await BshProcess.run(["-c", "echo one; agent nosuchagent; echo two"])
        #expect(result.status == 1)
        #expect(result.stdout == "one\n")
    }

    @Test func wordsAfterDashCAreTheArguments() async throws {
        let result = try await BshProcess.run(["-c", "echo $1 $2 (len($args))", "a", "b"])
        #expect(result.status == 0)
        #expect(result.stdout == "a b 2\n")
        let twice = try await BshProcess.run(["-c", "echo 1", "-c", "echo 2"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("give -c once"))
        #expect(twice.stdout.isEmpty)
    }

    @Test func exitSetsTheStatus() async throws {
        let result = try await BshProcess.run(["-c", "echo bye; exit 3; echo never"])
        #expect(result.status == 3)
        #expect(result.stdout == "bye\n")
    }

    @Test func echoNeedsNoServiceAtAll() async throws {
        let result = try await BshProcess.run(["-c", "echo hi"])
        #expect(result.status == 0)
        #expect(result.stdout == "hi\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func aBadFlagIsAUsageError() async throws {
        let result = try await BshProcess.run(["--no-such-flag"])
        #expect(result.status == 2)
    }
}
