extension APIOperation {
    /// Whether a request carries the user's Identity token (`X-Auth-Token`). Every operation does
    /// except the agent login (A-TOK): the agent proves who it is with the password A1 returned,
    /// and the docs' example request sends no token.
    public var sendsUserToken: Bool { self != .authenticateAgent }
}
