import BshValues
import CloudBackupAPI

/// Tables of activities, events and the service's health.
extension Renderer {
    func activities(_ activities: [Activity]) {
        var table = Table([("ID", .left), ("TYPE", .left), ("STATE", .left), ("AGENT", .left), ("UPDATED", .left)])
        for activity in activities {
            table.add([
                activity.id, activity.type, activity.state ?? "-", activity.agent.map { String($0.id.prefix(8)) } ?? "-",
                activity.lastUpdatedTime ?? "-",
            ])
        }
        write(table)
    }

    func events(_ events: [Event]) {
        var table = Table([("TIME", .left), ("EVENT", .left), ("AGENT", .left), ("ID", .left)])
        for event in events {
            table.add([event.time ?? "-", event.event, event.agent?.name ?? event.agent?.id.map { String($0.prefix(8)) } ?? "-", event.id])
        }
        write(table)
    }

    func health(_ health: Health) {
        var table = Table([("SYSTEM", .left), ("ONLINE", .left), ("NODE", .left)])
        for system in health.systems {
            table.add([system.name, system.health.online ? "yes" : "no", system.health.node ?? "-"])
        }
        write(table)
    }

    func summarySettings(_ settings: SummarySettings) {
        fields([
            ("daily", settings.daily.map { $0 ? "on" : "off" } ?? "-"),
            ("weekly", settings.weekly.map { $0 ? "on" : "off" } ?? "-"),
            ("email", settings.notifications.map(\.destination).joined(separator: ", ")),
        ])
    }
}
