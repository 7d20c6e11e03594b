extension ParserState {
    /// An expression, lowest precedence first: `or`, `and`, `not`, comparisons (`== != < <= > >= in
    /// matches`), `+ -`, `* / %`, unary `-`, then field access, indexing and calls.
    mutating func parseExpression() throws -> Expression {
        mode = .expression
        return try parseBinary(level: 1)
    }

    /// The binary operator at the current token, if there is one.
    private mutating func binaryOperator() -> BinaryOperator? {
        mode = .expression
        let kind = currentKind
        guard kind == .operator || kind == .identifier else { return nil }
        let token = current
        guard let op = BinaryOperator(spelling: token.value) else {
            if token.value == "=" {
                error("'=' assigns; compare with '=='", at: token.range, hint: "write ==, as in: if $n == 3 { … }")
            }
            return nil
        }
        return op
    }

    /// Precedence climbing: operands joined by operators binding at least as strongly as `minimum`.
    private mutating func parseBinary(level minimum: Int) throws -> Expression {
        try nest()
        defer { depth -= 1 }
        var left: Expression
        if minimum <= 3, atKeyword("not") {
            let token = current
            advance()
            let operand = try parseBinary(level: 3)
            left = Expression(.unary(.not, operand), range: token.range.union(operand.range))
        } else {
            left = try parseUnary()
        }
        // A chain such as `1 + 2 + 3` nests its tree one level per operator.
        var levels = 0
        defer { chainLength -= levels }
        while let op = binaryOperator(), op.precedence >= minimum {
            try extendChain()
            levels += 1
            advance()
            let right = try parseBinary(level: op.precedence + 1)
            left = Expression(.binary(op, left, right), range: left.range.union(right.range))
            if op.precedence == 3, let next = binaryOperator(), next.precedence == 3 {
                error("comparisons cannot be chained", at: current.range, hint: "combine them with 'and': a < b and b < c")
                throw SyntaxError()
            }
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        try nest()
        defer { depth -= 1 }
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
        // Each access nests the tree one level deeper, which whatever walks it later recurses through.
        var levels = 0
        defer { chainLength -= levels }
        while true {
            mode = .expression
            let token = current
            if token.kind == .dot || token.kind == .leftBracket, !token.hasLeadingTrivia {
                try extendChain()
                levels += 1
            }
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
