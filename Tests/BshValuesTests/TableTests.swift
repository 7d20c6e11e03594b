import BshValues
import Testing

@Suite struct TableTests {
    @Test func alignsColumnsAndTrimsTrailingSpaces() {
        var table = Table([("NAME", .left), ("SIZE", .right)])
        table.add(["hosts", "12"])
        table.add(["passwd", "1024"])
        #expect(table.render() == "NAME    SIZE\nhosts     12\npasswd  1024\n")
    }
}

@Suite struct TableDisplayTests {
    /// 2026-12-04 17:30 UTC.
    static let now = TimestampText.seconds("2026-12-04T17:30:00Z")!

    static func backups() -> Table {
        var table = Table(columns: [
            .init("ID", kind: .id), .init("CONFIG", kind: .id), .init("STATE", kind: .word), .init("STARTED", kind: .time, showsAge: true),
            .init("ENDED", kind: .time, dropRank: 0), .init("BYTES", .right, kind: .size), .init("ERRORS", .right, kind: .word),
        ])
        table.add([
            "354ad16a-3fab-4ba8-a4e3-02019dac7294", "d7df8e8c-1111-4094-acd1-aaa89aa1e976", "completed", "2026-12-01T17:31:01.426890Z",
            "2026-12-01T17:32:36.426890Z", "10019724", "0",
        ])
        table.add([
            "354ad16b-9844-4bdf-9bcc-1a5a58dbcffb", "d7df8e8c-1111-4094-acd1-aaa89aa1e976", "in_progress", "2026-12-04T14:02:00Z", "-",
            "512", "0",
        ])
        return table
    }

    @Test func aWideTerminalShowsEveryColumnWithShortIDsLocalTimesAgesAndSizes() {
        let display = TableDisplay(width: 200, now: Self.now) { _ in 3_600 }
        #expect(Self.backups().render(display: display) == """
            ID        CONFIG    STATE        STARTED           AGE  ENDED               BYTES  ERRORS
            354ad16a  d7df8e8c  completed    2026-12-01 18:31   2d  2026-12-01 18:32  9.6 MiB       0
            354ad16b  d7df8e8c  in_progress  2026-12-04 15:02   3h  -                   512 B       0

            """)
    }

    @Test func aNarrowTerminalLeavesOutTheColumnsOfLowestRank() {
        let display = TableDisplay(width: 80, now: Self.now)
        let rendered = Self.backups().render(display: display)
        #expect(rendered == """
            ID        CONFIG    STATE        STARTED           AGE    BYTES  ERRORS
            354ad16a  d7df8e8c  completed    2026-12-01 17:31   2d  9.6 MiB       0
            354ad16b  d7df8e8c  in_progress  2026-12-04 14:02   3h    512 B       0

            """)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let narrower = Self.backups().render(display: TableDisplay(width: 60, now: Self.now))
        #expect(narrower.hasPrefix("ID        CONFIG    STATE        STARTED             BYTES  ERRORS\n"))
    }

    @Test func idsGrowUntilTheyAreUniqueAndTextIsCutWithAnEllipsis() {
        var table = Table(columns: [.init("ID", kind: .id), .init("NAME"), .init("STATE", kind: .word)])
        table.add(["8f135b4f-7a69-4b8a", "Daily system files of the web servers", "enabled"])
        table.add(["8f135b4f-51d7-4e0b", "Weekly", "enabled"])
        #expect(table.render(display: TableDisplay(width: 40, now: 0)) == """
            ID          NAME                 STATE
            8f135b4f-7  Daily system files…  enabled
            8f135b4f-5  Weekly               enabled

            """)
    }

    @Test func withoutADisplayEveryValueStaysWhole() {
        let rendered = Self.backups().render()
        #expect(rendered.contains("354ad16a-3fab-4ba8-a4e3-02019dac7294  d7df8e8c-1111-4094-acd1-aaa89aa1e976  completed"))
        #expect(rendered.contains("2026-12-01T17:31:01.426890Z  2026-12-01T17:32:36.426890Z  10019724"))
        #expect(!rendered.contains("AGE"))
    }

    @Test func aStreamedTableFitsAsARenderedOneDoes() {
        let table = Self.backups()
        var streamed = ""
        table.stream(rows: table.rows.count, display: TableDisplay(width: 80, now: Self.now), to: { streamed += $0 }) { table.rows[$0][$1] }
        #expect(streamed == table.render(display: TableDisplay(width: 80, now: Self.now)))
    }

    @Test func csvHasTheTablesColumnsWithWholeValues() {
        var table = Table(columns: [.init("ID", kind: .id), .init("NAME"), .init("LAST BACKUP", kind: .time)])
        table.add(["8f135b4f-7a69-4b8a", "Daily, system files", "-"])
        #expect(table.csv() == "id,name,last backup\n8f135b4f-7a69-4b8a,\"Daily, system files\",\n")
    }
}
