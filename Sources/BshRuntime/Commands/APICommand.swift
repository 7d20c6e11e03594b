import BshValues
import CloudBackupAPI
import Foundation
import HTTPTypes

/// `api`: any documented operation by method and path, with the shell's authentication and retries,
/// printing the JSON body. The escape hatch for what no other command covers.
enum APICommand: CommandFamily {
    static let usage = "api METHOD PATH [JSON]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "api", group: .service, summary: "call an operation by method and path below the endpoint; prints the JSON body",
            usage: usage, example: "api GET /agents"
        ) { shell, arguments in
            let method = try arguments.required("METHOD", usage: usage).uppercased()
            let target = try arguments.required("PATH", usage: usage)
            let body = arguments.next()
            try arguments.finish(usage: usage)
            let (path, query) = split(target)
            guard case let (operation, pathArguments)? = match(method: method, path: path) else {
                throw ShellError.usage(
                    "no operation \(method) \(path)", hint: "the path is below the endpoint, e.g. 'api GET /agents'; see the API reference")
            }
            if let body, (try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])) == nil {
                throw ShellError.usage("the body is not JSON", hint: "quote it, e.g. '{\"enabled\": false}'")
            }
            let response = try await shell.client().send(
                operation, pathArguments, query: query, body: body.map { Array($0.utf8) })
            return APICommand.body(response.body, status: response.status)
        }
    ]

    /// The path and its query items.
    static func split(_ target: String) -> (String, [(String, String)]) {
        let parts = target.split(separator: "?", maxSplits: 1)
        var path = String(parts.first ?? "")
        if !path.hasPrefix("/") { path = "/" + path }
        guard parts.count == 2 else { return (path, []) }
        let items = parts[1].split(separator: "&").map { item -> (String, String) in
            let pair = item.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            return (pair[0], pair.count > 1 ? pair[1] : "")
        }
        return (path, items)
    }

    /// The operation the table matches to the method and path (see `APIOperation.match`), with its
    /// path parameters' values.
    static func match(method: String, path: String) -> (operation: APIOperation, arguments: PathArguments)? {
        guard let method = HTTPRequest.Method(method),
            case .operation(let operation, let arguments) = APIOperation.match(method, PathTemplate.segments(ofPath: path))
        else { return nil }
        return (operation, arguments)
    }
}

extension APICommand {
    /// A response body: JSON (indented for people, one line with `--json`), or text when it is not
    /// JSON. Its value is the decoded document.
    static func body(_ body: [UInt8], status: Int) -> CommandResult {
        guard !body.isEmpty else { return CommandResult.none.noting("HTTP \(status), no body") }
        guard let value = try? Value(json: body) else { return .text(String(decoding: body, as: UTF8.self)) }
        return .json(value)
    }
}
