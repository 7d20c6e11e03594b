import BshValues

/// Builds a record value from pairs.
func rec(_ fields: (String, Value)...) -> Value {
    .record(Record(fields))
}

/// Parses JSON text, for brevity in tests.
func json(_ text: String) throws -> Value {
    try Value(json: text)
}

/// The message of the ValueError the body throws, nil when it does not throw one.
func errorMessage(_ body: () throws -> Any) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as ValueError {
        return error.message
    } catch {
        return "unexpected error type: \(error)"
    }
}
