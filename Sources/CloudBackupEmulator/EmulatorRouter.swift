import CloudBackupAPI
import Hummingbird

/// The emulator's routes: Identity, Cloud Backup v2 and the Cloud Files downloads. Below `/v2`
/// every request is routed (`RoutingMiddleware`), counted and given its injected faults
/// (`FaultMiddleware`), authenticated (`AuthenticationMiddleware`) and checked to be in the project
/// (`ProjectMiddleware`), in that order, before `APIDispatcher` answers it.
enum EmulatorRouter {
    /// Every operation the emulator implements; any other would answer 501.
    static let handlers: [APIOperation: OperationHandler] = [
        AgentController.handlers,
        BrowseController.handlers,
        LogFileController.handlers,
        EventController.handlers,
        AgentAdminController.handlers,
        VaultController.handlers,
        ConfigurationController.handlers,
        BackupController.handlers,
        RestoreController.handlers,
        CleanupController.handlers,
        ActivityController.handlers,
        EventListController.handlers,
        HealthController.handlers,
        SettingsController.handlers,
    ].reduce(into: [:]) { table, part in table.merge(part) { first, _ in first } }

    static func make(store: Store, logsRequests: Bool) -> Router<EmulatorRequestContext> {
        let router = Router(context: EmulatorRequestContext.self)
        if logsRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
        router.add(middleware: ErrorMiddleware())

        router.post("/v2.0/tokens") { request, _ in
            try await IdentityController.issueToken(request, store: store)
        }
        router.get("/v1/**") { request, _ in
            try await ObjectStorageController.download(request, store: store)
        }
        router.head("/v1/**") { request, _ in
            try await ObjectStorageController.download(request, store: store)
        }
        // Identity and the downloads above take none of these: they are other services.
        let service = router.group("/v2")
            .add(middleware: RoutingMiddleware())
            .add(middleware: FaultMiddleware(store: store))
            .add(middleware: AuthenticationMiddleware(store: store))
            .add(middleware: ProjectMiddleware())
        let dispatcher = APIDispatcher(store: store, handlers: handlers)
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            service.on("**", method: method) { request, context in
                try await dispatcher.respond(to: request, context: context)
            }
        }
        return router
    }
}
