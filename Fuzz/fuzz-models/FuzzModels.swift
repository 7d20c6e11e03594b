import FuzzDriver

@main
enum FuzzModels {
    static func main() { runFuzzer(fuzzModels) }
}

/// Decodes the input after its first byte as the model that byte picks, with the client's decoder.
/// A model that decodes, encoded with the client's encoder, must decode to what encodes the same again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModels(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzInput(start, count)
    guard let first = input.first else { return 0 }
    ModelCatalog.all[Int(first) % ModelCatalog.all.count].check(Array(input.dropFirst()))
    return 0
}
