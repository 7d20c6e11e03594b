import Foundation

/// Reads the human message out of an error body, whatever its shape: Cloud Backup's
/// `{"message": ...}` (with `errors`) or Identity's `{"unauthorized": {"code": 401, "message": ...}}`.
enum ServiceMessage {
    static func extract(from body: [UInt8]) -> String? {
        guard !body.isEmpty,
            let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        else {
            let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty || text.hasPrefix("<") ? nil : text
        }
        if let message = object["message"] as? String {
            if let errors = object["errors"] as? [String], !errors.isEmpty {
                return message + " " + errors.joined(separator: " ")
            }
            return message
        }
        for value in object.values {
            if let nested = value as? [String: Any], let message = nested["message"] as? String {
                return message
            }
        }
        return nil
    }
}
