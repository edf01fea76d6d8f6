import CFuzzerMain
import Foundation
import FuzzSupport
import NewsGraph

/// libFuzzer's entry point for graph files, as `newsgraph render GRAPH.json` reads them: any
/// bytes through `JGFDecoder`; whatever it accepts must encode to valid files in every format,
/// and NewsGraph's own JGF must read back to the same bytes. The same bytes as a fragment line
/// (`newsgraph merge`): refused with an error or read, and what is read writes back to a line
/// that reads back to the same graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphFile(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let fragment = try? FragmentDecoder().decode(data, file: "fuzz", number: 1),
       let line = try? FragmentEncoder().encode(fragment) {
        guard (try? FragmentDecoder().decode(line.dropLast(), file: "fuzz", number: 1)) == fragment else {
            fatalError("a fragment line does not read back to the graph it was written from")
        }
    }
    guard let decoded = try? JGFDecoder().decode(data) else { return 0 }
    Encoders.check(decoded.graph)
    return 0
}
