extension APIOperation {
    /// Whether a request carries the user's Identity token (`X-Auth-Token`). Every operation does except the agent
    /// login (`authenticateAgent`): the agent proves who it is with the password `registerAgent` returned, and the
    /// docs' example request sends no token.
    public var sendsUserToken: Bool { self != .authenticateAgent }
}
