/// What the seeded project's configurations are and how their past runs went, as data: a few
/// configurations per demo agent with their own schedules, and the nights that went wrong.
struct SeedPlan: Sendable {
    /// How a past scheduled run ended.
    enum Outcome: Sendable, Equatable {
        case completed
        /// `completed_with_errors`: a few files could not be read.
        case partial
        case failed
        /// The run never happened (the agent was offline): `missed`, set by the service.
        case missed
    }

    /// One configuration of an agent and its past.
    struct Configuration: Sendable {
        /// Part of the configuration's stable ID; `system` keeps the ID the first seeded
        /// configuration always had.
        var key: String
        var name: String
        var recurrence: String
        var inclusions: [String]
        var exclusions: [String] = []
        var enabled = true
        /// How many days of runs the history holds, counted back from now.
        var days: Int
        /// Runs that went wrong, by how many runs before the newest (0 is the newest).
        var outcomes: [Int: Outcome] = [:]
        /// How many of the newest runs never happened because the configuration was disabled.
        var droppedNewest = 0
        /// How many of the newest runs were missed (an agent offline since).
        var missedNewest = 0
        /// Files that go missing during a partial run.
        var flakyFiles: [String] = []

        func outcome(ofRunBeforeNewest index: Int) -> Outcome {
            index < missedNewest ? .missed : outcomes[index] ?? .completed
        }
    }

    static let daily0200 = "RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=2;BYMINUTE=0"

    /// The configuration every agent has: system files, daily at 02:00 UTC.
    static func systemFiles(days: Int, outcomes: [Int: Outcome] = [:]) -> Configuration {
        Configuration(
            key: "system", name: "Daily system files", recurrence: daily0200, inclusions: ["/etc/", "/home/"],
            exclusions: ["/home/deploy/.ssh/"], days: days, outcomes: outcomes,
            flakyFiles: ["/home/deploy/.viminfo.tmp", "/etc/mtab~"])
    }

    /// The demo agents' configurations and their histories, by agent name; other agents get three
    /// good nights of system files.
    static func configurations(forAgentNamed name: String) -> [Configuration] {
        switch name {
        case "web01":
            // Healthy now, with a failure and a partial night in the last two weeks. One configuration
            // only: restores "as of" a time pick web01's backup of that time, which must hold /etc.
            return [systemFiles(days: 21, outcomes: [5: .failed, 11: .partial])]
        case "web02":
            // Two partial nights in a row; a configuration disabled nine days ago; one never run.
            return [
                systemFiles(days: 21, outcomes: [0: .partial, 1: .partial, 9: .failed]),
                Configuration(
                    key: "web", name: "Web content", recurrence: "RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=3;BYMINUTE=30",
                    inclusions: ["/var/www/"], enabled: false, days: 21, droppedNewest: 9),
                Configuration(
                    key: "shop", name: "Shop application",
                    recurrence: "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SA;BYHOUR=5;BYMINUTE=0",
                    inclusions: ["/opt/shop/"], days: 0),
            ]
        case "db01":
            // Three failed nights of system files; database files every six hours, mostly fine.
            return [
                systemFiles(days: 21, outcomes: [0: .failed, 1: .failed, 2: .failed, 13: .partial]),
                Configuration(
                    key: "mysql", name: "MySQL data", recurrence: "RRULE:FREQ=HOURLY;INTERVAL=6",
                    inclusions: ["/var/lib/mysql/"], days: 14, outcomes: [3: .partial, 10: .missed, 11: .missed, 27: .failed],
                    flakyFiles: ["/var/lib/mysql/shop/#sql-1f3a_2c.ibd"]),
            ]
        case "mail01":
            // Last night missed; the mail store failed three nights ago; weekly logs, one week missed.
            return [
                systemFiles(days: 21, outcomes: [0: .missed, 4: .missed]),
                Configuration(
                    key: "mail", name: "Mail queue and logs", recurrence: "RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=1;BYMINUTE=15",
                    inclusions: ["/var/lib/postfix/", "/var/log/mail/"], days: 21, outcomes: [2: .failed, 15: .partial],
                    flakyFiles: ["/var/lib/postfix/master.lock"]),
                Configuration(
                    key: "logs", name: "Weekly logs", recurrence: "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;BYHOUR=4;BYMINUTE=0",
                    inclusions: ["/var/log/"], days: 28, outcomes: [2: .missed]),
            ]
        case "db02":
            // Offline for the last five days: every run since was missed.
            return [
                Configuration(
                    key: "system", name: "Daily system files", recurrence: daily0200, inclusions: ["/etc/", "/home/"],
                    days: 21, missedNewest: 5),
                Configuration(
                    key: "mysql", name: "MySQL data", recurrence: "RRULE:FREQ=HOURLY;INTERVAL=6",
                    inclusions: ["/var/lib/mysql/"], days: 14, missedNewest: 20),
            ]
        default:
            return [systemFiles(days: 3)]
        }
    }
}
