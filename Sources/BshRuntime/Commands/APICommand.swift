import BshValues
import CloudBackupAPI
import Foundation

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
            guard let matched = match(method: method, path: path) else {
                throw ShellError.usage(
                    "no operation \(method) \(path)", hint: "the path is below the endpoint, e.g. 'api GET /agents'; see the API reference")
            }
            if let body, (try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])) == nil {
                throw ShellError.usage("the body is not JSON", hint: "quote it, e.g. '{\"enabled\": false}'")
            }
            let response = try await shell.client().send(
                matched.0, arguments: matched.1, query: query, body: body.map { Array($0.utf8) })
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

    /// The operation whose method and template fit, literal segments preferred over placeholders,
    /// with the values of its placeholders.
    static func match(method: String, path: String) -> (APIOperation, [String])? {
        let segments = path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        var best: (APIOperation, [String])?
        for operation in APIOperation.all where operation.method == method {
            let template = operation.template.split(separator: "/")
            guard template.count == segments.count else { continue }
            var values: [String] = []
            var fits = true
            for (part, segment) in zip(template, segments) {
                if part.hasPrefix("{") { values.append(segment) } else if part != segment { fits = false; break }
            }
            if fits, values.count < (best?.1.count ?? .max) { best = (operation, values) }
        }
        return best
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
