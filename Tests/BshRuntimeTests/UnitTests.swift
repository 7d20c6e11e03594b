import BshValues
@testable import BshRuntime
import CloudBackupAPI
import Testing

@Suite("Runtime units")
struct UnitTests {
    static func agent(_ id: String, _ name: String) -> Agent { Agent(id: id, name: name) }
    let agents = [agent("8f135b4f-1", "web01"), agent("8f1a2c77-2", "web02"), agent("c0ffee12-3", "db01")]

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
        #expect(DurationText.format(.milliseconds(12_340)) == "12.3s")
        #expect(DurationText.format(.seconds(125)) == "2m5s")
    }

    @Test func pollingIsQuickAtFirstAndCheapOnLongWaits() {
        let schedule = PollSchedule()
        var intervals: [Duration] = []
        var elapsed = Duration.zero
        var previous: Duration?
        while elapsed < .seconds(600) {
            let next = schedule.interval(after: previous)
            intervals.append(next)
            elapsed += next
            previous = next
        }
        #expect(intervals[0] <= .milliseconds(150))
        #expect(intervals[1] <= .milliseconds(150))
        #expect(intervals.max()! <= .seconds(2))
        // At most one request a second on average over a ten-minute wait.
        #expect(intervals.count <= 600)
        #expect(intervals.count > 300)
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
