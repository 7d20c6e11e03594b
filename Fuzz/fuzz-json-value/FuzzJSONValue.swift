import BshValues
import FuzzDriver

@main
enum FuzzJSONValue {
    static func main() { runFuzzer(fuzzJSONValue) }
}

/// Parses the input as JSON; a document that parses must read back to the same value from the
/// text the value writer gives, compact and indented.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONValue(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let value = try? Value(json: fuzzInput(start, count)) else { return 0 }
    for pretty in [false, true] {
        let text = value.jsonText(pretty: pretty)
        let again: Value
        do {
            again = try Value(json: text)
        } catch {
            fatalError("the writer's text does not parse (\(error)): \(text)")
        }
        precondition(again == value, "\(value) was written as \(text), which reads back as \(again)")
    }
    return 0
}
