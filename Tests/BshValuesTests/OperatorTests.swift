import BshValues
import Testing

@Suite struct OperatorTests {
    func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        try Value.apply(op, lhs, rhs)
    }

    @Test func equality() throws {
        #expect(try apply(.equal, .int(1), .double(1.0)) == .bool(true))
        #expect(try apply(.equal, .int(9_007_199_254_740_993), .double(9_007_199_254_740_992)) == .bool(false))
        #expect(try apply(.equal, .string("1"), .int(1)) == .bool(false))
        #expect(try apply(.equal, .null, .null) == .bool(true))
        #expect(try apply(.equal, .null, .bool(false)) == .bool(false))
        #expect(try apply(.equal, .list([.int(1)]), .list([.double(1)])) == .bool(true))
        #expect(try apply(.equal, rec(("a", .int(1))), rec(("a", .int(1)))) == .bool(true))
        #expect(try apply(.notEqual, .string("a"), .string("b")) == .bool(true))
        #expect(try apply(.notEqual, .duration(.seconds(60)), .duration(.seconds(60))) == .bool(false))
    }

    @Test func ordering() throws {
        #expect(try apply(.less, .int(1), .double(1.5)) == .bool(true))
        #expect(try apply(.lessOrEqual, .double(2), .int(2)) == .bool(true))
        #expect(try apply(.greater, .int(.max), .double(9.2e18)) == .bool(true))
        #expect(try apply(.greater, .int(.max), .double(9.3e18)) == .bool(false))
        #expect(try apply(.greaterOrEqual, .int(3), .int(4)) == .bool(false))
        #expect(try apply(.less, .string("B"), .string("a")) == .bool(true))
        #expect(try apply(.less, .string("ab"), .string("abc")) == .bool(true))
        #expect(try apply(.greater, .duration(.seconds(61)), .duration(.seconds(60))) == .bool(true))
        #expect(try apply(.less, .double(.nan), .int(1)) == .bool(false))
    }

    @Test func orderingIncomparableTypesFails() {
        #expect(errorMessage { try apply(.less, .string("a"), .int(1)) } == "cannot compare a string with a number")
        #expect(errorMessage { try apply(.greater, .null, .int(1)) } == "cannot compare null with a number")
        #expect(errorMessage { try apply(.less, .bool(true), .bool(false)) } == "cannot compare a bool with a bool")
        #expect(errorMessage { try apply(.less, .list([]), .list([])) } == "cannot compare a list with a list")
    }

    @Test func integerArithmetic() throws {
        #expect(try apply(.add, .int(2), .int(3)) == .int(5))
        #expect(try apply(.subtract, .int(2), .int(3)) == .int(-1))
        #expect(try apply(.multiply, .int(4), .int(-3)) == .int(-12))
        #expect(try apply(.divide, .int(6), .int(3)) == .int(2))
        #expect(try apply(.divide, .int(7), .int(2)) == .double(3.5))
        #expect(try apply(.remainder, .int(7), .int(-3)) == .int(1))
        #expect(try apply(.remainder, .int(.min), .int(-1)) == .int(0))
        #expect(try apply(.add, .int(1), .double(0.5)) == .double(1.5))
        #expect(try apply(.divide, .double(1), .int(4)) == .double(0.25))
        #expect(try apply(.remainder, .double(7.5), .int(2)) == .double(1.5))
    }

    @Test func overflowAndDivisionByZeroAreErrors() {
        #expect(errorMessage { try apply(.add, .int(.max), .int(1)) } == "integer overflow in 9223372036854775807 + 1")
        #expect(errorMessage { try apply(.multiply, .int(.max), .int(2)) } != nil)
        #expect(errorMessage { try apply(.subtract, .int(.min), .int(1)) } != nil)
        #expect(errorMessage { try apply(.divide, .int(.min), .int(-1)) } != nil)
        #expect(errorMessage { try apply(.divide, .int(1), .int(0)) } == "division by zero")
        #expect(errorMessage { try apply(.divide, .double(1), .double(0)) } == "division by zero")
        #expect(errorMessage { try apply(.remainder, .int(1), .int(0)) } == "remainder by zero")
        #expect(errorMessage { try Value.int(.min).negated() } == "integer overflow in -(-9223372036854775808)")
    }

    @Test func durationsStayWithinTheLongest() throws {
        let day = Value.duration(.seconds(86_400))
        #expect(errorMessage { try apply(.multiply, try apply(.multiply, day, .int(1_000_000)), .int(1_000_000)) } == "duration overflow")
        #expect(errorMessage { try apply(.add, .duration(DurationText.maximum), .duration(.milliseconds(1))) } == "duration overflow")
        #expect(errorMessage { try apply(.subtract, .duration(.zero - DurationText.maximum), .duration(.milliseconds(1))) } == "duration overflow")
        #expect(errorMessage { try apply(.multiply, .double(1e20), day) } == "duration overflow")
        let longest = try apply(.add, .duration(DurationText.maximum - .milliseconds(1)), .duration(.milliseconds(1)))
        #expect(longest == .duration(DurationText.maximum))
        #expect(longest.text() == "106751991167d7h12m55.807s")
        #expect(try apply(.multiply, day, .int(2)).text() == "2d")
    }

    @Test func durationResultsAreWholeNanoseconds() throws {
        #expect(try apply(.divide, .duration(.seconds(1)), .int(3)) == .duration(.nanoseconds(333_333_333)))
        #expect(try apply(.multiply, .duration(.seconds(1)), .double(0.3)) == .duration(.milliseconds(300)))
        #expect(try apply(.divide, .duration(.seconds(2)), .double(3)).text() == "666.666667ms")
    }

    @Test func decimalsThatOverflowAreErrors() throws {
        #expect(errorMessage { try apply(.multiply, .double(1e308), .int(10)) } == "number overflow in 1e+308 * 10")
        #expect(errorMessage { try apply(.add, .double(-1e308), .double(-1e308)) } == "number overflow in -1e+308 + -1e+308")
        #expect(errorMessage { try apply(.divide, .double(1e308), .double(1e-308)) } == "number overflow in 1e+308 / 1e-308")
        #expect(errorMessage { try apply(.subtract, .double(.infinity), .double(.infinity)) } == "inf - inf is not a number")
        #expect(errorMessage { try apply(.remainder, .double(.infinity), .int(2)) } == "inf % 2 is not a number")
        #expect(errorMessage { try apply(.multiply, .duration(.seconds(1)), .double(.nan)) } == "1s * nan is not a number")
        #expect(try apply(.multiply, .double(1e-300), .double(1e-300)) == .double(0))
    }

    @Test func stringsListsAndDurations() throws {
        #expect(try apply(.add, .string("ab"), .string("c")) == .string("abc"))
        #expect(try apply(.add, .list([.int(1)]), .list([.int(2)])) == .list([.int(1), .int(2)]))
        let thirty = Value.duration(.seconds(30))
        #expect(try apply(.add, thirty, .duration(.milliseconds(500))) == .duration(.milliseconds(30500)))
        #expect(try apply(.subtract, thirty, .duration(.seconds(40))) == .duration(.seconds(-10)))
        #expect(try apply(.multiply, thirty, .int(2)) == .duration(.seconds(60)))
        #expect(try apply(.multiply, .double(1.5), thirty) == .duration(.seconds(45)))
        #expect(try apply(.divide, thirty, .int(4)) == .duration(.milliseconds(7500)))
        #expect(try apply(.divide, thirty, .duration(.seconds(60))) == .double(0.5))
        #expect(errorMessage { try apply(.divide, thirty, .int(0)) } == "division by zero")
        #expect(errorMessage { try apply(.multiply, .duration(.seconds(Int64.max)), .int(2)) } == "duration overflow")
        #expect(errorMessage { try apply(.multiply, .string("a"), .int(3)) } == "cannot use '*' on a string and a number")
        #expect(errorMessage { try apply(.add, .string("a"), .int(3)) } == "cannot use '+' on a string and a number")
        #expect(errorMessage { try apply(.add, thirty, .int(3)) } == "cannot use '+' on a duration and a number")
        #expect(errorMessage { try apply(.subtract, .list([]), .list([])) } == "cannot use '-' on a list and a list")
    }

    @Test func logicAndUnary() throws {
        #expect(try apply(.and, .bool(true), .bool(false)) == .bool(false))
        #expect(try apply(.or, .bool(true), .bool(false)) == .bool(true))
        #expect(errorMessage { try apply(.and, .int(1), .bool(true)) } == "'and' needs two bools, not a number and a bool")
        #expect(try Value.int(3).negated() == .int(-3))
        #expect(try Value.double(1.5).negated() == .double(-1.5))
        #expect(try Value.duration(.seconds(2)).negated() == .duration(.seconds(-2)))
        #expect(errorMessage { try Value.string("x").negated() } == "cannot negate a string")
        #expect(try Value.bool(true).not() == .bool(false))
        #expect(errorMessage { try Value.null.not() } == "'not' needs a bool, not null")
    }

    @Test func conditionsMustBeBools() throws {
        #expect(try Value.bool(true).isTrue())
        #expect(try !Value.bool(false).isTrue())
        #expect(errorMessage { try Value.string("yes").isTrue() } == "condition is a string, not a bool")
        do {
            _ = try Value.null.isTrue()
            Issue.record("no error")
        } catch let error as ValueError {
            #expect(error.hint?.contains("!= null") == true)
        }
    }

    @Test func membership() throws {
        #expect(try apply(.in, .double(2), .list([.int(1), .int(2)])) == .bool(true))
        #expect(try apply(.in, .int(3), .list([.int(1), .int(2)])) == .bool(false))
        #expect(try apply(.in, .string("ell"), .string("hello")) == .bool(true))
        #expect(try apply(.in, .string("x"), .string("hello")) == .bool(false))
        #expect(try apply(.in, .string("a"), rec(("a", .null))) == .bool(true))
        #expect(try apply(.in, .string("b"), rec(("a", .null))) == .bool(false))
        #expect(try apply(.in, .int(1), .null) == .bool(false))
        #expect(errorMessage { try apply(.in, .int(1), .int(1)) } == "'in' needs a list, string or record on the right, not a number")
        #expect(errorMessage { try apply(.in, .int(1), .string("1")) } != nil)
    }

    @Test func matchesNeedsStrings() throws {
        #expect(try apply(.matches, .string("web-01"), .string("web-*")) == .bool(true))
        #expect(errorMessage { try apply(.matches, .int(1), .string("*")) } == "'matches' needs a string on both sides, not a number and a string")
    }

    @Test func operatorSpellings() {
        #expect(BinaryOperator(rawValue: "<=") == .lessOrEqual)
        #expect(BinaryOperator(rawValue: "matches") == .matches)
        #expect(BinaryOperator.allCases.count == 15)
    }
}
