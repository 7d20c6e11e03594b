import BshValues
import CloudBackupAPI

/// Tables of activities, events and the service's health.
extension Renderer {
    func activities(_ activities: [Activity]) {
        var table = Table(columns: [
            .init("ID", kind: .id), .init("TYPE", kind: .word), .init("STATE", kind: .word), .init("AGENT", kind: .id),
            .init("UPDATED", kind: .time, showsAge: true),
        ])
        for activity in activities {
            table.add([
                activity.id, activity.type, activity.state ?? "-", activity.agent?.id ?? "-",
                activity.lastUpdatedTime ?? "-",
            ])
        }
        write(table)
    }

    func events(_ events: [Event]) {
        var table = Table(columns: [
            .init("TIME", kind: .time, showsAge: true), .init("EVENT", kind: .word), .init("AGENT", kind: .id), .init("ID", kind: .id),
        ])
        for event in events {
            table.add([event.time ?? "-", event.event, event.agent?.name ?? event.agent?.id ?? "-", event.id])
        }
        write(table)
    }

    func health(_ health: Health) {
        var table = Table(columns: [.init("SYSTEM"), .init("ONLINE", kind: .word), .init("NODE")])
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
