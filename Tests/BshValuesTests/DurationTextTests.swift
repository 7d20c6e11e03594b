import BshValues
import Testing

@Suite struct DurationTextTests {
    @Test func formatIsExact() {
        #expect(DurationText.format(.zero) == "0ms")
        #expect(DurationText.format(.milliseconds(850)) == "850ms")
        #expect(DurationText.format(.microseconds(1500)) == "1.5ms")
        #expect(DurationText.format(.nanoseconds(1)) == "0.000001ms")
        #expect(DurationText.format(.milliseconds(12_340)) == "12.34s")
        #expect(DurationText.format(.seconds(90)) == "1m30s")
        #expect(DurationText.format(.seconds(3723) + .milliseconds(500)) == "1h2m3.5s")
        #expect(DurationText.format(.seconds(3600) + .milliseconds(500)) == "1h0m0.5s")
        #expect(DurationText.format(.seconds(172_800)) == "2d")
        #expect(DurationText.format(.seconds(172_801)) == "2d0h0m1s")
        #expect(DurationText.format(.seconds(-30)) == "-30s")
        #expect(DurationText.format(DurationText.maximum) == "106751991167d7h12m55.807s")
    }

    @Test func formatNeverTraps() {
        let extremes: [Duration] = [
            .seconds(Int64.max), .seconds(Int64.min), .seconds(Int64.max) + .nanoseconds(999_999_999),
            Duration(secondsComponent: Int64.min, attosecondsComponent: -999_999_999_999_999_999),
            .milliseconds(Int64.max), .milliseconds(Int64.min), Duration(secondsComponent: 0, attosecondsComponent: 1),
        ]
        for duration in extremes {
            #expect(!DurationText.format(duration).isEmpty)
            #expect(!DurationText.approximate(duration).isEmpty)
        }
        #expect(DurationText.format(.seconds(Int64.max)) == "106751991167300d15h30m7s")
    }

    @Test func approximateRoundsForMessages() {
        #expect(DurationText.approximate(.milliseconds(850)) == "850ms")
        #expect(DurationText.approximate(.milliseconds(12_340)) == "12.3s")
        #expect(DurationText.approximate(.seconds(125) + .nanoseconds(1)) == "2m5s")
        #expect(DurationText.approximate(.seconds(172_801)) == "48h0m")
        #expect(DurationText.approximate(.seconds(-90)) == "-1m30s")
    }

    @Test func compoundFormsParse() {
        #expect(DurationText.parse("1m30s") == .seconds(90))
        #expect(DurationText.parse("48h0m") == .seconds(172_800))
        #expect(DurationText.parse("1h2m3.5s") == .seconds(3723) + .milliseconds(500))
        #expect(DurationText.parse("2d") == .seconds(172_800))
        #expect(DurationText.parse("1d12h") == .seconds(129_600))
        #expect(DurationText.parse("0.5m") == .seconds(30))
        #expect(DurationText.parse("1.5") == .milliseconds(1500))
        #expect(DurationText.parse("1e3ms") == .seconds(1))
        #expect(DurationText.parse("2.5e-3s") == .microseconds(2500))
        #expect(DurationText.parse("0.333333333333333333s") == Duration(secondsComponent: 0, attosecondsComponent: 333_333_333_333_333_333))
        #expect(DurationText.parse("106751991167d7h12m55.807s") == DurationText.maximum)
    }

    @Test func onlyDecimalDurationsParse() {
        for text in [
            "", "s", "soon", "0x3s", "0x3", "+3s", "-1s", "-1", "1s1m", "1m1m", "1ms1s", "1m30", "1.s", ".5s", "1..5s",
            "inf", "nan", "infinity", "1_000s", " 1s", "1s ", "1 s", "1S", "5M", "1e", "1es", "1sx", "１s", "1e+s",
        ] {
            #expect(DurationText.parse(text) == nil, "\(text)")
            #expect(errorMessage { try DurationText.read(text) } == "'\(text)' is not a duration", "\(text)")
        }
    }

    @Test func tooLargeIsSaidSo() {
        for text in ["1e300s", "1e30", "99999999999999h", "9223372036854775808ms", "106751991167d7h12m55.808s", "1e100000000000d"] {
            #expect(errorMessage { try DurationText.read(text) } == "duration too large: '\(text)'", "\(text)")
        }
        #expect(DurationText.parse("9223372036854775807ms") == DurationText.maximum)
        #expect(DurationText.parse("1e-100000s") == .zero)
    }

    /// Every duration's text reads back as the same duration: in commands (`parse`), and as a literal.
    @Test func formatReadsBack() {
        var generator = SeededNumbers(seed: 0x5eed)
        var durations: [Duration] = [
            .zero, .nanoseconds(1), .microseconds(1), .milliseconds(1), .microseconds(1500), .milliseconds(999),
            .seconds(1), .milliseconds(12_340), .milliseconds(59_999), .seconds(60), .seconds(90), .seconds(3600),
            .seconds(3723) + .milliseconds(500), .seconds(86_400), .seconds(172_800), .seconds(172_801),
            DurationText.maximum, Duration(secondsComponent: 0, attosecondsComponent: 1), .seconds(1) / 3,
        ]
        for _ in 0..<2000 {
            // Magnitudes from attoseconds to the maximum, evenly over the powers of ten.
            let digits = Int(generator.next() % 34) + 1
            var attoseconds: Int128 = 0
            for _ in 0..<digits { attoseconds = attoseconds * 10 + Int128(generator.next() % 10) }
            let seconds = attoseconds / 1_000_000_000_000_000_000
            durations.append(Duration(secondsComponent: Int64(seconds), attosecondsComponent: Int64(attoseconds % 1_000_000_000_000_000_000)))
        }
        for duration in durations where duration <= DurationText.maximum {
            let text = DurationText.format(duration)
            #expect(DurationText.parse(text) == duration, "\(text)")
            // Literals are kept to the nanosecond.
            let (seconds, attoseconds) = duration.components
            let nanoseconds = Duration(
                secondsComponent: seconds, attosecondsComponent: (attoseconds + 500_000_000) / 1_000_000_000 * 1_000_000_000)
            if nanoseconds <= DurationText.maximum {
                let literal = DurationText.format(nanoseconds)
                #expect(NumberLiteral.parse(literal) == .duration(nanoseconds), "\(literal)")
                #expect(NumberLiteral.parse("-" + literal) == .duration(.zero - nanoseconds), "-\(literal)")
            }
        }
    }
}

/// A small seeded generator (a linear congruential one, high bits only), so that a failure repeats.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
