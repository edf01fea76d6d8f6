import CFuzzerMain
import Foundation
import FuzzSupport
import NewsGraph

/// libFuzzer's entry point for graph files, as `newsgraph render GRAPH.json` reads them: any
/// bytes through `JGFDecoder`; whatever it accepts must encode to valid files in every format,
/// and NewsGraph's own JGF must read back to the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphFile(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let decoded = try? JGFDecoder().decode(data) else { return 0 }
    Encoders.check(decoded.graph)
    return 0
}
