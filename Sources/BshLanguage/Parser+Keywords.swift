extension ParserState {
    /// Parses what follows a statement keyword (already consumed).
    mutating func parseKeywordStatement(_ keyword: StatementKeyword, token: Token) throws -> Statement.Kind {
        switch keyword {
        case .let: return try parseAssignment(declares: true)
        case .set: return try parseSet()
        case .if: return try parseIf()
        case .for: return try parseFor()
        case .while: return try parseWhile()
        case .break: return .break
        case .continue: return .continue
        case .return:
            mode = .command
            return .return(currentKind.endsStatementInBlock ? nil : try parsePipeline())
        case .def: return .define(try parseDefinition(start: token.range.start))
        case .expect: return try parseExpect()
        case .try: return try parseTry()
        case .on: return try parseOnError()
        case .else:
            error("'else' without 'if'", at: token.range, hint: "write 'else' right after the '}' of an if block")
            throw SyntaxError()
        case .catch:
            error("'catch' without 'try'", at: token.range, hint: "write 'catch' right after the '}' of a try block")
            throw SyntaxError()
        }
    }

    /// A variable, procedure or parameter name, the first word after `keyword`; `example` shows
    /// the statement written right.
    mutating func parseName(for what: String, after keyword: String, example: String) throws -> String {
        mode = .expression
        let token = current
        if token.kind == .identifier {
            advance()
            return token.value
        }
        if token.kind == .variable {
            error("write the \(what) without '$'", at: token.range, hint: "as in: let \(token.value) = …; use $\(token.value) to read it")
        } else if token.kind == .leftBrace || token.kind == .leftParen || token.kind.endsStatementInBlock {
            error("expected a \(what) after '\(keyword)'", at: token.range, hint: "as in: \(example)")
        } else {
            error("expected a \(what), found \(token.kind)", at: token.range, hint: "names are letters, digits and _, starting with a letter")
        }
        throw SyntaxError()
    }

    private mutating func parseAssignment(declares: Bool) throws -> Statement.Kind {
        let name = try parseName(for: "variable name", after: "let", example: "let name = VALUE")
        try expectEquals(after: name)
        return .assignment(name: name, value: try parsePipeline(), declares: declares)
    }

    private mutating func expectEquals(after name: String) throws {
        mode = .expression
        let token = current
        guard token.kind == .operator, token.value == "=" else {
            error("expected '=' after '\(name)'", at: token.range, hint: "as in: let \(name) = VALUE")
            throw SyntaxError()
        }
        advance()
    }

    private mutating func parseSet() throws -> Statement.Kind {
        let name = try parseName(for: "variable or option name", after: "set", example: "set name = VALUE, or set trace on")
        mode = .expression
        if currentKind == .operator, current.value == "=" {
            advance()
            return .assignment(name: name, value: try parsePipeline(), declares: false)
        }
        mode = .command
        guard currentKind.isWordPart else {
            error("expected '=' or a value after '\(name)'", at: current.range, hint: "set NAME = VALUE, or set OPTION VALUE (set trace on)")
            throw SyntaxError()
        }
        return .setting(name: name, value: try parseWord())
    }

    private mutating func parseIf() throws -> Statement.Kind {
        var branches = [Branch(condition: try parseCondition(for: "if"), body: try parseBlock(for: "if"))]
        var otherwise: Block?
        while skipNewlines(lookingFor: "else") {
            advance()
            mode = .command
            if atKeyword("if") {
                advance()
                branches.append(Branch(condition: try parseCondition(for: "else if"), body: try parseBlock(for: "else if")))
            } else {
                otherwise = try parseBlock(for: "else")
                break
            }
        }
        return .if(branches: branches, otherwise: otherwise)
    }

    /// The condition of `if`, `while` or `expect`.
    mutating func parseCondition(for owner: String) throws -> Expression {
        mode = .expression
        if currentKind == .leftBrace || currentKind.endsStatementInBlock {
            let example = owner == "expect" ? "expect $n > 3 \"n is too small\"" : "\(owner) $n > 3 { … }"
            error("missing condition after '\(owner)'", at: current.range, hint: "as in: \(example)")
            throw SyntaxError()
        }
        return try parseExpression()
    }

    private mutating func parseFor() throws -> Statement.Kind {
        let example = "for a in agents { … }"
        let variableToken = current
        let variable = try parseName(for: "variable name", after: "for", example: example)
        mode = .expression
        // 'for in agents': the word taken for the variable is the 'in' that should follow it.
        if variable == "in", !atKeyword("in") {
            error("expected a variable name after 'for'", at: variableToken.range, hint: "as in: \(example)")
            throw SyntaxError()
        }
        guard atKeyword("in") else {
            error("expected 'in' after 'for \(variable)'", at: current.range, hint: "as in: \(example)")
            throw SyntaxError()
        }
        advance()
        mode = .command
        if currentKind == .leftBrace || currentKind.endsStatementInBlock {
            error("expected what to loop over after 'for \(variable) in'", at: current.range, hint: "as in: \(example)")
            throw SyntaxError()
        }
        var sequence = try parsePipeline()
        var parallel: Expression?
        mode = .expression
        if atKeyword("parallel") {
            advance()
            parallel = try parseExpression()
        } else if let split = sequence.splittingParallelClause() {
            (sequence, parallel) = split
        }
        return .for(variable: variable, sequence: sequence, parallel: parallel, body: try parseBlock(for: "for"))
    }

    private mutating func parseWhile() throws -> Statement.Kind {
        let condition = try parseCondition(for: "while")
        var limit: Expression?
        mode = .expression
        if atKeyword("max") {
            advance()
            limit = try parseExpression()
        }
        return .while(condition: condition, limit: limit, body: try parseBlock(for: "while"))
    }

    private mutating func parseDefinition(start: Int) throws -> Procedure {
        let nameToken = current
        let name = try parseName(for: "procedure name", after: "def", example: "def name(agent) { … }")
        if StatementKeyword(spelling: name) != nil || BinaryOperator(spelling: name) != nil || Self.startsValue(name) {
            // A call is a statement starting with the name: a keyword there starts its own statement instead.
            error("'\(name)' is a keyword and cannot name a procedure", at: nameToken.range, hint: "pick another name, e.g. \(name)_step")
            throw SyntaxError()
        }
        var parameters: [String] = []
        mode = .expression
        if take(.leftParen) != nil {
            while take(.rightParen) == nil {
                if !parameters.isEmpty, take(.comma) == nil {
                    error("expected ',' or ')' in the parameters of '\(name)'", at: current.range, hint: "as in: def \(name)(agent, path) { … }")
                    throw SyntaxError()
                }
                let parameterToken = current
                let parameter = try parseName(
                    for: parameters.isEmpty ? "parameter name or ')'" : "parameter name",
                    after: parameters.isEmpty ? "def \(name)(" : ",", example: "def \(name)(agent, path) { … }")
                if parameters.contains(parameter) {
                    error("'\(parameter)' is already a parameter of '\(name)'", at: parameterToken.range, hint: "give each parameter its own name")
                    throw SyntaxError()
                }
                parameters.append(parameter)
                mode = .expression
            }
        }
        let signature = SourceRange(start: start, end: lastEnd)
        return Procedure(name: name, parameters: parameters, body: try parseBlock(for: "def \(name)"), signatureRange: signature)
    }

    private mutating func parseExpect() throws -> Statement.Kind {
        let condition = try parseCondition(for: "expect")
        mode = .expression
        let message: Expression? = currentKind.endsStatementInBlock ? nil : try parseExpression()
        return .expect(condition: condition, message: message)
    }

    private mutating func parseTry() throws -> Statement.Kind {
        mode = .command
        let body = try parseBlock(for: "try")
        guard skipNewlines(lookingFor: "catch") else {
            error("'try' needs a 'catch' block", at: current.range, hint: "as in: try { … } catch e { echo $e.message }")
            throw SyntaxError()
        }
        advance()
        mode = .expression
        var errorName: String?
        if currentKind == .identifier {
            errorName = current.value
            advance()
        }
        return .try(body: body, errorName: errorName, handler: try parseBlock(for: "catch"))
    }

    private mutating func parseOnError() throws -> Statement.Kind {
        mode = .command
        let hint = "write 'on error stop' or 'on error continue'"
        guard atKeyword("error") else {
            error("expected 'error' after 'on'", at: current.range, hint: hint)
            throw SyntaxError()
        }
        advance()
        let token = current
        guard atKeyword("stop") || atKeyword("continue") else {
            error("expected 'stop' or 'continue'", at: token.range, hint: hint)
            throw SyntaxError()
        }
        advance()
        return .onError(continues: token.value == "continue")
    }
}

extension TokenKind {
    /// True for the tokens that end a statement, including the `}` that closes its block.
    var endsStatementInBlock: Bool {
        isStatementTerminator || self == .rightBrace
    }
}
