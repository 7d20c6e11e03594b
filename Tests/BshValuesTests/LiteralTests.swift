import BshValues
import Testing

@Suite struct LiteralTests {
    @Test func plainNumbers() {
        #expect(NumberLiteral.parse("42") == .int(42))
        #expect(NumberLiteral.parse("-3") == .int(-3))
        #expect(NumberLiteral.parse("1.5") == .double(1.5))
        #expect(NumberLiteral.parse("1e3") == .double(1000))
        #expect(NumberLiteral.parse("9223372036854775808") == nil)
        #expect(NumberLiteral.parse("1e999") == nil)
    }

    @Test func byteSizes() {
        #expect(NumberLiteral.parse("7b") == .int(7))
        #expect(NumberLiteral.parse("7B") == .int(7))
        #expect(NumberLiteral.parse("2k") == .int(2000))
        #expect(NumberLiteral.parse("2KB") == .int(2000))
        #expect(NumberLiteral.parse("2kB") == .int(2000))
        #expect(NumberLiteral.parse("2KiB") == .int(2048))
        #expect(NumberLiteral.parse("5M") == .int(5_000_000))
        #expect(NumberLiteral.parse("5MB") == .int(5_000_000))
        #expect(NumberLiteral.parse("1MiB") == .int(1_048_576))
        #expect(NumberLiteral.parse("3G") == .int(3_000_000_000))
        #expect(NumberLiteral.parse("1.5GiB") == .int(1_610_612_736))
        #expect(NumberLiteral.parse("1TB") == .int(1_000_000_000_000))
        #expect(NumberLiteral.parse("1TiB") == .int(1_099_511_627_776))
        #expect(NumberLiteral.parse("0.0015KB") == .int(2))
        #expect(NumberLiteral.parse("9999999TiB") == nil)
        #expect(NumberLiteral.parse("99999999999T") == nil)
    }

    @Test func durationsAndTheCaseOfM() {
        #expect(NumberLiteral.parse("500ms") == .duration(.milliseconds(500)))
        #expect(NumberLiteral.parse("30s") == .duration(.seconds(30)))
        #expect(NumberLiteral.parse("5m") == .duration(.seconds(300)))
        #expect(NumberLiteral.parse("5M") == .int(5_000_000))
        #expect(NumberLiteral.parse("1h") == .duration(.seconds(3600)))
        #expect(NumberLiteral.parse("2d") == .duration(.seconds(172_800)))
        #expect(NumberLiteral.parse("1.5s") == .duration(.milliseconds(1500)))
        #expect(NumberLiteral.parse("1.5ms") == .duration(.microseconds(1500)))
        #expect(NumberLiteral.parse("-2s") == .duration(.seconds(-2)))
        #expect(NumberLiteral.parse("9223372036854775807d") == nil)
    }

    @Test func exponentsTakeASign() {
        #expect(NumberLiteral.parse("1e-3") == .double(0.001))
        #expect(NumberLiteral.parse("1.5e+3") == .double(1500))
        #expect(NumberLiteral.parse("1E-999") == .double(0))
        #expect(NumberLiteral.parse("2.5e-3s") == .duration(.microseconds(2500)))
        #expect(NumberLiteral.parse("1e3k") == .int(1_000_000))
    }

    @Test func theEndsOfEachRange() {
        #expect(NumberLiteral.parse("-9223372036854775808") == .int(.min))
        #expect(NumberLiteral.parse("9223372036854775807") == .int(.max))
        #expect(NumberLiteral.parse("9223372036854775807ms") == .duration(DurationText.maximum))
        #expect(NumberLiteral.parse("-9223372036854775807ms") == .duration(.zero - DurationText.maximum))
        #expect(NumberLiteral.parse("9223372036854775808ms") == nil)
        #expect(NumberLiteral.parse("8388607TiB") == .int(8_388_607 << 40))
        #expect(NumberLiteral.parse("8388608TiB") == nil)
    }

    @Test func durationsReadAsTheyPrint() {
        #expect(NumberLiteral.parse("1m30s") == .duration(.seconds(90)))
        #expect(NumberLiteral.parse("-1m30s") == .duration(.seconds(-90)))
        #expect(NumberLiteral.parse("48h0m") == .duration(.seconds(172_800)))
        #expect(NumberLiteral.parse("1h2m3.5s") == .duration(.milliseconds(3_723_500)))
        #expect(NumberLiteral.parse("0.0000000015s") == .duration(.nanoseconds(2)))
        #expect(Value.duration(.seconds(-90)).text() == "-1m30s")
        for text in ["0x3s", "+3s", "--3s", "1s1m", "1m30", "1m-30s", "1.5.2s"] {
            #expect(NumberLiteral.parse(text) == nil, "\(text)")
        }
    }

    @Test func anythingElseIsNil() {
        for text in ["", "-", "abc", "1x", "1.", ".5", "1.5.2", "5mb", "5mm", "1e", "inf", "nan", " 1", "0x10", "1e3e"] {
            #expect(NumberLiteral.parse(text) == nil, "\(text)")
        }
    }
}
