import BshTestSupport
import Foundation
import Testing

@Suite("Numbers given at start are range-checked")
struct StartupRangeTests {
    @Test func aPortOutOfRangeNamesTheFlagOrVariable() async throws {
        let flag = try await BshProcess.run(["--endpoint", "http://h:99999/v2/1", "--token", "t", "-c", "agents"])
        #expect(flag.status == 2)
        #expect(flag.stderr == "bsh: --endpoint has port 99999; a port is a number from 1 to 65535\n")

        let variable = try await BshProcess.run(
            ["-c", "agents"], environment: BshProcess.cleanEnvironment(["BSH_ENDPOINT": "http://h:0/v2/1", "BSH_TOKEN": "t"]))
        #expect(variable.status == 2)
        #expect(variable.stderr == "bsh: BSH_ENDPOINT has port 0; a port is a number from 1 to 65535\n")

        let huge = try await BshProcess.run(["--endpoint", "http://h:99999999999999999999999/v2/1", "--token", "t", "-c", "agents"])
        #expect(huge.status == 2)
        #expect(huge.stderr == "bsh: --endpoint has port 99999999999999999999999; a port is a number from 1 to 65535\n")

        let identity = try await BshProcess.run(
            ["--identity-url", "http://h:70000/v2.0", "--username", "u", "--api-key", "k", "-c", "agents"])
        #expect(identity.status == 2)
        #expect(identity.stderr == "bsh: --identity-url has port 70000; a port is a number from 1 to 65535\n")
    }

    @Test(arguments: ["inf", "nan", "0", "-1", "1e-300", "1e300", "fast"])
    func anEmulatorTimeScaleOutOfRangeIsAUsageError(value: String) async throws {
        let result = try await BshProcess.run(
            ["-c", "echo hi"], environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": value]))
        #expect(result.status == 2)
        #expect(result.stderr == "bsh: BSH_EMULATOR_TIME_SCALE must be a number from 0.001 to 1000, such as 0.02 (50 times faster)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ["--time-scale", "1e-300"], ["--time-scale", "inf"], ["--time-scale", "nan"], ["--time-scale", "0"],
        ["--port", "99999"], ["--agents=-1"], ["--agents", "10000000"], ["--token-lifetime", "0"],
        ["--fail-rate", "2"], ["--drop-rate", "nan"], ["--retry-after=-1"], ["--large-directory=-5"],
        ["--latency", "1e30s"], ["--latency", "61s"],
    ])
    func anEmulatorFlagOutOfRangeIsAUsageError(arguments: [String]) async throws {
        let result = try await ShellPipeline.run(#"timeout 20 "$BSH_EMULATOR" "$@""#, arguments: arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: \(arguments[0].split(separator: "=")[0]) must be"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("Fatal error"))
    }
}
