import CloudBackupAPI

extension CloudBackupClient {
    /// Recent events of all agents, and project-wide activations (`listProjectEvents`), every page. Events are
    /// transient: a `marker` of the last event seen returns only newer ones.
    public func projectEvents(options: ListOptions = .init()) -> Paginated<Event> {
        paginated(Event.self, .listProjectEvents, query: options.query)
    }

    /// Recent events of one agent (`listAgentEvents`), oldest first by default.
    public func agentEvents(agentID: String, options: ListOptions = .init()) -> Paginated<Event> {
        paginated(Event.self, .listAgentEvents, [.agentID: agentID], query: options.query)
    }

    /// The events of one backup (`listBackupEvents`), oldest first by default.
    public func backupEvents(backupID: String, options: ListOptions = .init()) -> Paginated<Event> {
        paginated(Event.self, .listBackupEvents, [.backupID: backupID], query: options.query)
    }

    /// The events of one restore (`listRestoreEvents`), oldest first by default.
    public func restoreEvents(restoreID: String, options: ListOptions = .init()) -> Paginated<Event> {
        paginated(Event.self, .listRestoreEvents, [.restoreID: restoreID], query: options.query)
    }

    /// The events of one cleanup (`listCleanupEvents`), oldest first by default.
    public func cleanupEvents(cleanupID: String, options: ListOptions = .init()) -> Paginated<Event> {
        paginated(Event.self, .listCleanupEvents, [.cleanupID: cleanupID], query: options.query)
    }

    /// The events of a configuration's backups and restores (`listConfigurationEvents`), newest first by default.
    public func configurationEvents(configurationID: String, options: ListOptions = .init()) -> Paginated<Event> {
        paginated(Event.self, .listConfigurationEvents, [.configurationID: configurationID], query: options.query)
    }

    /// An agent announces that it started or is stopping (`postAgentEvent`), sending its ID as `X-Agent-Id`.
    public func postAgentEvent(agentID: String, _ kind: AgentLifecycleEvent.Kind) async throws {
        let body = try JSONCoding.encode(AgentLifecycleEvent(kind))
        _ = try await send(.postAgentEvent, [.agentID: agentID], body: body, headers: Self.agentHeader(agentID))
    }
}
