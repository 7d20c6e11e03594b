import BshRuntime
import CloudBackupClient

/// `--debug` and `BSH_DEBUG`: every exchange with the service and every retry on standard error,
/// each line starting `debug: `, credentials hidden.
enum DebugOutput {
    /// True with the flag, or with `BSH_DEBUG` set to anything but empty or `0`.
    static func isOn(flag: Bool, environment: [String: String]) -> Bool {
        flag || environment["BSH_DEBUG"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    /// The log writing through `host`.
    static func log(to host: any ShellHost) -> ExchangeLog {
        ExchangeLog { text in
            host.writeError(text.split(separator: "\n", omittingEmptySubsequences: false).map { "debug: \($0)\n" }.joined())
        }
    }
}
