import BshValues
import Testing

@Suite struct TableFittingTests {
    typealias Column = TableFitting.Column

    @Test func aTableThatFitsKeepsItsNaturalWidths() {
        let columns = [Column(natural: 8), Column(natural: 20, floor: 8), Column(natural: 5)]
        #expect(TableFitting.widths(columns, available: 37) == [8, 20, 5])
        #expect(TableFitting.widths(columns, available: 200) == [8, 20, 5])
    }

    @Test func theWidestColumnThatMayBeCutIsCutFirst() {
        let columns = [Column(natural: 30, floor: 8), Column(natural: 12, floor: 8), Column(natural: 16)]
        // 30 + 12 + 16 + 4 = 62: 10 too many, all taken from the widest.
        #expect(TableFitting.widths(columns, available: 52) == [20, 12, 16])
        // 20 too many: the first comes down to the second's width, then both shrink together.
        #expect(TableFitting.widths(columns, available: 42) == [11, 11, 16])
        #expect(TableFitting.widths(columns, available: 41) == [11, 10, 16])
    }

    @Test func columnsAreNeverCutBelowTheirFloor() {
        let columns = [Column(natural: 30, floor: 10), Column(natural: 16)]
        #expect(TableFitting.widths(columns, available: 20) == [10, 16])
    }

    @Test func columnsAreLeftOutLowestRankFirstOnlyWhenCuttingIsNotEnough() {
        let columns = [
            Column(natural: 8), Column(natural: 16), Column(natural: 3, dropRank: 1), Column(natural: 16, dropRank: 0),
            Column(natural: 20, floor: 8),
        ]
        // 63 + 8 = 71: cutting the last column to 10 is enough.
        #expect(TableFitting.widths(columns, available: 61) == [8, 16, 3, 16, 10])
        // Not enough at its floor: rank 0 goes, and the text comes back whole.
        #expect(TableFitting.widths(columns, available: 53) == [8, 16, 3, nil, 20])
        // Then rank 1.
        #expect(TableFitting.widths(columns, available: 40) == [8, 16, nil, nil, 12])
    }

    @Test func whatStillDoesNotFitRunsPastTheWidth() {
        let columns = [Column(natural: 36), Column(natural: 36)]
        #expect(TableFitting.widths(columns, available: 40) == [36, 36])
    }

    @Test func truncationEndsWithAnEllipsis() {
        #expect(TableFitting.truncated("Daily system files", to: 10) == "Daily sys…")
        #expect(TableFitting.truncated("short", to: 10) == "short")
        #expect(TableFitting.truncated("exactly10!", to: 10) == "exactly10!")
        #expect(TableFitting.truncated("abc", to: 1) == "…")
    }
}

@Suite struct CellFormTests {
    @Test func shortIDsAreTheShortestUniquePrefixOfEightOrMore() {
        let ids = ["354ad16a-3fab-4ba8", "36859e4b-9844-4bdf", "4121f498-aabc-4b94"]
        #expect(ShortIDs.length(of: ids) == 8)
        #expect(ShortIDs.length(of: ["354ad16a-3fab-4ba8", "354ad16a-3fcc-0000"]) == 12)
        // The same ID twice is one ID; names do not count.
        #expect(ShortIDs.length(of: ["354ad16a-3fab", "354ad16a-3fab", "web01-database-primary"]) == 8)
        #expect(ShortIDs.shortened("354ad16a-3fab-4ba8", to: 8) == "354ad16a")
        #expect(ShortIDs.shortened("web01-database-primary", to: 8) == "web01-database-primary")
        #expect(ShortIDs.shortened("110011", to: 8) == "110011")
        // Counters are not hashes: a prefix of one would name another.
        #expect(ShortIDs.shortened("5650135601", to: 8) == "5650135601")
        #expect(ShortIDs.length(of: ["5650135601", "5650135699", "8f135b4f-7a69"]) == 8)
    }

    @Test func timestampsAreReadWithTheirOffsetAndFraction() {
        #expect(TimestampText.seconds("1970-01-01T00:00:00Z") == 0)
        #expect(TimestampText.seconds("2014-10-09T12:26:26Z") == 1_412_857_586)
        #expect(TimestampText.seconds("2014-10-09T12:26:26.5Z") == 1_412_857_586.5)
        #expect(TimestampText.seconds("2014-10-09T14:26:26.233501+02:00").map { $0.rounded(.down) } == 1_412_857_586)
        #expect(TimestampText.seconds("2000-02-29T23:59:59-0100") == 951_872_399)
        for text in ["", "-", "2014-10-09", "2014-10-09T12:26:26", "2014-13-09T12:26:26Z", "2014-10-09T12:26:26.Z", "web01"] {
            #expect(TimestampText.seconds(text) == nil, "\(text)")
        }
    }

    @Test func timesAreShownToTheMinuteInLocalTime() {
        let moment = TimestampText.seconds("2026-12-31T23:59:30.9Z")!
        #expect(TimestampText.minutes(moment, offset: 0) == "2026-12-31 23:59")
        #expect(TimestampText.minutes(moment, offset: 3_600) == "2027-01-01 00:59")
        #expect(TimestampText.minutes(moment, offset: -5 * 3_600) == "2026-12-31 18:59")
        #expect(TimestampText.minutes(0, offset: -60) == "1969-12-31 23:59")
        #expect(TimestampText.minutes(TimestampText.seconds("2024-02-29T12:00:00Z")!, offset: 0) == "2024-02-29 12:00")
    }

    @Test func agesAreInTheirLargestWholeUnit() {
        let now = 1_000_000.0
        #expect(TimestampText.age(now - 45, now: now) == "45s")
        #expect(TimestampText.age(now - 60 * 12 - 59, now: now) == "12m")
        #expect(TimestampText.age(now - 3 * 3_600 - 1, now: now) == "3h")
        #expect(TimestampText.age(now - 2 * 86_400 - 3_600 * 23, now: now) == "2d")
        #expect(TimestampText.age(now + 3 * 3_600, now: now) == "in 3h")
        #expect(TimestampText.age(now, now: now) == "0s")
    }

    @Test func sizesAreInBinaryUnits() {
        #expect(SizeText.binary(0) == "0 B")
        #expect(SizeText.binary(1_023) == "1023 B")
        #expect(SizeText.binary(1_024) == "1.0 KiB")
        #expect(SizeText.binary(9_826_287) == "9.4 MiB")
        #expect(SizeText.binary(150 * 1_048_576) == "150 MiB")
        #expect(SizeText.binary(1_048_575) == "1.0 MiB")
        #expect(SizeText.binary(5 * 1_099_511_627_776) == "5.0 TiB")
        #expect(SizeText.binary(-2_048) == "-2.0 KiB")
    }
}

@Suite struct TextWrappingTests {
    @Test func wordsFillLinesUpToTheWidth() {
        #expect(TextWrapping.lines("list the project's backups, or one configuration's", width: 20) == [
            "list the project's", "backups, or one", "configuration's",
        ])
        #expect(TextWrapping.lines("", width: 10) == [""])
        #expect(TextWrapping.lines("unbreakable-word-longer-than-width x", width: 8) == ["unbreakable-word-longer-than-width", "x"])
    }

    @Test func hangingIndentKeepsLaterLinesUnderTheFirst() {
        #expect(TextWrapping.hanging("one two three four", first: "usage: ", indent: 7, width: 17) == "usage: one two\n       three four\n")
        #expect(TextWrapping.hanging("one two three", first: "", indent: 2, width: 8) == "one two\n  three\n")
    }
}
