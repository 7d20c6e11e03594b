extension ParserState {
    /// An expression, lowest precedence first: `or`, `and`, `not`, comparisons (`== != < <= > >= in
    /// matches`), `+ -`, `* / %`, unary `-`, then field access, indexing and calls.
    mutating func parseExpression() throws -> Expression {
        mode = .expression
        return try parseBinary(level: 0)
    }

    private static let levels: [[String]] = [
        ["or"], ["and"], ["==", "!=", "<", "<=", ">", ">=", "in", "matches"], ["+", "-"], ["*", "/", "%"],
    ]
    private static let notLevel = 2

    private mutating func parseBinary(level: Int) throws -> Expression {
        guard level < Self.levels.count else { return try parseUnary() }
        if level == Self.notLevel, atKeyword("not") {
            let token = current
            advance()
            let operand = try parseBinary(level: level)
            return Expression(.unary(.not, operand), range: token.range.union(operand.range))
        }
        var left = try parseBinary(level: level + 1)
        while let op = binaryOperator(in: Self.levels[level]) {
            advance()
            let right = try parseBinary(level: level + 1)
            left = Expression(.binary(op, left, right), range: left.range.union(right.range))
            if level == Self.notLevel, binaryOperator(in: Self.levels[level]) != nil {
                error("comparisons cannot be chained", at: current.range, hint: "combine them with 'and': a < b and b < c")
                throw SyntaxError()
            }
        }
        return left
    }

    private mutating func binaryOperator(in operators: [String]) -> String? {
        mode = .expression
        let token = current
        guard token.kind == .operator || token.kind == .identifier, operators.contains(token.value) else {
            if token.kind == .operator, token.value == "=", operators.contains("==") {
                error("'=' assigns; compare with '=='", at: token.range, hint: "write ==, as in: if $n == 3 { … }")
            }
            return nil
        }
        return token.value
    }

    private mutating func parseUnary() throws -> Expression {
        let token = current
        if token.kind == .operator, token.value == "-" {
            advance()
            let operand = try parseUnary()
            return Expression(.unary(.negate, operand), range: token.range.union(operand.range))
        }
        return try parsePostfix(try parsePrimary())
    }

    private mutating func parsePostfix(_ base: Expression) throws -> Expression {
        var expression = base
        while true {
            mode = .expression
            let token = current
            if token.kind == .dot, !token.hasLeadingTrivia {
                advance()
                let name = current
                guard name.kind == .identifier, !name.hasLeadingTrivia else {
                    error("expected a field name after '.'", at: name.range, hint: "as in $r.items, or $r[\"odd key\"]")
                    throw SyntaxError()
                }
                advance()
                expression = Expression(.member(expression, name.value), range: expression.range.union(name.range))
            } else if token.kind == .leftBracket, !token.hasLeadingTrivia {
                advance()
                let index = try parseExpression()
                guard let close = take(.rightBracket) else {
                    error("expected ']' after the index", at: current.range, hint: "as in $r.items[0]")
                    throw SyntaxError()
                }
                expression = Expression(.index(expression, index), range: expression.range.union(close.range))
            } else {
                return expression
            }
        }
    }
}
