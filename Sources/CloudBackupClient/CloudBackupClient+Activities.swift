import CloudBackupAPI

extension CloudBackupClient {
    /// The project's backups, restores and cleanups (`listProjectActivities`), every page.
    public func activities(options: ListOptions = .init()) -> Paginated<Activity> {
        paginated(Activity.self, .listProjectActivities, query: options.query)
    }

    /// Backups by an agent, restores to it and cleanups of it (`listAgentActivities`), every page.
    public func agentActivities(agentID: String, options: ListOptions = .init()) -> Paginated<Activity> {
        paginated(Activity.self, .listAgentActivities, [.agentID: agentID], query: options.query)
    }

    /// The activities of one configuration (`listConfigurationActivities`), every page.
    public func configurationActivities(configurationID: String, options: ListOptions = .init()) -> Paginated<Activity> {
        paginated(Activity.self, .listConfigurationActivities, [.configurationID: configurationID], query: options.query)
    }
}
