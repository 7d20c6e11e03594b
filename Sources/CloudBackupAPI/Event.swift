/// One event of an event list. Every event has `id`, `time` and `event`; the
/// other fields depend on the kind (the event catalogue) and are kept as sent in `details`, with
/// typed accessors for the documented ones.
public struct Event: Codable, Sendable, Equatable {
    /// A numeric string, increasing; the `marker` of the event lists.
    public var id: String
    public var time: String?
    /// The kind, e.g. `backup_completed`.
    public var event: String
    public var agent: EventAgent?
    public var requestID: String?
    /// Every other field, by its wire name.
    public var details: [String: JSONValue]

    public init(id: String, time: String? = nil, event: String, agent: EventAgent? = nil, requestID: String? = nil, details: [String: JSONValue] = [:]) {
        self.id = id
        self.time = time
        self.event = event
        self.agent = agent
        self.requestID = requestID
        self.details = details
    }

    /// Equal when every field is, whatever the order of the members of objects in `details`.
    public static func == (lhs: Event, rhs: Event) -> Bool {
        lhs.id == rhs.id && lhs.time == rhs.time && lhs.event == rhs.event && lhs.agent == rhs.agent
            && lhs.requestID == rhs.requestID && lhs.details.mapValues(\.sortedMembers) == rhs.details.mapValues(\.sortedMembers)
    }

    private static let typedKeys: Set<String> = ["id", "time", "event", "agent", "request_id"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        id = try container.decode(NumberOrString.self, forKey: AnyKey("id")).text
        time = try container.decodeIfPresent(String.self, forKey: AnyKey("time"))
        event = try container.decode(String.self, forKey: AnyKey("event"))
        agent = try container.decodeIfPresent(EventAgent.self, forKey: AnyKey("agent"))
        requestID = try container.decodeIfPresent(String.self, forKey: AnyKey("request_id"))
        var details: [String: JSONValue] = [:]
        for key in container.allKeys where !Self.typedKeys.contains(key.stringValue) {
            details[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        self.details = details
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(id, forKey: AnyKey("id"))
        try container.encodeIfPresent(time, forKey: AnyKey("time"))
        try container.encode(event, forKey: AnyKey("event"))
        try container.encodeIfPresent(agent, forKey: AnyKey("agent"))
        try container.encodeIfPresent(requestID, forKey: AnyKey("request_id"))
        for (key, value) in details where !Self.typedKeys.contains(key) {
            try container.encode(value, forKey: AnyKey(key))
        }
    }
}

/// The `agent` of an event: its ID, and for some kinds its name, host or vault.
public struct EventAgent: Codable, Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var host: AgentHost?
    public var vault: EventVault?

    public init(id: String?, name: String? = nil, host: AgentHost? = nil, vault: EventVault? = nil) {
        self.id = id
        self.name = name
        self.host = host
        self.vault = vault
    }
}

/// The vault named in `backup_browse`, `cleanup_start_request` and `restore_start_request`.
public struct EventVault: Codable, Sendable, Equatable {
    public var id: String?
    public var encrypted: Bool?

    public init(id: String?, encrypted: Bool?) {
        self.id = id
        self.encrypted = encrypted
    }
}

/// The `{"events": [...], "links": [...]}` page of the event lists.
public struct EventList: Codable, Sendable, Equatable {
    public var events: [Event]
    public var links: [Link]?

    public init(events: [Event], links: [Link]? = nil) {
        self.events = events
        self.links = links
    }
}

extension NumberOrString {
    /// The value as text, whichever way it was sent.
    public var text: String {
        switch self {
        case .number(let number): String(number)
        case .string(let string): string
        }
    }
}

extension JSONValue {
    /// The same value with the members of every object sorted by key, for order-blind comparison.
    var sortedMembers: JSONValue {
        switch self {
        case .array(let items): .array(items.map(\.sortedMembers))
        case .object(let members): .object(members.map { ($0.key, $0.value.sortedMembers) }.sorted { $0.0 < $1.0 })
        default: self
        }
    }
}
