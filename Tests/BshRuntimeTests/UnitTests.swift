import BshValues
@testable import BshRuntime
import CloudBackupAPI
import Testing

@Suite("Runtime units")
struct UnitTests {
    static func agent(_ id: String, _ name: String) -> Agent { Agent(id: id, name: name) }
    let agents = [agent("8f135b4f-1", "web01"), agent("8f1a2c77-2", "web02"), agent("c0ffee12-3", "db01")]

    @Test func theEnvironmentRecordHidesCredentials() {
        let record = EnvironmentRecord.value(of: [
            "BSH_TOKEN": "t0k", "RAX_API_KEY": "k3y", "os_password": "pw", "MY_Secret": "s", "GH_CREDENTIALS": "c",
            "HOME": "/root", "TERM": "xterm",
        ])
        #expect(record == .record(Record([
            ("BSH_TOKEN", .string("***")), ("GH_CREDENTIALS", .string("***")), ("HOME", .string("/root")),
            ("MY_Secret", .string("***")), ("RAX_API_KEY", .string("***")), ("TERM", .string("xterm")),
            ("os_password", .string("***")),
        ])))
    }

    @Test func agentsResolveByIDPrefixOrName() {
        #expect(AgentResolver.resolve("8f13", in: agents) == .found(agents[0]))
        #expect(AgentResolver.resolve("DB01", in: agents) == .found(agents[2]))
        #expect(AgentResolver.resolve("8f1", in: agents) == .ambiguous([agents[0], agents[1]]))
        #expect(AgentResolver.resolve("web", in: agents) == .ambiguous([agents[0], agents[1]]))
        #expect(AgentResolver.resolve("nope", in: agents) == .none)
    }

    @Test func durationsParseAndFormat() {
        #expect(DurationText.parse("500ms") == .milliseconds(500))
        #expect(DurationText.parse("30s") == .seconds(30))
        #expect(DurationText.parse("5m") == .seconds(300))
        #expect(DurationText.parse("1.5") == .milliseconds(1500))
        #expect(DurationText.parse("soon") == nil)
        #expect(DurationText.parse("-1s") == nil)
        #expect(DurationText.format(.milliseconds(850)) == "850ms")
        #expect(DurationText.format(.milliseconds(12_340)) == "12.34s")
        #expect(DurationText.approximate(.milliseconds(12_340)) == "12.3s")
        #expect(DurationText.format(.seconds(125)) == "2m5s")
    }

    /// When each request of a wait is made, by the schedule, up to `limit`.
    private func requestTimes(_ schedule: PollSchedule, until limit: Duration) -> [Duration] {
        var times: [Duration] = [.zero]
        var previous: Duration?
        while true {
            let next = schedule.interval(after: previous, elapsed: times.last!)
            guard times.last! + next <= limit else { return times }
            times.append(times.last! + next)
            previous = next
        }
    }

    @Test func pollingIsQuickAtFirstAndCheapOnLongWaits() {
        let times = requestTimes(PollSchedule(), until: .seconds(600))
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        // An answer that comes within two seconds is seen within 150 ms.
        let early = zip(times, gaps).filter { $0.0 < .seconds(2) }.map(\.1)
        #expect(early.count >= 14)
        #expect(early.allSatisfy { $0 <= .milliseconds(150) })
        // Never more than 2 s between requests; then the pause stays at 2 s.
        #expect(gaps.max()! == .seconds(2))
        #expect(gaps.suffix(100).allSatisfy { $0 == .seconds(2) })
        // At most one request a second on average over a wait of a minute, and far less over ten.
        #expect(times.filter { $0 <= .seconds(60) }.count <= 60)
        #expect(times.count <= 330)
    }

    @Test func afterAFailedRequestPollingSlowsDownAndHonoursRetryAfter() {
        let schedule = PollSchedule()
        #expect(schedule.interval(afterFailure: nil) == .seconds(2))
        #expect(schedule.interval(afterFailure: 0) == .seconds(2))
        #expect(schedule.interval(afterFailure: 1) == .seconds(2))
        #expect(schedule.interval(afterFailure: 7.5) == .milliseconds(7500))
        #expect(schedule.interval(afterFailure: .infinity) == .seconds(2))
        #expect(schedule.interval(afterFailure: 1e300) == .seconds(86_400))
    }

    @Test func tablesAlignColumnsAndNumbersRight() {
        var table = Table([("NAME", .left), ("SIZE", .right)])
        table.add(["hosts", "213"])
        table.add(["passwd", "2048"])
        #expect(table.render() == "NAME    SIZE\nhosts    213\npasswd  2048\n")
        #expect(table.render(boldHeader: true) == "\u{1B}[1mNAME    SIZE\u{1B}[0m\nhosts    213\npasswd  2048\n")
    }

    @Test func completionOffersCommandsAgentsAndBrowsedPaths() {
        let etc = RemoteName("/etc")
        let context = CompletionContext(
            agents: [AgentRef(id: "8f135b4f-1", name: "web01")],
            browsedItems: [etc: [RemoteName("ssh/"), RemoteName("sshd_config"), RemoteName("hosts")]])
        #expect(Completer.complete(line: "bro", cursor: 3, context: context).candidates == ["browse"])
        #expect(Completer.complete(line: "agent 8f", cursor: 8, context: context).candidates == ["8f135b4f-1"])
        let paths = Completer.complete(line: "browse /etc/ss", cursor: 14, context: context)
        #expect(paths.candidates == ["/etc/ssh/", "/etc/sshd_config"])
        #expect(paths.start == 7)
        #expect(Completer.complete(line: "logs r", cursor: 6, context: context).candidates == ["request"])
        #expect(Completer.complete(line: "ls --r", cursor: 6, context: context).candidates == ["--refresh"])
        let withLogs = CompletionContext(logFileIDs: ["80b7b215-1", "80c0ffee-2"])
        #expect(Completer.complete(line: "logs get 80b", cursor: 12, context: withLogs).candidates == ["80b7b215-1"])
        #expect(Completer.complete(line: "logs show l", cursor: 11, context: withLogs).candidates == ["last"])
    }
}
