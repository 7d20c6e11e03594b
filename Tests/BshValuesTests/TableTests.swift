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
