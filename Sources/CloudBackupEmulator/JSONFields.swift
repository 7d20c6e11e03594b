import CloudBackupAPI
import Foundation

/// Building and reading the generic JSON documents most resources are kept as.
extension JSONValue {
    static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

    static func optionalString(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// `{"id": ..., "links": [{"href": ..., "rel": "full"}]}`: an embedded reference, as the documented
    /// documents link a job to its agent or configuration.
    static func ref(_ id: String, href: String) -> JSONValue {
        .object([("id", .string(id)), ("links", .links([("full", href)]))])
    }

    /// `{"id": ..., "encrypted": ...}`: a vault as start and browse events describe it.
    static func vault(id: String?, encrypted: Bool) -> JSONValue {
        .object([("id", .optionalString(id)), ("encrypted", .bool(encrypted))])
    }

    /// `{"id": ...}` as events carry it.
    static func idOnly(_ id: String) -> JSONValue { .object([("id", .string(id))]) }

    /// A `links` array from relations and hrefs, in order.
    static func links(_ pairs: [(rel: String, href: String)]) -> JSONValue {
        .array(pairs.map { .object([("href", .string($0.href)), ("rel", .string($0.rel))]) })
    }

    var asBool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value when it is a whole number.
    var asInt: Int? {
        if case .number(let value) = self, value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        return nil
    }

    var asArray: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var isJSONNull: Bool { self == .null }

    /// The object with `key` set (replaced in place, or appended).
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }
}

extension APIRequest {
    /// The body as generic JSON; 400 when it is missing or not JSON.
    func json() throws -> JSONValue {
        let data = Data(body.readableBytesView)
        guard !data.isEmpty else {
            throw ServiceError.validation("A JSON request body is required.", errors: ["The request body is empty."])
        }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            throw ServiceError.validation(
                "Malformed JSON in request body.", errors: ["The request body is not valid JSON."])
        }
        return value
    }

    /// The body as a JSON object; 400 otherwise.
    func jsonObject() throws -> JSONValue {
        let value = try json()
        guard case .object = value else {
            throw ServiceError.invalid("The request body must be a JSON object.")
        }
        return value
    }
}
