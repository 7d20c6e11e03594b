import CloudBackupAPI
import HTTPTypes
import Hummingbird

/// Counts each `/v2` request (and its operation), applies the faults injected into it, and writes
/// what became of it to the request log. Faults come in order: the next queued one (the operation's
/// own first), those of the `X-Emulator-Fault` header, then the configured plan's (its random ones
/// only for a request given none of the others). It runs before
/// authentication, so that a fault hits a request with a bad token too, as a failing load balancer
/// would.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext
    let store: Store

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let operation = context.route(of: request).operation
        func log(_ status: Int?, performed: Bool = false, answerDropped: Bool = false, id: String? = nil) async {
            await store.log(
                RequestLogEntry(
                    operation: operation, method: request.method.rawValue, path: request.uri.path, status: status,
                    performed: performed, answerDropped: answerDropped, createdID: id))
        }
        var dropsAnswer = false
        do {
            var requested: [Fault] = []
            if let header = request.headers[.xEmulatorFault] {
                guard let parsed = FaultHeader.parse(header) else {
                    _ = await store.receive(operation)
                    throw ServiceError.validation(
                        "Invalid \(FaultHeader.name) header.",
                        errors: ["Use status=CODE, retry-after=SECONDS, delay=200ms, drop and drop-answer, separated by ';'."])
                }
                requested = parsed
            }
            for fault in await store.faults(receiving: operation, requested: requested) {
                if fault == .dropAnswer { dropsAnswer = true } else { try await apply(fault, context: context) }
            }
        } catch let error as ServiceError {
            await log(error.status.code)
            throw error
        } catch {
            await log(nil)
            throw error
        }
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as ServiceError {
            await log(error.status.code, answerDropped: dropsAnswer)
            if dropsAnswer { throw dropConnection(context) }
            throw error
        } catch {
            await log(nil, answerDropped: dropsAnswer)
            throw dropsAnswer ? dropConnection(context) : error
        }
        let status = response.status.code
        await log(
            status, performed: (200...299).contains(status), answerDropped: dropsAnswer,
            id: response.headers[.location].flatMap { $0.split(separator: "/").last.map(String.init) })
        if dropsAnswer { throw dropConnection(context) }
        return response
    }

    private func dropConnection(_ context: Context) -> ConnectionDropped {
        context.closeConnection()
        return ConnectionDropped()
    }

    private func apply(_ fault: Fault, context: Context) async throws {
        switch fault {
        case .status(let code, let retryAfter):
            var headers: HTTPFields = [:]
            if let retryAfter { headers[.retryAfter] = String(retryAfter) }
            throw ServiceError(
                HTTPResponse.Status(code: code), (HTTPReason.phrase(code) ?? "Error \(code)") + ".", headers: headers)
        case .delay(let duration):
            try await Task.sleep(for: duration)
        case .dropConnection:
            throw dropConnection(context)
        case .dropAnswer:
            break
        }
    }
}
